import { describe, expect, it } from 'vitest';
import { ageOn, isMembershipCurrent, nameInitials, shanghaiDate } from './residents.rules.ts';

describe('nameInitials', () => {
  it('gives pinyin initials, with surnames read as surnames', () => {
    expect(nameInitials('张三')).toBe('zs');
    expect(nameInitials('单田芳')).toBe('stf');
    expect(nameInitials('施四滧')).toMatch(/^ss/);
  });
});

describe('ageOn', () => {
  it('counts whole years, not yet a year older the day before the birthday', () => {
    expect(ageOn('1980-11-27', '2026-11-26')).toBe(45);
    expect(ageOn('1980-11-26', '2026-11-26')).toBe(46);
  });
});

describe('isMembershipCurrent', () => {
  it('includes both ends and open-ended memberships', () => {
    expect(isMembershipCurrent({ validFrom: '2026-01-01', validTo: '2026-11-26' }, '2026-11-26')).toBe(true);
    expect(isMembershipCurrent({ validFrom: '2026-01-01', validTo: '2026-11-25' }, '2026-11-26')).toBe(false);
    expect(isMembershipCurrent({ validFrom: '2026-11-27', validTo: null }, '2026-11-26')).toBe(false);
  });
});

describe('shanghaiDate', () => {
  it('turns over at midnight in Shanghai, 16:00 UTC', () => {
    expect(shanghaiDate(new Date('2026-11-26T15:59:59Z'))).toBe('2026-11-26');
    expect(shanghaiDate(new Date('2026-11-26T16:00:00Z'))).toBe('2026-11-27');
  });
});
