import { isTicketOverdue, type Ticket } from '@jobcircle/domain';
import type { HandoverWithNames, TicketWithNames } from './tickets.repository.ts';

// Rows of the tickets tables as the contract's answers (the presenter's input).

export function toTicket(row: TicketWithNames, today: string): Ticket {
  return {
    id: row.id,
    receiptCode: row.receipt_code,
    itemNo: Number(row.item_no),
    residentId: row.resident_id,
    residentName: row.resident_name,
    siteId: row.site_id,
    siteName: row.site_name,
    summary: row.summary,
    channel: row.channel,
    state: row.state,
    receivedByStaffId: row.received_by_staff_id,
    receivedByStaffName: row.received_by_name,
    contactName: row.contact_name,
    contactMobileMasked: row.contact_mobile_masked,
    ownerStaffId: row.owner_staff_id,
    ownerStaffName: row.owner_name,
    receivedAt: row.received_at,
    dueDate: row.due_date,
    isOverdue: isTicketOverdue({ state: row.state, dueDate: row.due_date }, today),
    escalationLevel: Number(row.escalation_level),
    resolution: row.resolution,
    resolvedAt: row.resolved_at,
    resolvedByStaffName: row.resolved_by_name,
    serviceRecordId: row.service_record_id,
    reopenCount: Number(row.reopen_count),
    townCode: row.town_code,
    villageCode: row.village_code,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toHandover(row: HandoverWithNames) {
  return {
    seq: Number(row.seq),
    at: row.at,
    byStaffId: row.by_staff_id,
    byStaffName: row.by_name,
    fromStaffId: row.from_staff_id,
    fromStaffName: row.from_name,
    fromSiteId: row.from_site_id,
    fromSiteName: row.from_site_name,
    toStaffId: row.to_staff_id,
    toStaffName: row.to_name,
    toSiteId: row.to_site_id,
    toSiteName: row.to_site_name,
    reason: row.reason,
  };
}
