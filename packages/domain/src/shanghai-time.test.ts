import { describe, expect, it } from 'vitest';
import { addCalendarDays, ageOn, shanghaiDate, shanghaiInstant, shanghaiTime } from './shanghai-time.ts';

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

describe('ageOn', () => {
  it('is not yet a year older the day before the birthday, and is on the birthday', () => {
    expect(ageOn('1980-11-27', '2026-11-26')).toBe(45);
    expect(ageOn('1980-11-27', '2026-11-27')).toBe(46);
    expect(ageOn('1980-11-26', '2026-11-26')).toBe(46);
  });

  it('counts across a year end and is 0 before the first birthday', () => {
    expect(ageOn('1990-01-01', '2026-12-31')).toBe(36);
    expect(ageOn('1990-12-31', '2027-01-01')).toBe(36);
    expect(ageOn('2026-03-01', '2026-11-26')).toBe(0);
  });

  it('turns someone born on 29 February a year older on 1 March in a common year', () => {
    expect(ageOn('2000-02-29', '2027-02-28')).toBe(26);
    expect(ageOn('2000-02-29', '2027-03-01')).toBe(27);
  });

  it('turns someone born on 29 February a year older on 29 February in a leap year', () => {
    expect(ageOn('2000-02-29', '2028-02-28')).toBe(27);
    expect(ageOn('2000-02-29', '2028-02-29')).toBe(28);
  });
});
