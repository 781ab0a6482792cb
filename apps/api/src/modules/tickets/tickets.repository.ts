import type { RegionScope, Role, TicketState, TicketView } from '@jobcircle/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, inScope, pageWithTotal } from '../../db/scope.ts';
import type { NewTicketHandoverRow, NewTicketRow, TicketRow, TicketRowUpdate } from './tickets.table.ts';

export type TicketWithNames = TicketRow & {
  site_name: string;
  resident_name: string | null;
  received_by_name: string | null;
  owner_name: string | null;
  resolved_by_name: string | null;
};

export interface HandoverWithNames {
  seq: number;
  at: string;
  by_staff_id: string;
  by_name: string;
  from_staff_id: string | null;
  from_name: string | null;
  from_site_id: string;
  from_site_name: string;
  to_staff_id: string | null;
  to_name: string | null;
  to_site_id: string;
  to_site_name: string;
  reason: string;
}

function ticketsWithNames(db: Executor<Database>) {
  return db
    .selectFrom('tickets')
    .innerJoin('sites', 'sites.id', 'tickets.site_id')
    .leftJoin('staff as received_by', 'received_by.id', 'tickets.received_by_staff_id')
    .leftJoin('staff as owner', 'owner.id', 'tickets.owner_staff_id')
    .leftJoin('staff as resolved_by', 'resolved_by.id', 'tickets.resolved_by_staff_id')
    .leftJoin('residents', 'residents.id', 'tickets.resident_id')
    .selectAll('tickets')
    .select([
      'sites.name as site_name',
      'residents.name as resident_name',
      'received_by.display_name as received_by_name',
      'owner.display_name as owner_name',
      'resolved_by.display_name as resolved_by_name',
    ]);
}

export async function findTicketById(db: Executor<Database>, scope: RegionScope, id: string): Promise<TicketWithNames | undefined> {
  return ticketsWithNames(db).where('tickets.id', '=', id).where(inScope(scope, 'tickets')).executeTakeFirst();
}

