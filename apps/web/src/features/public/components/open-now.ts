import type { CalendarDay, OpeningHours, OpeningPeriod } from '@jobcircle/domain';

export type OpenState =
  | { open: true; until: string; today: OpeningPeriod[] }
  | {
      open: false;
      reason: 'holiday' | 'closed_today' | 'not_yet' | 'over';
      holidayName: string | null;
      today: OpeningPeriod[];
      opensAt: string | null;
    };

/** ISO weekday (1 = Monday … 7 = Sunday) of a `YYYY-MM-DD` date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * "开放中 / 已休息" of a site at `time` (HH:mm, Shanghai) on a day of the working calendar: closed on a
 * statutory holiday whatever the weekday; a 调休 working day (a weekend day worked) keeps Monday's
 * hours; otherwise the weekday's own periods. Without the calendar (`day` null) the weekday decides.
 */
export function openState(
  hours: OpeningHours,
  date: string,
  time: string,
  day: Pick<CalendarDay, 'kind' | 'holidayName'> | null,
): OpenState {
  const weekday = day?.kind === 'adjusted_workday' ? 1 : isoWeekday(date);
  const today = hours.periods.filter((period) => period.day === weekday).sort((a, b) => a.open.localeCompare(b.open));
  if (day?.kind === 'holiday') return { open: false, reason: 'holiday', holidayName: day.holidayName, today: [], opensAt: null };
  if (today.length === 0) return { open: false, reason: 'closed_today', holidayName: null, today, opensAt: null };
  const current = today.find((period) => period.open <= time && time < period.close);
  if (current) return { open: true, until: current.close, today };
  const next = today.find((period) => time < period.open);
  return { open: false, reason: next ? 'not_yet' : 'over', holidayName: null, today, opensAt: next?.open ?? null };
}

/** The site's directions link from the configured template ({lng}, {lat}, {name}). */
export function directionsUrl(template: string, site: { lng: number | null; lat: number | null; publicName: string }): string | null {
  if (site.lng === null || site.lat === null) return null;
  return template
    .replaceAll('{lng}', String(site.lng))
    .replaceAll('{lat}', String(site.lat))
    .replaceAll('{name}', encodeURIComponent(site.publicName));
}

/** A public link's id is a UUID: anything else is a malformed link, answered as not found without asking. */
export function isWellFormedId(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
