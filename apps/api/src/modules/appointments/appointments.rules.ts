import { minutesOf, shanghaiInstant, shanghaiTime, slotStartTimes } from '@jobcircle/domain';
import { addCalendarDays, isWorkingDay, shanghaiDate } from '../calendar/index.ts';

export interface RuleShape {
  weekdays: readonly number[];
  startTime: string;
  endTime: string;
  slotMinutes: number;
  validFrom: string;
  validTo: string | null;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * Pure rule: does the rule open on this date? Only on working days of the calendar: a public
 * holiday closes every rule; a 调休 working weekend day opens the rules that open on weekdays
 * (Monday–Friday), with their usual hours, as the office does that day.
 */
export function opensOn(rule: RuleShape, date: string): boolean {
  if (date < rule.validFrom || (rule.validTo !== null && date > rule.validTo)) return false;
  if (!isWorkingDay(date)) return false;
  const weekday = isoWeekday(date);
  if (rule.weekdays.includes(weekday)) return true;
  return weekday >= 6 && rule.weekdays.some((day) => day <= 5);
}

/** Pure rule: the slots (start and end instants) a rule opens from `from` to `to`, both included. */
export function slotsOf(rule: RuleShape, from: string, to: string): { startsAt: Date; endsAt: Date }[] {
  const slots: { startsAt: Date; endsAt: Date }[] = [];
  const starts = slotStartTimes(rule);
  for (let date = from; date <= to; date = addCalendarDays(date, 1)) {
    if (!opensOn(rule, date)) continue;
    for (const time of starts) {
      const startsAt = shanghaiInstant(date, time);
      slots.push({ startsAt, endsAt: new Date(startsAt.getTime() + rule.slotMinutes * 60_000) });
    }
  }
  return slots;
}

/** Pure rule: is this instant the start of one of the rule's slots? */
export function isSlotStart(rule: RuleShape, startsAt: Date): boolean {
  const date = shanghaiDate(startsAt);
  if (!opensOn(rule, date)) return false;
  if (startsAt.getUTCSeconds() !== 0 || startsAt.getUTCMilliseconds() !== 0) return false;
  const time = shanghaiTime(startsAt);
  return slotStartTimes(rule).includes(time) && minutesOf(time) + rule.slotMinutes <= minutesOf(rule.endTime);
}

/** The reminder goes out at 09:00 (Shanghai) the day before; a booking made later than that is reminded at once. */
export function reminderTime(startsAt: Date, now: Date): Date {
  const dayBefore = shanghaiInstant(addCalendarDays(shanghaiDate(startsAt), -1), '09:00');
  return dayBefore.getTime() > now.getTime() ? dayBefore : now;
}
