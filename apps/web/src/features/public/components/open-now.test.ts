import type { OpeningHours } from '@jobcircle/domain';
import { describe, expect, it } from 'vitest';
import { directionsUrl, isoWeekday, isWellFormedId, openState } from './open-now.ts';

const hours: OpeningHours = {
  periods: [1, 2, 3, 4, 5].flatMap((day) => [
    { day, open: '08:30', close: '11:30' },
    { day, open: '13:00', close: '17:00' },
  ]),
};
const workday = { kind: 'workday' as const, holidayName: null };

describe('open now', () => {
  it('knows the weekday of a date', () => {
    expect(isoWeekday('2026-12-07')).toBe(1);
    expect(isoWeekday('2026-12-06')).toBe(7);
  });

  it('is open within a period and closed at its end, with the next opening', () => {
    expect(openState(hours, '2026-12-07', '09:00', workday)).toMatchObject({ open: true, until: '11:30' });
    expect(openState(hours, '2026-12-07', '11:30', workday)).toMatchObject({ open: false, reason: 'not_yet', opensAt: '13:00' });
    expect(openState(hours, '2026-12-07', '17:00', workday)).toMatchObject({ open: false, reason: 'over', opensAt: null });
    expect(openState(hours, '2026-12-06', '09:00', { kind: 'weekend', holidayName: null })).toMatchObject({
      open: false,
      reason: 'closed_today',
    });
  });

  it('is closed on a statutory holiday even on a weekday, and open on a 调休 Saturday with Monday’s hours', () => {
    expect(openState(hours, '2026-10-01', '09:00', { kind: 'holiday', holidayName: '国庆节' })).toMatchObject({
      open: false,
      reason: 'holiday',
      holidayName: '国庆节',
    });
    expect(openState(hours, '2026-10-10', '09:00', { kind: 'adjusted_workday', holidayName: '国庆节' })).toMatchObject({ open: true });
  });

  it('without the calendar goes by the weekday', () => {
    expect(openState(hours, '2026-12-07', '14:00', null)).toMatchObject({ open: true, until: '17:00' });
  });
});

describe('public links', () => {
  it('fill the directions template, none without a point', () => {
    expect(directionsUrl('https://map.example/?p={lng},{lat}&t={name}', { lng: 121.4, lat: 31.6, publicName: '城桥 站' })).toBe(
      'https://map.example/?p=121.4,31.6&t=%E5%9F%8E%E6%A1%A5%20%E7%AB%99',
    );
    expect(directionsUrl('x{lng}{lat}', { lng: null, lat: null, publicName: 'a' })).toBeNull();
  });

  it('tell a malformed id', () => {
    expect(isWellFormedId('0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b')).toBe(true);
    expect(isWellFormedId('not-a-site')).toBe(false);
  });
});
