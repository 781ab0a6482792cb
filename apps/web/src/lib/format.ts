import { type OpeningHours, WEEKDAY_LABELS } from '@jobcircle/domain';
import { dayjs } from './dayjs.ts';

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
}

export function formatTime(iso: string): string {
  return dayjs(iso).format('M月D日 HH:mm');
}

function dayLabel(day: number): string {
  return WEEKDAY_LABELS[day] ?? '';
}

/** "周一至周五 08:30–17:00", "周六 09:00–12:00" — consecutive days with the same hours are joined. */
export function formatOpeningHours(hours: OpeningHours): string[] {
  const byTime = new Map<string, number[]>();
  for (const period of [...hours.periods].sort((a, b) => a.day - b.day || a.open.localeCompare(b.open))) {
    const key = `${period.open}–${period.close}`;
    const days = byTime.get(key) ?? [];
    if (!days.includes(period.day)) days.push(period.day);
    byTime.set(key, days);
  }
  const lines: string[] = [];
  for (const [time, days] of byTime) {
    const runs: string[] = [];
    let runStart = 0;
    for (let i = 0; i < days.length; i++) {
      const day = days[i] ?? 0;
      if (days[i + 1] !== day + 1) {
        const first = days[runStart] ?? day;
        runs.push(first === day ? dayLabel(day) : `${dayLabel(first)}至${dayLabel(day)}`);
        runStart = i + 1;
      }
    }
    lines.push(`${runs.join('、')} ${time}`);
  }
  return lines;
}

export function formatCoordinate(lng: number | null, lat: number | null): string {
  return lng == null || lat == null ? '未标注' : `${lng.toFixed(5)}, ${lat.toFixed(5)}`;
}
