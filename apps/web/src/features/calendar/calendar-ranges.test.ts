import { describe, expect, it } from 'vitest';
import { compressDays, entriesOf, expandRanges, rangeIssues, rangePath } from './calendar-ranges.ts';

describe('the year form’s day ranges', () => {
  it('expands ranges to days and remembers the range of each day', () => {
    const { days, rangeOf } = expandRanges([
      { from: '2027-02-06', to: '2027-02-08', kind: 'holiday', name: ' 测试 ' },
      { from: '2027-02-20', to: '2027-02-20', kind: 'adjusted_workday', name: '测试' },
    ]);
    expect(days.map((day) => day.date)).toEqual(['2027-02-06', '2027-02-07', '2027-02-08', '2027-02-20']);
    expect(days[0]).toEqual({ date: '2027-02-06', kind: 'holiday', name: '测试' });
    expect(rangeOf).toEqual([0, 0, 0, 1]);
    expect(expandRanges([{ from: '2027-02-08', to: '2027-02-06' }, { from: '2027-01-01' }]).days).toEqual([]);
  });

  it('compresses saved days back into ranges of the same kind and name', () => {
    const ranges = compressDays([
      { date: '2027-02-07', kind: 'holiday', name: '测试' },
      { date: '2027-02-06', kind: 'holiday', name: '测试' },
      { date: '2027-02-08', kind: 'holiday', name: '另一' },
      { date: '2027-02-10', kind: 'holiday', name: '另一' },
      { date: '2027-02-20', kind: 'adjusted_workday', name: '测试' },
    ]);
    expect(ranges).toEqual([
      { from: '2027-02-06', to: '2027-02-07', kind: 'holiday', name: '测试' },
      { from: '2027-02-08', to: '2027-02-08', kind: 'holiday', name: '另一' },
      { from: '2027-02-10', to: '2027-02-10', kind: 'holiday', name: '另一' },
      { from: '2027-02-20', to: '2027-02-20', kind: 'adjusted_workday', name: '测试' },
    ]);
    expect(expandRanges(ranges).days).toHaveLength(5);
  });

  it('keeps only the holidays and 调休 working days of a year’s calendar', () => {
    const entries = entriesOf([
      { date: '2026-10-01', isWorkingDay: false, kind: 'holiday', holidayName: '国庆节', covered: true },
      { date: '2026-10-10', isWorkingDay: true, kind: 'adjusted_workday', holidayName: '国庆节', covered: true },
      { date: '2026-10-11', isWorkingDay: false, kind: 'weekend', holidayName: null, covered: true },
    ]);
    expect(entries.map((entry) => entry.kind)).toEqual(['holiday', 'adjusted_workday']);
  });

  it('puts the days’ errors on the range they came from', () => {
    const { rangeOf } = expandRanges([
      { from: '2027-02-06', to: '2027-02-08', kind: 'holiday', name: 'x' },
      { from: '2027-02-20', to: '2027-02-20', kind: 'adjusted_workday', name: 'x' },
    ]);
    expect(rangePath('days.3.kind', rangeOf)).toBe('ranges.1.kind');
    expect(rangePath('days.1.date', rangeOf)).toBe('ranges.0.from');
    expect(rangePath('days', rangeOf)).toBeNull();
    expect(rangePath('days.9.date', rangeOf)).toBeNull();
    const issues = rangeIssues(2027, [
      { from: '2026-12-31', to: '2027-01-01', kind: 'holiday', name: 'x' },
      { from: '2027-01-01', to: '2027-01-01', kind: 'holiday', name: 'x' },
      // Wednesday 10 February.
      { from: '2027-02-10', to: '2027-02-10', kind: 'adjusted_workday', name: 'x' },
      { from: '2027-03-02', to: '2027-03-01', kind: 'holiday', name: 'x' },
    ]);
    expect(issues.map((issue) => issue.path)).toEqual(['ranges.3.to', 'ranges.0.from', 'ranges.1.from', 'ranges.2.kind']);
    expect(rangeIssues(2027, [{ from: '2027-02-06', to: '2027-02-08', kind: 'holiday', name: 'x' }])).toEqual([]);
  });
});
