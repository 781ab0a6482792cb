import { type CalendarDay, type CalendarEntry, type CalendarEntryKind, calendarEntryIssues } from '@jobcircle/domain';

/** One line of the year's form: consecutive days of one kind and name (e.g. 春节 2/6–2/12 放假). */
export interface DayRange {
  from: string;
  to: string;
  kind: CalendarEntryKind;
  name: string;
}

/** No notice gives one holiday more than this many days in a row; a longer range is a typing error. */
export const MAX_RANGE_DAYS = 31;
const DAY_MS = 86_400_000;

function utc(date: string | undefined | null): number | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? null : ms;
}

function dateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The days the ranges name, in the order typed, and for each day the index of its range (to put
 * an error about a day on the range's fields). A range without both dates, reversed or longer
 * than MAX_RANGE_DAYS gives no days (rangeIssues names it).
 */
export function expandRanges(ranges: readonly Partial<DayRange>[]): { days: CalendarEntry[]; rangeOf: number[] } {
  const days: CalendarEntry[] = [];
  const rangeOf: number[] = [];
  ranges.forEach((range, index) => {
    const from = utc(range.from);
    const to = utc(range.to);
    if (from === null || to === null || to < from || (to - from) / DAY_MS >= MAX_RANGE_DAYS) return;
    for (let day = from; day <= to; day += DAY_MS) {
      days.push({ date: dateOf(day), kind: range.kind ?? 'holiday', name: (range.name ?? '').trim() });
      rangeOf.push(index);
    }
  });
  return { days, rangeOf };
}

/** The saved days as ranges for the form: consecutive dates of the same kind and name make one range. */
export function compressDays(days: readonly Pick<CalendarEntry, 'date' | 'kind' | 'name'>[]): DayRange[] {
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date));
  const ranges: DayRange[] = [];
  for (const day of sorted) {
    const last = ranges.at(-1);
    const next = utc(last?.to);
    if (last && next !== null && utc(day.date) === next + DAY_MS && last.kind === day.kind && last.name === day.name) last.to = day.date;
    else ranges.push({ from: day.date, to: day.date, kind: day.kind, name: day.name });
  }
  return ranges;
}

/** The holidays and 调休 working days of a year as the calendar answers them (to start an edit from). */
export function entriesOf(days: readonly CalendarDay[]): CalendarEntry[] {
  return days.flatMap((day) =>
    day.kind === 'holiday' || day.kind === 'adjusted_workday' ? [{ date: day.date, kind: day.kind, name: day.holidayName ?? '' }] : [],
  );
}

/**
 * The path of a field of the form for the path of a day in the request (`days.5.kind` → `ranges.1.kind`;
 * a day's date is the range's start). Null for a path that names no day.
 */
export function rangePath(path: string, rangeOf: readonly number[]): string | null {
  const match = /^days\.(\d+)\.(date|kind|name)$/.exec(path);
  if (!match) return null;
  const range = rangeOf[Number(match[1])];
  if (range === undefined) return null;
  return `ranges.${range}.${match[2] === 'date' ? 'from' : match[2]}`;
}

/**
 * What is wrong with the ranges, on the range's fields (`ranges.1.to`), before anything is sent:
 * a reversed or overlong range, then the days' own checks (inside the year, no date twice, 调休上班
 * on a weekend only), the first message per field.
 */
export function rangeIssues(year: number, ranges: readonly Partial<DayRange>[]): { path: string; message: string }[] {
  const issues = new Map<string, string>();
  ranges.forEach((range, index) => {
    const from = utc(range.from);
    const to = utc(range.to);
    if (from === null || to === null) return;
    if (to < from) issues.set(`ranges.${index}.to`, '结束日期不能早于开始日期');
    else if ((to - from) / DAY_MS >= MAX_RANGE_DAYS) issues.set(`ranges.${index}.to`, `一段最多 ${MAX_RANGE_DAYS} 天`);
  });
  const { days, rangeOf } = expandRanges(ranges);
  for (const issue of calendarEntryIssues(year, days)) {
    const path = rangePath(issue.path.join('.'), rangeOf);
    if (path && !issues.has(path)) issues.set(path, issue.message);
  }
  return [...issues].map(([path, message]) => ({ path, message }));
}
