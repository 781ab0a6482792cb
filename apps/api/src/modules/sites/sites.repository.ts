import type { ListSitesQuery, RegionScope, StaffingStatus } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, inScope, likeContains, pageWithTotal } from '../../db/scope.ts';
import type { NewSiteRow, SiteRow, SiteRowUpdate } from './sites.table.ts';

export type SiteWithNames = SiteRow & { town_name: string; village_name: string | null };

function sitesWithNames(db: Executor<Database>) {
  return db
    .selectFrom('sites')
    .innerJoin('regions as town', 'town.code', 'sites.town_code')
    .leftJoin('regions as village', 'village.code', 'sites.village_code')
    .selectAll('sites')
    .select(['town.name as town_name', 'village.name as village_name']);
}

export async function findSiteById(db: Executor<Database>, scope: RegionScope, id: string): Promise<SiteWithNames | undefined> {
  return sitesWithNames(db).where('sites.id', '=', id).where(inScope(scope, 'sites')).executeTakeFirst();
}

export async function selectSitePage(
  db: Kysely<Database>,
  scope: RegionScope,
  query: ListSitesQuery,
): Promise<{ rows: SiteWithNames[]; total: number }> {
  const filtered = db
    .selectFrom('sites')
    .where(inScope(scope, 'sites'))
    .$if(query.kind !== undefined, (qb) => qb.where('sites.kind', '=', query.kind as NonNullable<ListSitesQuery['kind']>))
    .$if(query.townCode !== undefined, (qb) => qb.where('sites.town_code', '=', query.townCode as string))
    .$if(query.villageCode !== undefined, (qb) => qb.where('sites.village_code', '=', query.villageCode as string))
    .$if(query.staffing !== undefined, (qb) => qb.where('sites.staffing_status', '=', query.staffing as StaffingStatus))
    .$if(query.isActive !== undefined, (qb) => qb.where('sites.is_active', '=', query.isActive ? 1 : 0))
    .$if(query.serviceItem !== undefined, (qb) =>
      qb.where((eb) =>
        eb.exists(
          eb
            .selectFrom('site_service_items')
            .select('site_service_items.item_no')
            .whereRef('site_service_items.site_id', '=', 'sites.id')
            .where('site_service_items.item_no', '=', query.serviceItem as number),
        ),
      ),
    )
    .$if(Boolean(query.q), (qb) =>
      qb.where((eb) =>
        eb.or([eb('sites.name', 'like', likeContains(query.q as string)), eb('sites.address', 'like', likeContains(query.q as string))]),
      ),
    );
  const sortColumn = ({ name: 'sites.name', kind: 'sites.kind', townCode: 'sites.town_code', updatedAt: 'sites.updated_at' } as const)[
    query.sort
  ];
  // One query for the page and the total (a window count), so a list costs one round trip.
  const rows = await filtered
    .innerJoin('regions as town', 'town.code', 'sites.town_code')
    .leftJoin('regions as village', 'village.code', 'sites.village_code')
    .selectAll('sites')
    .select(['town.name as town_name', 'village.name as village_name', (eb) => eb.fn.countAll().over().as('total_count')])
    .orderBy(sortColumn, query.order)
    .orderBy('sites.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return pageWithTotal(rows, query.page, async () =>
    Number((await filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  );
}

export async function selectServiceItems(db: Executor<Database>, siteIds: readonly string[]): Promise<Map<string, number[]>> {
  const items = new Map<string, number[]>(siteIds.map((id) => [id, []]));
  if (siteIds.length === 0) return items;
  const rows = await db
    .selectFrom('site_service_items')
    .select(['site_id', 'item_no'])
    .where('site_id', 'in', [...siteIds])
    .orderBy('item_no')
    .execute();
  for (const row of rows) items.get(row.site_id)?.push(Number(row.item_no));
  return items;
}

/** A site's kind, whatever the scope: used inside a transaction that already checked access. */
export async function findSiteKind(trx: Executor<Database>, id: string): Promise<SiteRow['kind'] | undefined> {
  const row = await trx.selectFrom('sites').select('kind').where('id', '=', id).executeTakeFirst();
  return row?.kind;
}

export async function insertSite(trx: Executor<Database>, row: NewSiteRow): Promise<void> {
  await trx.insertInto('sites').values(row).execute();
}

export async function replaceServiceItems(trx: Executor<Database>, siteId: string, items: readonly number[]): Promise<void> {
  await trx.deleteFrom('site_service_items').where('site_id', '=', siteId).execute();
  if (items.length > 0) {
    await trx
      .insertInto('site_service_items')
      .values(items.map((item_no) => ({ site_id: siteId, item_no })))
      .execute();
  }
}

/** Optimistic update: changes the row only if it is still at `version`; returns whether it did. */
export async function updateSiteAtVersion(
  trx: Executor<Database>,
  scope: RegionScope,
  id: string,
  version: number,
  patch: SiteRowUpdate,
): Promise<boolean> {
  const result = await trx
    .updateTable('sites')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where(inScope(scope, 'sites'))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Staffing is derived, not edited: it moves without a version change. */
export async function updateSiteStaffing(
  trx: Executor<Database>,
  id: string,
  staffing: Pick<SiteRow, 'staffing_status' | 'full_time_community_workers' | 'service_workers' | 'volunteers'>,
): Promise<void> {
  await trx.updateTable('sites').set(staffing).where('id', '=', id).execute();
}

export async function countSitesOffering(db: Kysely<Database>): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('site_service_items')
    .innerJoin('sites', 'sites.id', 'site_service_items.site_id')
    .where('sites.is_active', '=', 1)
    .select(['site_service_items.item_no', (eb) => eb.fn.countAll().as('n')])
    .groupBy('site_service_items.item_no')
    .execute();
  return new Map(rows.map((row) => [Number(row.item_no), Number(row.n)]));
}

/** The public page of a site (the poster's QR code): only active sites, no scope. */
export async function findActiveSiteForPublic(db: Kysely<Database>, id: string): Promise<SiteWithNames | undefined> {
  return sitesWithNames(db).where('sites.id', '=', id).where('sites.is_active', '=', 1).executeTakeFirst();
}
