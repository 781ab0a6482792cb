import { permissionsOf } from '@jobcircle/domain';
import { describe, expect, it } from 'vitest';
import { initialsToken, isMembershipCurrent, nameInitials, nameTokens, queryToken, readerView } from './residents.rules.ts';

describe('nameInitials', () => {
  it('gives pinyin initials, with surnames read as surnames', () => {
    expect(nameInitials('张三')).toBe('zs');
    expect(nameInitials('单田芳')).toBe('stf');
    expect(nameInitials('施四滧')).toMatch(/^ss/);
  });
});

describe('readerView', () => {
  it('shows birth dates only to one who may unmask, and dates ages on the Shanghai day', () => {
    const lateUtc = new Date('2026-11-26T16:30:00.000Z');
    expect(readerView(new Set(permissionsOf('volunteer')), lateUtc)).toEqual({ today: '2026-11-27', birthDates: false });
    expect(readerView(new Set(permissionsOf('station_staff')), lateUtc)).toEqual({ today: '2026-11-27', birthDates: true });
    const withoutUnmask = permissionsOf('point_staff').filter((p) => p !== 'resident:unmask');
    expect(readerView(new Set(withoutUnmask), lateUtc).birthDates).toBe(false);
  });
});

describe('isMembershipCurrent', () => {
  it('includes both ends and open-ended memberships', () => {
    expect(isMembershipCurrent({ validFrom: '2026-01-01', validTo: '2026-11-26' }, '2026-11-26')).toBe(true);
    expect(isMembershipCurrent({ validFrom: '2026-01-01', validTo: '2026-11-25' }, '2026-11-26')).toBe(false);
    expect(isMembershipCurrent({ validFrom: '2026-11-27', validTo: null }, '2026-11-26')).toBe(false);
  });
});

describe('name tokens', () => {
  it('index every one- and two-character piece, rare characters included', () => {
    expect(
      nameTokens('施四滧')
        .filter((t) => !t.startsWith('^'))
        .sort(),
    ).toEqual(['四', '四滧', '施', '施四', '滧'].sort());
    expect(nameTokens('王王')).toEqual(['王', '王王', '^w', '^ww']);
  });
  it('index every prefix of the pinyin initials', () => {
    expect(nameTokens('张三丰')).toEqual(expect.arrayContaining(['^z', '^zs', '^zsf']));
    expect(nameTokens('张三丰')).toContain(initialsToken('ZS'));
  });
  it('look a query up by its first two characters', () => {
    expect(queryToken('滧')).toBe('滧');
    expect(queryToken('施四滧')).toBe('施四');
    expect(nameTokens('施四滧')).toContain(queryToken('施四滧'));
  });
});
