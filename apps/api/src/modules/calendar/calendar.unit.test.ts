import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  coveredThrough,
  describeDay,
  describeDays,
  isCovered,
  isWorkingDay,
  replaceEnteredYears,
  shanghaiDate,
  workingDaysBetween,
} from './calendar.rules.ts';

describe('working-day calendar (chinese-days, State Council notices 2004–2026)', () => {
  it('knows the 2026 Mid-Autumn and National Day holidays and their 调休 weekend working days', () => {
    // 2026: 中秋 9/25–9/27, 国庆 10/1–10/7; Sunday 9/20 and Saturday 10/10 are working days.
    for (const date of ['2026-09-25', '2026-09-27', '2026-10-01', '2026-10-05', '2026-10-07']) expect(isWorkingDay(date)).toBe(false);
    expect(isWorkingDay('2026-09-20')).toBe(true);
    expect(isWorkingDay('2026-10-10')).toBe(true);
    expect(isWorkingDay('2026-10-11')).toBe(false);
    expect(isWorkingDay('2026-09-19')).toBe(false);
    expect(describeDay('2026-10-10')).toMatchObject({ kind: 'adjusted_workday', holidayName: '国庆节', covered: true });
    expect(describeDay('2026-10-02')).toMatchObject({ kind: 'holiday', holidayName: '国庆节' });
    expect(describeDay('2026-09-19').kind).toBe('weekend');
    expect(describeDay('2026-09-21').kind).toBe('workday');
  });

  it('counts working days across the National Day holiday and a 调休 Saturday', () => {
    // From Wed 9/30: 10/1–7 off, Thu 10/8, Fri 10/9, Sat 10/10 (调休), Sun 10/11 off, Mon 10/12.
    expect(workingDaysBetween('2026-09-30', '2026-10-07')).toBe(0);
    expect(workingDaysBetween('2026-09-30', '2026-10-10')).toBe(3);
    expect(workingDaysBetween('2026-09-30', '2026-10-12')).toBe(4);
    expect(workingDaysBetween('2026-10-12', '2026-09-30')).toBe(-4);
    expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(addWorkingDays('2026-09-30', 5)).toBe('2026-10-13');
    expect(addWorkingDays('2026-10-08', -1)).toBe('2026-09-30');
  });

  it('counts a 调休 Sunday before the holidays (9/20) and skips the Mid-Autumn weekend', () => {
    // Fri 9/18 → Sun 9/20 (调休) is the first working day after it.
    expect(addWorkingDays('2026-09-18', 1)).toBe('2026-09-20');
    // Thu 9/24 + 1 → Mon 9/28 (9/25–9/27 中秋).
    expect(addWorkingDays('2026-09-24', 1)).toBe('2026-09-28');
    expect(workingDaysBetween('2026-09-18', '2026-09-28')).toBe(6);
  });

  it('treats years the notices do not cover as plain weeks, and says so', () => {
    expect(describeDay('2027-10-01')).toMatchObject({ covered: false, kind: 'workday' });
    expect(describeDay('2027-10-02')).toMatchObject({ covered: false, kind: 'weekend', isWorkingDay: false });
  });

  it('keeps addWorkingDays and workingDaysBetween inverse (property)', () => {
    const dates = fc
      .integer({ min: 0, max: 3 * 365 })
      .map((offset) => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 40 }), (date, n) => {
        const due = addWorkingDays(date, n);
        expect(workingDaysBetween(date, due)).toBe(n);
        if (n > 0) expect(isWorkingDay(due)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('lists a range day by day and reads Shanghai dates', () => {
    expect(describeDays('2026-09-28', '2026-10-02').map((d) => d.isWorkingDay)).toEqual([true, true, true, false, false]);
    expect(shanghaiDate(new Date('2026-09-30T16:30:00Z'))).toBe('2026-10-01');
    expect(() => isWorkingDay('2026-13-01')).toThrow(RangeError);
  });
});

/**
 * A made-up year for the tests, NOT the 2027 notice (which is not known): Saturday 6 to Sunday 14
 * February off, Saturday 20 February a 调休 working day.
 */
const FICTIONAL_2027 = {
  year: 2027,
  days: [
    ...['06', '07', '08', '09', '10', '11', '12', '13', '14'].map((d) => ({
      date: `2027-02-${d}`,
      kind: 'holiday' as const,
      name: '测试假期',
    })),
    { date: '2027-02-20', kind: 'adjusted_workday' as const, name: '测试假期' },
  ],
};

describe('working-day calendar with a year the district entered', () => {
  afterEach(() => replaceEnteredYears([]));

  it('skips an entered holiday: 5 working days from the Friday before it lands after it', () => {
    // Weekends only: Fri 2/5 + 5 = Fri 2/12.
    expect(addWorkingDays('2027-02-05', 5)).toBe('2027-02-12');
    replaceEnteredYears([FICTIONAL_2027]);
    expect(isCovered('2027-02-05')).toBe(true);
    expect(isWorkingDay('2027-02-08')).toBe(false);
    // Mon 2/15 (1) … Fri 2/19 (5).
    expect(addWorkingDays('2027-02-05', 5)).toBe('2027-02-19');
    expect(workingDaysBetween('2027-02-05', '2027-02-19')).toBe(5);
    expect(describeDay('2027-02-10')).toEqual({
      date: '2027-02-10',
      isWorkingDay: false,
      kind: 'holiday',
      holidayName: '测试假期',
      covered: true,
    });
    expect(describeDay('2027-02-16')).toMatchObject({ kind: 'workday', holidayName: null, covered: true });
    expect(describeDay('2027-02-21')).toMatchObject({ kind: 'weekend', isWorkingDay: false });
  });

  it('counts an entered 调休 Saturday as a working day', () => {
    replaceEnteredYears([FICTIONAL_2027]);
    expect(isWorkingDay('2027-02-20')).toBe(true);
    expect(describeDay('2027-02-20')).toMatchObject({ kind: 'adjusted_workday', isWorkingDay: true, holidayName: '测试假期' });
    // Fri 2/19 (5), Sat 2/20 调休 (6), Sun off, Mon 2/22 (7).
    expect(addWorkingDays('2027-02-05', 6)).toBe('2027-02-20');
    expect(addWorkingDays('2027-02-05', 7)).toBe('2027-02-22');
    expect(workingDaysBetween('2027-02-19', '2027-02-22')).toBe(2);
  });

  it('forgets the cached days when the years are replaced', () => {
    expect(isWorkingDay('2027-02-08')).toBe(true);
    replaceEnteredYears([FICTIONAL_2027]);
    expect(isWorkingDay('2027-02-08')).toBe(false);
    replaceEnteredYears([]);
    expect(isWorkingDay('2027-02-08')).toBe(true);
    expect(isCovered('2027-02-08')).toBe(false);
  });

  it('lets an entered year override the package for that year', () => {
    expect(isWorkingDay('2026-10-02')).toBe(false);
    replaceEnteredYears([{ year: 2026, days: [{ date: '2026-10-01', kind: 'holiday', name: '国庆节' }] }]);
    expect(isWorkingDay('2026-10-01')).toBe(false);
    expect(isWorkingDay('2026-10-02')).toBe(true);
    // The package's 调休 Saturday is gone with it.
    expect(isWorkingDay('2026-10-10')).toBe(false);
    expect(describeDay('2026-10-02')).toMatchObject({ kind: 'workday', covered: true });
  });

  it('reports the last year of the unbroken run of covered years', () => {
    expect(coveredThrough()).toBe(2026);
    replaceEnteredYears([{ year: 2029, days: [] }]);
    expect(coveredThrough()).toBe(2026);
    replaceEnteredYears([FICTIONAL_2027, { year: 2029, days: [] }]);
    expect(coveredThrough()).toBe(2027);
  });
});
