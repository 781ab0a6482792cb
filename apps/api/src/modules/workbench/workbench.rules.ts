import { type Role, SERVICE_ITEMS, shanghaiInstant, type WorkbenchScope } from '@jobcircle/domain';

const REGION_ROLES: readonly Role[] = ['district_admin', 'town_admin'];

/** Pure rule: admins see their region; staff tied to a site see their site; the others their own work. */
export function workbenchScopeOf(actor: { role: Role; siteId: string | null }): WorkbenchScope {
  if (REGION_ROLES.includes(actor.role)) return 'region';
  return actor.siteId ? 'site' : 'mine';
}

/** The Shanghai month a date lies in, first and last day. */
export function monthOf(date: string): { from: string; to: string } {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return { from: `${date.slice(0, 7)}-01`, to: new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10) };
}

/** Midnight of a Shanghai date as a UTC instant. */
export function startOfDay(date: string): string {
  return shanghaiInstant(date).toISOString();
}

/** Counts per item 1–25 (index = item − 1). */
export function itemCountsOf(counts: readonly { item_no: number; n: number }[]): number[] {
  const row = new Array<number>(SERVICE_ITEMS.length).fill(0);
  for (const { item_no, n } of counts) if (item_no >= 1 && item_no <= row.length) row[item_no - 1] = (row[item_no - 1] ?? 0) + n;
  return row;
}
