import type { AppointmentState, RegionScope } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, inScope, pageWithTotal } from '../../db/scope.ts';
import type {
  AppointmentRow,
  AppointmentRowUpdate,
  NewAppointmentRow,
  NewSlotRuleRow,
  SlotRuleRow,
  SlotRuleRowUpdate,
} from './appointments.table.ts';

export type SlotRuleWithNames = SlotRuleRow & { site_name: string; staff_name: string | null };
export type AppointmentWithNames = AppointmentRow & {
  site_name: string;
  staff_name: string | null;
  resident_name: string;
  booked_by_name: string;
};

function rulesWithNames(db: Executor<Database>) {
  return db
    .selectFrom('appointment_slot_rules as r')
    .innerJoin('sites', 'sites.id', 'r.site_id')
    .leftJoin('staff', 'staff.id', 'r.staff_id')
    .selectAll('r')
    .select(['sites.name as site_name', 'staff.display_name as staff_name']);
}

export async function findRuleById(db: Executor<Database>, scope: RegionScope, id: string): Promise<SlotRuleWithNames | undefined> {
  return rulesWithNames(db).where('r.id', '=', id).where(inScope(scope, 'r')).executeTakeFirst();
}

export async function selectRules(
  db: Executor<Database>,
  scope: RegionScope,
  filters: { siteId?: string | undefined; staffId?: string | undefined; ruleId?: string | undefined; activeOnly?: boolean },
): Promise<SlotRuleWithNames[]> {
  return rulesWithNames(db)
    .where(inScope(scope, 'r'))
    .$if(filters.siteId !== undefined, (qb) => qb.where('r.site_id', '=', filters.siteId as string))
    .$if(filters.staffId !== undefined, (qb) => qb.where('r.staff_id', '=', filters.staffId as string))
    .$if(filters.ruleId !== undefined, (qb) => qb.where('r.id', '=', filters.ruleId as string))
    .$if(filters.activeOnly === true, (qb) => qb.where('r.is_active', '=', 1))
    .orderBy('r.site_id')
    .orderBy('r.start_time')
    .orderBy('r.id')
    .execute();
}

export async function insertRule(trx: Executor<Database>, row: NewSlotRuleRow): Promise<void> {
  await trx.insertInto('appointment_slot_rules').values(row).execute();
}

