import { CALENDAR_SOURCE, type CalendarDay, type CalendarEntry, type DayKind } from '@jobcircle/domain';
// The package ships CommonJS without named ESM exports: use its default export.
import chineseDays from 'chinese-days';

const { getDayDetail, isWorkday } = chineseDays;

/**
 * The working-day calendar (ARCHITECTURE §9), pure synchronous functions over the data of the npm
 * package chinese-days 1.5.7, which encodes the State Council General Office's annual notices on
 * public holidays (国务院办公厅关于部分节假日安排的通知) for 2004–2026 (the holidays and the weekends
 * that become working days, 调休), and over the years the district entered from later notices
 * (`calendar_years`), which this module holds in memory (`replaceEnteredYears`, replaced by the
 * calendar service at start-up and after each write). An entered year overrides the package for
 * that year. Outside the covered years only weekends are days off. Dates are `YYYY-MM-DD` Shanghai
 * calendar dates.
 */

const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(ms)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return ms;
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export { addCalendarDays, shanghaiDate } from '@jobcircle/domain';

function isWeekend(date: string): boolean {
  const day = new Date(toUtc(date)).getUTCDay();
  return day === 0 || day === 6;
}

/** An entered year's days by date. */
let entered = new Map<number, Map<string, CalendarEntry>>();
const cache = new Map<string, boolean>();

/**
 * Replaces the entered years the functions read (the calendar service calls it at start-up and
 * after every write; unit tests call it directly). Days are assumed checked (calendarEntryIssues).
 */
export function replaceEnteredYears(years: readonly { year: number; days: readonly CalendarEntry[] }[]): void {
  entered = new Map(years.map(({ year, days }) => [year, new Map(days.map((day) => [day.date, day]))]));
  cache.clear();
}

/** The years the package covers. */
export function isPackagedYear(year: number): boolean {
  return year >= CALENDAR_SOURCE.firstYear && year <= CALENDAR_SOURCE.lastYear;
}

/** Whether a notice covers the year: the package's, or one the district entered. */
export function isYearCovered(year: number): boolean {
  return entered.has(year) || isPackagedYear(year);
}

/** Whether the notices cover the date's year. */
export function isCovered(date: string): boolean {
  return isYearCovered(Number(date.slice(0, 4)));
}

/** The last year of the unbroken run of covered years from the package's first: later dates count weekends only. */
export function coveredThrough(): number {
  let year = CALENDAR_SOURCE.lastYear;
  while (isYearCovered(year + 1)) year += 1;
  return year;
}

/** A working day: a weekday that is not a public holiday, or a weekend made a working day (调休). */
export function isWorkingDay(date: string): boolean {
  toUtc(date);
  let working = cache.get(date);
  if (working === undefined) {
    const year = entered.get(Number(date.slice(0, 4)));
    if (year) {
      const day = year.get(date);
      working = day ? day.kind === 'adjusted_workday' : !isWeekend(date);
    } else working = isCovered(date) ? isWorkday(date) : !isWeekend(date);
    cache.set(date, working);
  }
  return working;
}

/**
 * The working day `n` working days after `date` (before it when n < 0); n = 0 gives `date` itself.
 * A deadline of "5 working days" from a Friday before the National Day holiday lands after it.
 */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError('n must be an integer');
  let current = toUtc(date);
  const step = n < 0 ? -DAY_MS : DAY_MS;
  let left = Math.abs(n);
  while (left > 0) {
    current += step;
    if (isWorkingDay(fromUtc(current))) left -= 1;
  }
  return fromUtc(current);
}

/**
 * The working days after `from` up to and including `to` (negative when `to` is earlier): how many
 * working days a ticket opened on `from` has been open on `to`. workingDaysBetween(d, addWorkingDays(d, n)) = n.
 */
export function workingDaysBetween(from: string, to: string): number {
  const start = toUtc(from);
  const end = toUtc(to);
  if (end < start) return -workingDaysBetween(to, from);
  let count = 0;
  for (let day = start + DAY_MS; day <= end; day += DAY_MS) if (isWorkingDay(fromUtc(day))) count += 1;
  return count;
}

/** One day as the calendar page shows it. */
export function describeDay(date: string): CalendarDay {
  const covered = isCovered(date);
  const working = isWorkingDay(date);
  const weekend = isWeekend(date);
  let kind: DayKind;
  let holidayName: string | null = null;
  const year = entered.get(Number(date.slice(0, 4)));
  if (year) {
    const day = year.get(date);
    kind = day ? day.kind : weekend ? 'weekend' : 'workday';
    holidayName = day ? day.name : null;
  } else if (covered) {
    // The package names a day "English,中文,days" when a notice mentions it, else the weekday.
    const parts = getDayDetail(date).name.split(',');
    const named = parts.length >= 2 ? (parts[1] ?? null) : null;
    if (!working && !weekend) kind = 'holiday';
    else if (!working && named) kind = 'holiday';
    else if (working && weekend) kind = 'adjusted_workday';
    else kind = working ? 'workday' : 'weekend';
    if (kind === 'holiday' || kind === 'adjusted_workday') holidayName = named;
  } else {
    kind = weekend ? 'weekend' : 'workday';
  }
  return { date, isWorkingDay: working, kind, holidayName, covered };
}

/** Every day from `from` to `to`, both included. */
export function describeDays(from: string, to: string): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let day = toUtc(from); day <= toUtc(to); day += DAY_MS) days.push(describeDay(fromUtc(day)));
  return days;
}
