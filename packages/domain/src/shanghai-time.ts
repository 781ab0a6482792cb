// Shanghai keeps UTC+8 all year (no daylight saving since 1991): calendar dates, day boundaries and
// wall-clock times are computed with the fixed offset. The one place the offset is written.

const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The Shanghai calendar date of an instant, `YYYY-MM-DD`. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant of a Shanghai wall-clock time on a date (`HH:mm`, midnight by default). */
export function shanghaiInstant(date: string, time = '00:00'): Date {
  return new Date(`${date}T${time}:00.000+08:00`);
}

/** The Shanghai wall-clock time of an instant, `HH:mm`. */
export function shanghaiTime(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(11, 16);
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addCalendarDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Age in whole years (周岁) on a calendar date, both `YYYY-MM-DD`: a year older on the birthday
 * itself, not the day before. Someone born on 29 February turns a year older on 1 March in a
 * common year (the birthday has not come on 28 February). The caller passes the Shanghai date
 * (`shanghaiDate(now)`), so the age turns at Shanghai midnight, not UTC's.
 */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Today's Shanghai date: for defaults in forms (rules take the date or the instant they judge). */
export function shanghaiToday(now: number = Date.now()): string {
  return shanghaiDate(new Date(now));
}
