import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { newId } from '../../platform/ids.ts';

/**
 * Test and benchmark data for the workbench: open tickets and today's appointments written straight
 * into the desk's tables (their own modules are tested through their API). Never used by the app.
 */
export interface DeskPlace {
  siteId: string;
  staffId: string;
  districtCode: string;
  townCode: string;
  villageCode: string | null;
}

export async function insertOpenTickets(
  db: Kysely<Database>,
  place: DeskPlace,
  tickets: { dueDate: string; itemNo?: number; residentId?: string | null }[],
  now: Date,
): Promise<string[]> {
  const at = now.toISOString();
  const rows = tickets.map((ticket, i) => ({
    id: newId(),
    receipt_code: newId().replaceAll('-', '').slice(-8).toUpperCase(),
    item_no: ticket.itemNo ?? 3,
    resident_id: ticket.residentId ?? null,
    site_id: place.siteId,
    summary: `测试受理单 ${i + 1}`,
    channel: 'walk_in' as const,
    state: 'open' as const,
    received_by_staff_id: place.staffId,
    owner_staff_id: place.staffId,
    received_at: at,
    due_date: ticket.dueDate,
    escalation_level: 0,
    resolution: null,
    resolved_at: null,
    resolved_by_staff_id: null,
    service_record_id: null,
    reopen_count: 0,
    district_code: place.districtCode,
    town_code: place.townCode,
    village_code: place.villageCode,
    version: 1,
    created_at: at,
    updated_at: at,
  }));
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('tickets')
      .values(rows.slice(i, i + 200))
      .execute();
  return rows.map((row) => row.id);
}

/** `count` booked appointments for residents, `spacingMinutes` apart (15 by default) from `firstStartsAt`. */
export async function insertAppointments(
  db: Kysely<Database>,
  place: DeskPlace,
  residentIds: readonly string[],
  firstStartsAt: Date,
  count: number,
  now: Date,
  spacingMinutes = 15,
): Promise<void> {
  const at = now.toISOString();
  const ruleId = newId();
  await db
    .insertInto('appointment_slot_rules')
    .values({
      id: ruleId,
      site_id: place.siteId,
      staff_id: place.staffId,
      item_no: 8,
      title: '职业指导',
      weekdays: '[1,2,3,4,5]',
      start_time: '08:30',
      end_time: '17:00',
      slot_minutes: 15,
      capacity: 1,
      valid_from: '2026-01-01',
      valid_to: null,
      is_active: 1,
      created_by: place.staffId,
      district_code: place.districtCode,
      town_code: place.townCode,
      village_code: place.villageCode,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  for (let i = 0; i < count; i++) {
    const startsAt = new Date(firstStartsAt.getTime() + i * spacingMinutes * 60_000);
    const endsAt = new Date(startsAt.getTime() + spacingMinutes * 60_000);
    const slotId = newId();
    await db
      .insertInto('appointment_slots')
      .values({ id: slotId, rule_id: ruleId, starts_at: startsAt.toISOString(), ends_at: endsAt.toISOString(), capacity: 1, booked: 1 })
      .execute();
    await db
      .insertInto('appointments')
      .values({
        id: newId(),
        slot_id: slotId,
        rule_id: ruleId,
        site_id: place.siteId,
        staff_id: place.staffId,
        resident_id: residentIds[i % residentIds.length] as string,
        item_no: 8,
        title: '职业指导',
        starts_at: startsAt.toISOString(),
        ends_at: endsAt.toISOString(),
        state: 'booked',
        note: null,
        reminder_state: 'scheduled',
        booked_by_staff_id: place.staffId,
        checked_in_at: null,
        cancelled_at: null,
        service_record_id: null,
        district_code: place.districtCode,
        town_code: place.townCode,
        village_code: place.villageCode,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
}
