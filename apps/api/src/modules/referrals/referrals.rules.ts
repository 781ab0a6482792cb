import { shanghaiInstant } from '@jobcircle/domain';

/** The same day N months later (clamped to the month's end), at 09:00 Shanghai time. */
export function followUpInstant(date: string, months: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = m - 1 + months;
  const year = y + Math.floor(month / 12);
  const monthIndex = month % 12;
  const last = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  const day = String(Math.min(d, last)).padStart(2, '0');
  return shanghaiInstant(`${year}-${String(monthIndex + 1).padStart(2, '0')}-${day}`, '09:00');
}