export async function updateRuleAtVersion(
  trx: Executor<Database>,
  scope: RegionScope,
  id: string,
  version: number,
  patch: SlotRuleRowUpdate,
): Promise<boolean> {
  const result = await trx
    .updateTable('appointment_slot_rules')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where(inScope(scope, 'appointment_slot_rules'))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Booked places of the materialised slots of these rules in a period, by `ruleId|startsAt`. */
export async function selectBookedCounts(
  db: Executor<Database>,
  ruleIds: readonly string[],
  fromIso: string,
  toIso: string,
): Promise<Map<string, number>> {
  if (ruleIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('appointment_slots')
    .select(['rule_id', 'starts_at', 'booked'])
    .where('rule_id', 'in', [...ruleIds])
    .where('starts_at', '>=', fromIso)
    .where('starts_at', '<', toIso)
    .execute();
  return new Map(rows.map((row) => [`${row.rule_id}|${row.starts_at}`, Number(row.booked)]));
}

/** The slot's counter row, made on its first booking (a second maker finds it there). */
export async function ensureSlot(
  trx: Executor<Database>,
  slot: { id: string; rule_id: string; starts_at: string; ends_at: string; capacity: number },
): Promise<string> {
  await trx
    .insertInto('appointment_slots')
    .values({ ...slot, booked: 0 })
    .onConflict((oc) => oc.columns(['rule_id', 'starts_at']).doNothing())
    .execute();
  const row = await trx
    .selectFrom('appointment_slots')
    .select('id')
    .where('rule_id', '=', slot.rule_id)
    .where('starts_at', '=', slot.starts_at)
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Takes one place if one is left: a single conditional update, so two simultaneous bookings of the
 * last place cannot both succeed (the second waits for the first's row lock, then finds it full).
 */
export async function takePlace(trx: Executor<Database>, slotId: string): Promise<boolean> {
  const result = await trx
    .updateTable('appointment_slots')
    .set((eb) => ({ booked: eb('booked', '+', 1) }))
    .where('id', '=', slotId)
    .whereRef('booked', '<', 'capacity')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function releasePlace(trx: Executor<Database>, slotId: string): Promise<void> {
  await trx
    .updateTable('appointment_slots')
    .set((eb) => ({ booked: eb('booked', '-', 1) }))
    .where('id', '=', slotId)
    .where('booked', '>', 0)
    .execute();
}

function appointmentsWithNames(db: Executor<Database>) {
  return db
    .selectFrom('appointments as a')
    .innerJoin('sites', 'sites.id', 'a.site_id')
    .innerJoin('staff as booked_by', 'booked_by.id', 'a.booked_by_staff_id')
    .innerJoin('residents', 'residents.id', 'a.resident_id')
    .leftJoin('staff', 'staff.id', 'a.staff_id')
    .selectAll('a')
    .select([
      'sites.name as site_name',
      'staff.display_name as staff_name',
      'residents.name as resident_name',
      'booked_by.display_name as booked_by_name',
    ]);
}

export async function findAppointmentById(
  db: Executor<Database>,
  scope: RegionScope,
  id: string,
): Promise<AppointmentWithNames | undefined> {
  return appointmentsWithNames(db).where('a.id', '=', id).where(inScope(scope, 'a')).executeTakeFirst();
}

/** Unscoped, for the background reminder (no actor). */
export async function findAppointmentForSystem(db: Executor<Database>, id: string): Promise<AppointmentRow | undefined> {
  return db.selectFrom('appointments').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface AppointmentFilters {
  siteId?: string | undefined;
  staffId?: string | undefined;
  residentId?: string | undefined;
  state?: AppointmentState | undefined;
  fromIso?: string | undefined;
  toIso?: string | undefined;
}

export async function selectAppointmentPage(
  db: Kysely<Database>,
  scope: RegionScope,
  filters: AppointmentFilters,
  page: { page: number; pageSize: number },
): Promise<{ rows: AppointmentWithNames[]; total: number }> {
  const filtered = db
    .selectFrom('appointments as a')
    .where(inScope(scope, 'a'))
    .$if(filters.siteId !== undefined, (qb) => qb.where('a.site_id', '=', filters.siteId as string))
    .$if(filters.staffId !== undefined, (qb) => qb.where('a.staff_id', '=', filters.staffId as string))
    .$if(filters.residentId !== undefined, (qb) => qb.where('a.resident_id', '=', filters.residentId as string))
    .$if(filters.state !== undefined, (qb) => qb.where('a.state', '=', filters.state as AppointmentState))
    .$if(filters.fromIso !== undefined, (qb) => qb.where('a.starts_at', '>=', filters.fromIso as string))
    .$if(filters.toIso !== undefined, (qb) => qb.where('a.starts_at', '<', filters.toIso as string));
  const rows = await filtered
    .innerJoin('sites', 'sites.id', 'a.site_id')
    .innerJoin('staff as booked_by', 'booked_by.id', 'a.booked_by_staff_id')
    .innerJoin('residents', 'residents.id', 'a.resident_id')
    .leftJoin('staff', 'staff.id', 'a.staff_id')
    .selectAll('a')
    .select([
      'sites.name as site_name',
      'staff.display_name as staff_name',
      'residents.name as resident_name',
      'booked_by.display_name as booked_by_name',
      (eb) => eb.fn.countAll().over().as('total_count'),
    ])
    .orderBy('a.starts_at')
    .orderBy('a.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return pageWithTotal(rows, page.page, async () =>
    Number((await filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  );
}

/** Whether the resident already holds a booked place of this slot. */
export async function hasBookedPlace(trx: Executor<Database>, slotId: string, residentId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('appointments')
    .select('id')
    .where('slot_id', '=', slotId)
    .where('resident_id', '=', residentId)
    .where('state', '=', 'booked')
    .executeTakeFirst();
  return row !== undefined;
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Inserts the booking; false when the resident already holds a booked place of the slot (the
 * partial unique index decides between two simultaneous requests of the same resident).
 */
export async function insertAppointment(trx: Executor<Database>, row: NewAppointmentRow): Promise<boolean> {
  try {
    await trx.insertInto('appointments').values(row).execute();
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export async function updateAppointmentAtVersion(
  trx: Executor<Database>,
  scope: RegionScope,
  id: string,
  version: number,
  patch: AppointmentRowUpdate,
): Promise<boolean> {
  const result = await trx
    .updateTable('appointments')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where(inScope(scope, 'appointments'))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The reminder's outcome, written once by the background task. */
export async function setReminderState(trx: Executor<Database>, id: string, state: AppointmentRow['reminder_state']): Promise<boolean> {
  const result = await trx
    .updateTable('appointments')
    .set({ reminder_state: state })
    .where('id', '=', id)
    .where('reminder_state', '=', 'scheduled')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** An active staff member of the district, for a rule's owner. */
export async function findActiveStaffMember(
  db: Executor<Database>,
  districtCode: string,
  id: string,
): Promise<{ id: string; site_id: string | null; role: string } | undefined> {
  return db
    .selectFrom('staff')
    .select(['id', 'site_id', 'role'])
    .where('id', '=', id)
    .where('district_code', '=', districtCode)
    .where('is_active', '=', 1)
    .executeTakeFirst();
}

export async function findSiteRegion(
  db: Executor<Database>,
  id: string,
): Promise<{ district_code: string; town_code: string; village_code: string | null; is_active: number } | undefined> {
  return db.selectFrom('sites').select(['district_code', 'town_code', 'village_code', 'is_active']).where('id', '=', id).executeTakeFirst();
}
