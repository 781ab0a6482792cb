import type { ListServiceRecordsQuery, RegionScope } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, inScope, pageWithTotal } from '../../db/scope.ts';
import type { NewServiceRecordRow, ServiceRecordRow } from './ledger.table.ts';

export type ServiceRecordWithNames = ServiceRecordRow & {
  resident_name: string | null;
  employer_name: string | null;
  site_name: string;
  staff_name: string;
};

/** A period as UTC instants: from ≤ at < to. */
export interface Period {
  fromAt: string;
  toAt: string;
}

export async function insertServiceRecord(trx: Executor<Database>, row: NewServiceRecordRow): Promise<void> {
  await trx.insertInto('service_records').values(row).execute();
}

function withNames(db: Executor<Database>) {
  return db
    .selectFrom('service_records')
    .innerJoin('sites', 'sites.id', 'service_records.site_id')
    .innerJoin('staff', 'staff.id', 'service_records.staff_id')
    .leftJoin('residents', 'residents.id', 'service_records.resident_id')
    .leftJoin('employers', 'employers.id', 'service_records.employer_id')
    .selectAll('service_records')
    .select([
      'residents.name as resident_name',
      'employers.name as employer_name',
      'sites.name as site_name',
      'staff.display_name as staff_name',
    ]);
}

export async function findServiceRecordById(
  db: Executor<Database>,
  scope: RegionScope,
  id: string,
): Promise<ServiceRecordWithNames | undefined> {
  return withNames(db)
    .where('service_records.id', '=', id)
    .where(inScope(scope, 'service_records', { hasGrid: true }))
    .executeTakeFirst();
}

type Filters = Omit<ListServiceRecordsQuery, 'page' | 'pageSize' | 'from' | 'to'> & { period?: Period | undefined };

function filtered(db: Executor<Database>, scope: RegionScope, f: Filters) {
  return db
    .selectFrom('service_records')
    .where(inScope(scope, 'service_records', { hasGrid: true }))
    .$if(f.period !== undefined, (qb) =>
      qb.where('service_records.at', '>=', (f.period as Period).fromAt).where('service_records.at', '<', (f.period as Period).toAt),
    )
    .$if(f.siteId !== undefined, (qb) => qb.where('service_records.site_id', '=', f.siteId as string))
    .$if(f.townCode !== undefined, (qb) => qb.where('service_records.town_code', '=', f.townCode as string))
    .$if(f.villageCode !== undefined, (qb) => qb.where('service_records.village_code', '=', f.villageCode as string))
    .$if(f.itemNo !== undefined, (qb) => qb.where('service_records.item_no', '=', f.itemNo as number))
    .$if(f.staffId !== undefined, (qb) => qb.where('service_records.staff_id', '=', f.staffId as string))
    .$if(f.channel !== undefined, (qb) => qb.where('service_records.channel', '=', f.channel as NonNullable<Filters['channel']>))
    .$if(f.residentId !== undefined, (qb) => qb.where('service_records.resident_id', '=', f.residentId as string))
    .$if(f.employerId !== undefined, (qb) => qb.where('service_records.employer_id', '=', f.employerId as string));
}

/** The ledger in scope, newest first, with the total in the same query. */
export async function selectServiceRecordPage(
  db: Kysely<Database>,
  scope: RegionScope,
  filters: Filters,
  page: { page: number; pageSize: number },
): Promise<{ rows: ServiceRecordWithNames[]; total: number }> {
  const base = filtered(db, scope, filters);
  const rows = await base
    .innerJoin('sites', 'sites.id', 'service_records.site_id')
    .innerJoin('staff', 'staff.id', 'service_records.staff_id')
    .leftJoin('residents', 'residents.id', 'service_records.resident_id')
    .leftJoin('employers', 'employers.id', 'service_records.employer_id')
    .selectAll('service_records')
    .select([
      'residents.name as resident_name',
      'employers.name as employer_name',
      'sites.name as site_name',
      'staff.display_name as staff_name',
      (eb) => eb.fn.countAll().over().as('total_count'),
    ])
    .orderBy('service_records.at', 'desc')
    .orderBy('service_records.id', 'desc')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return pageWithTotal(rows, page.page, async () =>
    Number((await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  );
}

/** Counts per (group key, item) in scope and period: the month totals and the export read only this. */
export async function countByItem(
  db: Executor<Database>,
  scope: RegionScope,
  groupBy: 'site' | 'town' | 'staff',
  filters: Filters,
): Promise<{ key: string; item_no: number; n: number }[]> {
  const column = ({ site: 'service_records.site_id', town: 'service_records.town_code', staff: 'service_records.staff_id' } as const)[
    groupBy
  ];
  const rows = await filtered(db, scope, filters)
    .select([`${column} as key`, 'service_records.item_no', (eb) => eb.fn.countAll().as('n')])
    .groupBy([column, 'service_records.item_no'])
    .execute();
  return rows.map((row) => ({ key: String(row.key), item_no: Number(row.item_no), n: Number(row.n) }));
}

/** Counts per (town, site, item) for the export's layout. */
export async function countByTownSiteItem(
  db: Executor<Database>,
  scope: RegionScope,
  filters: Filters,
): Promise<{ town_code: string; site_id: string; item_no: number; n: number }[]> {
  const rows = await filtered(db, scope, filters)
    .select(['service_records.town_code', 'service_records.site_id', 'service_records.item_no', (eb) => eb.fn.countAll().as('n')])
    .groupBy(['service_records.town_code', 'service_records.site_id', 'service_records.item_no'])
    .execute();
  return rows.map((row) => ({ town_code: row.town_code, site_id: row.site_id, item_no: Number(row.item_no), n: Number(row.n) }));
}

/** Display names of sites and staff by id (labels of summary rows; ids come from scoped counts). */
export async function selectSiteNames(db: Executor<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('sites')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function selectStaffNames(db: Executor<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('staff')
    .select(['id', 'display_name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}
