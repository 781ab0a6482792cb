import { describe, expect, it } from 'vitest';
import { CalendarQuerySchema, calendarEntryIssues, calendarNeedsNextYear, PutCalendarYearBodySchema } from './calendar.ts';

const body = {
  year: 2027,
  documentNo: '测试〔2026〕1号',
  title: '测试通知',
  publishedOn: '2026-11-10',
  source: 'https://example.org/notice',
  version: 0,
  days: [
    { date: '2027-02-08', kind: 'holiday', name: '测试' },
    { date: '2027-02-06', kind: 'holiday', name: '测试' },
    { date: '2027-02-20', kind: 'adjusted_workday', name: '测试' },
  ],
};

describe('a calendar year as entered', () => {
  it('accepts holidays on weekdays and weekends and a 调休 Saturday', () => {
    expect(PutCalendarYearBodySchema.safeParse(body).success).toBe(true);
    expect(calendarEntryIssues(2027, [{ date: '2027-02-21', kind: 'adjusted_workday', name: 'x' }])).toEqual([]);
  });

  it('names the day at fault: outside the year, twice, a weekday marked 调休上班', () => {
    const issues = calendarEntryIssues(2027, [
      { date: '2026-12-31', kind: 'holiday', name: 'x' },
      { date: '2027-02-08', kind: 'holiday', name: 'x' },
      { date: '2027-02-08', kind: 'holiday', name: 'x' },
      { date: '2027-02-09', kind: 'adjusted_workday', name: 'x' },
    ]);
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['days.0.date', 'days.2.date', 'days.3.kind']);
    const parsed = PutCalendarYearBodySchema.safeParse({
      ...body,
      days: [...body.days, { date: '2028-01-01', kind: 'holiday', name: 'x' }],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['days.3.date']);
  });

  it('refuses an empty year, a year out of range and a missing source', () => {
    const paths = (input: unknown) => PutCalendarYearBodySchema.safeParse(input).error?.issues.map((issue) => issue.path.join('.'));
    expect(paths({ ...body, days: [] })).toEqual(['days']);
    expect(paths({ ...body, year: 1999, days: [] })).toContain('year');
    expect(paths({ ...body, source: ' ' })).toEqual(['source']);
  });

  it('warns in November and December when next year is not covered', () => {
    const covered = [2025, 2026];
    expect(calendarNeedsNextYear('2026-10-31', covered)).toBe(false);
    expect(calendarNeedsNextYear('2026-11-01', covered)).toBe(true);
    expect(calendarNeedsNextYear('2026-12-06', covered)).toBe(true);
    expect(calendarNeedsNextYear('2026-12-06', [...covered, 2027])).toBe(false);
    expect(calendarNeedsNextYear('2027-01-05', covered)).toBe(false);
  });

  it('keeps the calendar query as before', () => {
    expect(CalendarQuerySchema.safeParse({ from: '2027-01-01', to: '2027-12-31' }).success).toBe(true);
  });
});
