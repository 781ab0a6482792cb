import type { AppointmentState, ReminderState } from '@jobcircle/domain';
import type { Insertable, Selectable, Updateable } from 'kysely';

/** Weekly opening hours of a site's desk or of one staff member or mentor, cut into slots. */
export interface AppointmentSlotRulesTable {
  id: string;
  site_id: string;
  staff_id: string | null;
  item_no: number | null;
  title: string;
  /** JSON text of ISO weekdays (1 = Monday … 7 = Sunday). */
  weekdays: string;
  start_time: string;
  end_time: string;
  slot_minutes: number;
  capacity: number;
  valid_from: string;
  valid_to: string | null;
  is_active: number;
  created_by: string;
  district_code: string;
  town_code: string;
  village_code: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}
export type SlotRuleRow = Selectable<AppointmentSlotRulesTable>;
export type NewSlotRuleRow = Insertable<AppointmentSlotRulesTable>;
export type SlotRuleRowUpdate = Updateable<AppointmentSlotRulesTable>;

/**
 * A slot with a booking, materialised on its first booking: the capacity counter that makes the
 * last place impossible to book twice (`booked = booked + 1 where booked < capacity`, and a check
 * constraint as the last guard).
 */
export interface AppointmentSlotsTable {
  id: string;
  rule_id: string;
  starts_at: string;
  ends_at: string;
  capacity: number;
  booked: number;
}
export type SlotRow = Selectable<AppointmentSlotsTable>;

export interface AppointmentsTable {
  id: string;
  slot_id: string;
  rule_id: string;
  site_id: string;
  staff_id: string | null;
  resident_id: string;
  item_no: number;
  title: string;
  starts_at: string;
  ends_at: string;
  state: AppointmentState;
  note: string | null;
  reminder_state: ReminderState;
  booked_by_staff_id: string;
  checked_in_at: string | null;
  cancelled_at: string | null;
  service_record_id: string | null;
  district_code: string;
  town_code: string;
  village_code: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}
export type AppointmentRow = Selectable<AppointmentsTable>;
export type NewAppointmentRow = Insertable<AppointmentsTable>;
export type AppointmentRowUpdate = Updateable<AppointmentsTable>;
