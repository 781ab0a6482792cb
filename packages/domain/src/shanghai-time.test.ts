import { describe, expect, it } from 'vitest';
import { addCalendarDays, shanghaiDate, shanghaiInstant, shanghaiTime } from './shanghai-time.ts';

describe('Shanghai time', () => {
  it('gives the Shanghai date, not the UTC date, around midnight', () => {
    expect(shanghaiDate(new Date('2026-11-30T15:59:59.999Z'))).toBe('2026-11-30');
    expect(shanghaiDate(new Date('2026-11-30T16:00:00.000Z'))).toBe('2026-12-01');
  });

  it('turns a Shanghai wall-clock time into the instant', () => {
    expect(shanghaiInstant('2026-12-01').toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(shanghaiInstant('2026-12-01', '09:30').toISOString()).toBe('2026-12-01T01:30:00.000Z');
    expect(shanghaiTime(new Date('2026-12-01T01:30:00.000Z'))).toBe('09:30');
    expect(shanghaiTime(new Date('2026-11-30T16:05:00.000Z'))).toBe('00:05');
  });

  it('adds calendar days across months, years and a leap day', () => {
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
