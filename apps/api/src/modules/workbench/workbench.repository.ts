import type { RegionScope } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { inScope } from '../../db/scope.ts';

/**
 * Read-side queries over other modules' tables (see README.md): every one under the actor's scope,
 * bounded, and served by the indexes of those tables.
 */

/** Whose panel: a site's, one staff member's, or the whole scope's. */
export interface Focus {
  siteId: string | null;
  staffId: string | null;
}

const LIST_LIMIT = 50;

export async function selectAppointmentsBetween(db: Kysely<Database>, scope: RegionScope, focus: Focus, fromAt: string, toAt: string) {
  const base = db
    .selectFrom('appointments')
    .where(inScope(scope, 'appointments'))
    .where('appointments.starts_at', '>=', fromAt)
    .where('appointments.starts_at', '<', toAt)
    .where('appointments.state', '!=', 'cancelled')
    .$if(focus.siteId !== null, (qb) => qb.where('appointments.site_id', '=', focus.siteId as string));
  const rows = await base
    .innerJoin('residents', 'residents.id', 'appointments.resident_id')
    .innerJoin('sites', 'sites.id', 'appointments.site_id')
    .leftJoin('staff', 'staff.id', 'appointments.staff_id')
    .select([
      'appointments.id',
      'appointments.starts_at',
      'appointments.ends_at',
      'appointments.state',
      'residents.name as resident_name',
      'sites.name as site_name',
      'staff.display_name as staff_name',
      (eb) => eb.fn.countAll().over().as('total_count'),
    ])
    .orderBy('appointments.starts_at')
    .orderBy('appointments.id')
    .limit(LIST_LIMIT)
    .execute();
  return { rows, total: Number(rows[0]?.total_count ?? 0) };
}

/**
 * Open tickets: one person's, with those waiting unowned at `waitingAtSiteId` (their own site,
 * 待接手) alongside; or all in scope.
 */
export async function selectOpenTickets(
  db: Kysely<Database>,
  scope: RegionScope,
  focus: Focus,
  today: string,
  waitingAtSiteId: string | null = null,
) {
  const base = db
    .selectFrom('tickets')
    .where(inScope(scope, 'tickets'))
    .where('tickets.state', '=', 'open')
    .$if(focus.staffId !== null, (qb) =>
      qb.where((eb) =>
        waitingAtSiteId === null
          ? eb('tickets.owner_staff_id', '=', focus.staffId as string)
          : eb.or([
              eb('tickets.owner_staff_id', '=', focus.staffId as string),
              eb.and([eb('tickets.owner_staff_id', 'is', null), eb('tickets.site_id', '=', waitingAtSiteId)]),
            ]),
      ),
    );
  const rows = await base
    .leftJoin('staff', 'staff.id', 'tickets.owner_staff_id')
    .select([
      'tickets.id',
      'tickets.receipt_code',
      'tickets.item_no',
      'tickets.summary',
      'tickets.state',
      'tickets.due_date',
      'tickets.owner_staff_id',
      'staff.display_name as owner_name',
      (eb) => eb.fn.countAll().over().as('total_count'),
    ])
    // Earliest due first: the overdue ones lead.
    .orderBy('tickets.due_date')
    .orderBy('tickets.id')
    .limit(LIST_LIMIT)
    .execute();
  const overdue = await base
    .where('tickets.due_date', '<', today)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(rows[0]?.total_count ?? 0), overdue: Number(overdue.n) };
}

/** Assistance files whose next follow-up falls on or before `until` (overdue ones included). */
export async function selectFollowUpsDue(db: Kysely<Database>, scope: RegionScope, focus: Focus, until: string) {
  return db
    .selectFrom('assistance_files')
    .innerJoin('residents', 'residents.id', 'assistance_files.resident_id')
    .leftJoin('regions as village', 'village.code', 'residents.village_code')
    .where(inScope(scope, 'residents', { hasGrid: true }))
    .where('residents.merged_into_id', 'is', null)
    .where('assistance_files.next_follow_up_date', 'is not', null)
    .where('assistance_files.next_follow_up_date', '<=', until)
    .$if(focus.staffId !== null, (qb) => qb.where('assistance_files.responsible_staff_id', '=', focus.staffId as string))
    .select([
      'residents.id as resident_id',
      'residents.name as resident_name',
      'village.name as village_name',
      'assistance_files.classification',
      'assistance_files.next_follow_up_date',
    ])
    .orderBy('assistance_files.next_follow_up_date')
    .orderBy('residents.id')
    .limit(LIST_LIMIT)
    .execute();
}

export async function selectRecentServices(db: Kysely<Database>, scope: RegionScope, focus: Focus, limit: number) {
  return db
    .selectFrom('service_records')
    .where(inScope(scope, 'service_records', { hasGrid: true }))
    .$if(focus.staffId !== null, (qb) => qb.where('service_records.staff_id', '=', focus.staffId as string))
    .leftJoin('residents', 'residents.id', 'service_records.resident_id')
    .leftJoin('employers', 'employers.id', 'service_records.employer_id')
    .select([
      'service_records.id',
      'service_records.item_no',
      'service_records.channel',
      'service_records.outcome',
      'service_records.at',
      'residents.name as resident_name',
      'employers.name as employer_name',
    ])
    .orderBy('service_records.at', 'desc')
    .orderBy('service_records.id', 'desc')
    .limit(limit)
    .execute();
}

/** This period's count per item for the site, the staff member, or the whole scope. */
export async function countServicesByItem(
  db: Kysely<Database>,
  scope: RegionScope,
  focus: Focus,
  fromAt: string,
  toAt: string,
): Promise<{ item_no: number; n: number }[]> {
  const rows = await db
    .selectFrom('service_records')
    .where(inScope(scope, 'service_records', { hasGrid: true }))
    .where('service_records.at', '>=', fromAt)
    .where('service_records.at', '<', toAt)
    .$if(focus.siteId !== null, (qb) => qb.where('service_records.site_id', '=', focus.siteId as string))
    .$if(focus.siteId === null && focus.staffId !== null, (qb) => qb.where('service_records.staff_id', '=', focus.staffId as string))
    .select(['service_records.item_no', (eb) => eb.fn.countAll().as('n')])
    .groupBy('service_records.item_no')
    .execute();
  return rows.map((row) => ({ item_no: Number(row.item_no), n: Number(row.n) }));
}

export async function findSiteName(db: Kysely<Database>, siteId: string): Promise<string | null> {
  const row = await db.selectFrom('sites').select('name').where('id', '=', siteId).executeTakeFirst();
  return row?.name ?? null;
}
