import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, describeDay, describeDays, isWorkingDay, shanghaiDate, workingDaysBetween } from './calendar.rules.ts';

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