/** Unscoped, for the background escalation (no actor) and the public status page (by receipt code). */
export async function findTicketForSystem(db: Executor<Database>, id: string): Promise<TicketRow | undefined> {
  return db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Unscoped on purpose: the receipt code is the resident's only key; the caller shows no personal data. */
export async function findPublicTicketByCode(
  db: Executor<Database>,
  code: string,
): Promise<
  | {
      receipt_code: string;
      state: TicketState;
      item_no: number;
      site_name: string;
      received_at: string;
      due_date: string;
      resolved_at: string | null;
    }
  | undefined
> {
  return db
    .selectFrom('tickets')
    .innerJoin('sites', 'sites.id', 'tickets.site_id')
    .select([
      'tickets.receipt_code',
      'tickets.state',
      'tickets.item_no',
      'sites.name as site_name',
      'tickets.received_at',
      'tickets.due_date',
      'tickets.resolved_at',
    ])
    .where('tickets.receipt_code', '=', code)
    .executeTakeFirst();
}

export async function isReceiptCodeTaken(db: Executor<Database>, code: string): Promise<boolean> {
  return (await db.selectFrom('tickets').select('id').where('receipt_code', '=', code).executeTakeFirst()) !== undefined;
}

export interface TicketFilters {
  view: TicketView;
  staffId: string;
  siteId: string | undefined;
  state: TicketState | undefined;
  overdue: boolean | undefined;
  itemNo: number | undefined;
  today: string;
}

/** Open before resolved; open ones by due date (so overdue first), then by receipt. */
export async function selectTicketPage(
  db: Kysely<Database>,
  scope: RegionScope,
  filters: TicketFilters,
  page: { page: number; pageSize: number },
): Promise<{ rows: TicketWithNames[]; total: number }> {
  const filtered = db
    .selectFrom('tickets')
    .where(inScope(scope, 'tickets'))
    .$if(filters.view === 'mine', (qb) => qb.where('tickets.owner_staff_id', '=', filters.staffId))
    .$if(filters.siteId !== undefined, (qb) => qb.where('tickets.site_id', '=', filters.siteId as string))
    .$if(filters.state !== undefined, (qb) => qb.where('tickets.state', '=', filters.state as TicketState))
    .$if(filters.overdue === true, (qb) => qb.where('tickets.state', '=', 'open').where('tickets.due_date', '<', filters.today))
    .$if(filters.overdue === false, (qb) =>
      qb.where((eb) => eb.or([eb('tickets.state', '<>', 'open'), eb('tickets.due_date', '>=', filters.today)])),
    )
    .$if(filters.itemNo !== undefined, (qb) => qb.where('tickets.item_no', '=', filters.itemNo as number));
  const rows = await filtered
    .innerJoin('sites', 'sites.id', 'tickets.site_id')
    .leftJoin('staff as received_by', 'received_by.id', 'tickets.received_by_staff_id')
    .leftJoin('staff as owner', 'owner.id', 'tickets.owner_staff_id')
    .leftJoin('staff as resolved_by', 'resolved_by.id', 'tickets.resolved_by_staff_id')
    .leftJoin('residents', 'residents.id', 'tickets.resident_id')
    .selectAll('tickets')
    .select([
      'sites.name as site_name',
      'residents.name as resident_name',
      'received_by.display_name as received_by_name',
      'owner.display_name as owner_name',
      'resolved_by.display_name as resolved_by_name',
      (eb) => eb.fn.countAll().over().as('total_count'),
    ])
    .orderBy(sql`case when ${sql.ref('tickets.state')} = 'open' then 0 else 1 end`)
    .orderBy('tickets.due_date')
    .orderBy('tickets.received_at')
    .orderBy('tickets.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return pageWithTotal(rows, page.page, async () =>
    Number((await filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  );
}

export async function insertTicket(trx: Executor<Database>, row: NewTicketRow): Promise<void> {
  await trx.insertInto('tickets').values(row).execute();
}

/** Optimistic update in scope: changes the row only if it is still at `version`. */
export async function updateTicketAtVersion(
  trx: Executor<Database>,
  scope: RegionScope,
  id: string,
  version: number,
  patch: TicketRowUpdate,
): Promise<boolean> {
  const result = await trx
    .updateTable('tickets')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where(inScope(scope, 'tickets'))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Raises the escalation level of a still-open ticket by one step; false when it was already there or closed. */
export async function raiseEscalation(trx: Executor<Database>, id: string, dueDate: string, level: number, at: string): Promise<boolean> {
  const result = await trx
    .updateTable('tickets')
    .set({ escalation_level: level, updated_at: at })
    .where('id', '=', id)
    .where('state', '=', 'open')
    .where('due_date', '=', dueDate)
    .where('escalation_level', '=', level - 1)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertHandover(trx: Executor<Database>, row: Omit<NewTicketHandoverRow, 'seq'>): Promise<number> {
  const last = await trx
    .selectFrom('ticket_handovers')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('ticket_id', '=', row.ticket_id)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  await trx
    .insertInto('ticket_handovers')
    .values({ ...row, seq })
    .execute();
  return seq;
}

/** The hand-over chain of one ticket (already checked to be in scope), in order. */
export async function selectHandovers(db: Executor<Database>, ticketId: string): Promise<HandoverWithNames[]> {
  return db
    .selectFrom('ticket_handovers as h')
    .innerJoin('staff as by', 'by.id', 'h.by_staff_id')
    .leftJoin('staff as from_staff', 'from_staff.id', 'h.from_staff_id')
    .leftJoin('staff as to_staff', 'to_staff.id', 'h.to_staff_id')
    .innerJoin('sites as from_site', 'from_site.id', 'h.from_site_id')
    .innerJoin('sites as to_site', 'to_site.id', 'h.to_site_id')
    .select([
      'h.seq',
      'h.at',
      'h.by_staff_id',
      'by.display_name as by_name',
      'h.from_staff_id',
      'from_staff.display_name as from_name',
      'h.from_site_id',
      'from_site.name as from_site_name',
      'h.to_staff_id',
      'to_staff.display_name as to_name',
      'h.to_site_id',
      'to_site.name as to_site_name',
      'h.reason',
    ])
    .where('h.ticket_id', '=', ticketId)
    .orderBy('h.seq')
    .execute();
}

/** The site a public-page request names: active, anywhere (the sender has no scope), with its region. */
export async function findActiveSiteForPublic(
  db: Executor<Database>,
  id: string,
): Promise<{ id: string; name: string; district_code: string; town_code: string; village_code: string | null } | undefined> {
  return db
    .selectFrom('sites')
    .select(['id', 'name', 'district_code', 'town_code', 'village_code'])
    .where('id', '=', id)
    .where('is_active', '=', 1)
    .executeTakeFirst();
}

/** The active staff working at a site in one of the given roles (those who answer its tickets). */
export async function selectSiteStaff(db: Executor<Database>, siteId: string, roles: readonly Role[]): Promise<string[]> {
  if (roles.length === 0) return [];
  const rows = await db
    .selectFrom('staff')
    .select('id')
    .where('site_id', '=', siteId)
    .where('role', 'in', [...roles])
    .where('is_active', '=', 1)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

/** Makes `staffId` the owner of an open ticket that has none; false when someone took it first. */
export async function takeUnowned(trx: Executor<Database>, scope: RegionScope, id: string, staffId: string, at: string): Promise<boolean> {
  const result = await trx
    .updateTable('tickets')
    .set((eb) => ({ owner_staff_id: staffId, updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('state', '=', 'open')
    .where('owner_staff_id', 'is', null)
    .where(inScope(scope, 'tickets'))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A hand-over target anywhere in the district: an active site with its region. */
export async function findActiveSite(
  db: Executor<Database>,
  districtCode: string,
  id: string,
): Promise<{ id: string; district_code: string; town_code: string; village_code: string | null } | undefined> {
  return db
    .selectFrom('sites')
    .select(['id', 'district_code', 'town_code', 'village_code'])
    .where('id', '=', id)
    .where('district_code', '=', districtCode)
    .where('is_active', '=', 1)
    .executeTakeFirst();
}

/** A hand-over target anywhere in the district: an active staff member with the site they work at. */
export async function findActiveStaff(
  db: Executor<Database>,
  districtCode: string,
  id: string,
): Promise<{ id: string; site_id: string | null } | undefined> {
  return db
    .selectFrom('staff')
    .select(['id', 'site_id'])
    .where('id', '=', id)
    .where('district_code', '=', districtCode)
    .where('is_active', '=', 1)
    .executeTakeFirst();
}

/**
 * The station head (站长) of a site: its active staff with the position 管理人员 (administrator); for
 * a village point without one, those of the station it belongs to (its parent site).
 */
export async function selectStationHeads(db: Executor<Database>, siteId: string): Promise<string[]> {
  const own = await db
    .selectFrom('staff')
    .select('staff.id')
    .where('staff.site_id', '=', siteId)
    .where('staff.position', '=', 'administrator')
    .where('staff.is_active', '=', 1)
    .orderBy('staff.id')
    .execute();
  if (own.length > 0) return own.map((row) => row.id);
  const parent = await db
    .selectFrom('sites as site')
    .innerJoin('staff', 'staff.site_id', 'site.parent_site_id')
    .select('staff.id')
    .where('site.id', '=', siteId)
    .where('staff.position', '=', 'administrator')
    .where('staff.is_active', '=', 1)
    .orderBy('staff.id')
    .execute();
  return parent.map((row) => row.id);
}

/** The town's admins (乡镇管理员) who hear of a ticket that stays overdue. */
export async function selectTownAdmins(db: Executor<Database>, townCode: string): Promise<string[]> {
  const rows = await db
    .selectFrom('staff')
    .select('id')
    .where('role', '=', 'town_admin')
    .where('town_code', '=', townCode)
    .where('region_level', '=', 'town')
    .where('is_active', '=', 1)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

export async function selectItemDeadlines(
  db: Executor<Database>,
): Promise<{ item_no: number; working_days: number; updated_at: string }[]> {
  return db.selectFrom('ticket_item_deadlines').select(['item_no', 'working_days', 'updated_at']).orderBy('item_no').execute();
}

export async function findItemDeadline(db: Executor<Database>, itemNo: number): Promise<number | undefined> {
  const row = await db.selectFrom('ticket_item_deadlines').select('working_days').where('item_no', '=', itemNo).executeTakeFirst();
  return row === undefined ? undefined : Number(row.working_days);
}

export async function upsertItemDeadline(
  trx: Executor<Database>,
  itemNo: number,
  workingDays: number,
  staffId: string,
  at: string,
): Promise<void> {
  await trx
    .insertInto('ticket_item_deadlines')
    .values({ item_no: itemNo, working_days: workingDays, updated_by: staffId, updated_at: at })
    .onConflict((oc) => oc.column('item_no').doUpdateSet({ working_days: workingDays, updated_by: staffId, updated_at: at }))
    .execute();
}
