import type { Appointment, SlotRule } from '@jobcircle/domain';
import type { AppointmentWithNames, SlotRuleWithNames } from './appointments.repository.ts';
import type { RuleShape } from './appointments.rules.ts';

// Rows of the appointments tables as the contract's answers (the presenter's input).

export function shapeOf(row: SlotRuleWithNames): RuleShape {
  return {
    weekdays: JSON.parse(row.weekdays) as number[],
    startTime: row.start_time,
    endTime: row.end_time,
    slotMinutes: Number(row.slot_minutes),
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

export function toRule(row: SlotRuleWithNames): SlotRule {
  const shape = shapeOf(row);
  return {
    id: row.id,
    siteId: row.site_id,
    siteName: row.site_name,
    staffId: row.staff_id,
    staffName: row.staff_name,
    itemNo: row.item_no === null ? null : Number(row.item_no),
    title: row.title,
    weekdays: [...shape.weekdays],
    startTime: row.start_time,
    endTime: row.end_time,
    slotMinutes: shape.slotMinutes,
    capacity: Number(row.capacity),
    validFrom: row.valid_from,
    validTo: row.valid_to,
    isActive: Boolean(row.is_active),
    townCode: row.town_code,
    villageCode: row.village_code,
    version: Number(row.version),
  };
}

export function toAppointment(row: AppointmentWithNames): Appointment {
  return {
    id: row.id,
    ruleId: row.rule_id,
    siteId: row.site_id,
    siteName: row.site_name,
    staffId: row.staff_id,
    staffName: row.staff_name,
    residentId: row.resident_id,
    residentName: row.resident_name,
    itemNo: Number(row.item_no),
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    state: row.state,
    note: row.note,
    reminderState: row.reminder_state,
    bookedByStaffName: row.booked_by_name,
    checkedInAt: row.checked_in_at,
    cancelledAt: row.cancelled_at,
    serviceRecordId: row.service_record_id,
    townCode: row.town_code,
    villageCode: row.village_code,
    version: Number(row.version),
    createdAt: row.created_at,
  };
}
