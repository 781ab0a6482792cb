import { SERVICE_ITEMS, shanghaiInstant } from '@jobcircle/domain';
import { addCalendarDays, shanghaiDate } from '../calendar/index.ts';

/**
 * Pure rule: the period a ledger view covers, as Shanghai dates and as UTC bounds (from ≤ at < to).
 * A month (YYYY-MM) wins; otherwise from/to, each defaulting to the current month's ends.
 */
export function periodOf(query: { month?: string | undefined; from?: string | undefined; to?: string | undefined }, now: Date) {
  const today = shanghaiDate(now);
  let from: string;
  let to: string;
  if (query.month) {
    from = `${query.month}-01`;
    to = lastDayOfMonth(query.month);
  } else {
    from = query.from ?? `${today.slice(0, 7)}-01`;
    to = query.to ?? lastDayOfMonth(today.slice(0, 7));
  }
  if (to < from) [from, to] = [to, from];
  return { from, to, bounds: { fromAt: startOfDay(from), toAt: startOfDay(addCalendarDays(to, 1)) } };
}

function lastDayOfMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

/** Midnight of a Shanghai date as a UTC instant. */
export function startOfDay(date: string): string {
  return shanghaiInstant(date).toISOString();
}

/** Pure rule: per-key arrays of counts for items 1–25 (index = item − 1), column totals and the grand total. */
export function itemCounts(counts: readonly { key: string; item_no: number; n: number }[]) {
  const width = SERVICE_ITEMS.length;
  const rows = new Map<string, number[]>();
  const totals = new Array<number>(width).fill(0);
  for (const { key, item_no, n } of counts) {
    let row = rows.get(key);
    if (!row) {
      row = new Array<number>(width).fill(0);
      rows.set(key, row);
    }
    row[item_no - 1] = (row[item_no - 1] ?? 0) + n;
    totals[item_no - 1] = (totals[item_no - 1] ?? 0) + n;
  }
  return { rows, totals, total: totals.reduce((a, b) => a + b, 0) };
}

/** Spreadsheet formula injection (CWE-1236): the one helper every export uses. */
export { neutraliseCell } from '../../platform/spreadsheet-safety.ts';
