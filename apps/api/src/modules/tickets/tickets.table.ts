import type { TicketChannel, TicketState } from '@jobcircle/domain';
import type { Insertable, Selectable, Updateable } from 'kysely';

/**
 * A first-inquiry ticket (首问责任): owned by whoever received it until resolved or handed over; one
 * sent from a site's public page is owned by nobody until a staff member of the site takes it.
 */
export interface TicketsTable {
  id: string;
  /** 8 characters of RECEIPT_CODE_ALPHABET, random, unique: the resident's handle on the public page. */
  receipt_code: string;
  item_no: number;
  resident_id: string | null;
  /** The site that holds it now (the receiving site, or the site it was handed to). */
  site_id: string;
  summary: string;
  channel: TicketChannel;
  state: TicketState;
  /** Null for a request sent from the site's public page (channel public_page). */
  received_by_staff_id: string | null;
  /** Null while it waits at a site it was handed to (any staff member of that site may take it up). */
  owner_staff_id: string | null;
  received_at: string;
  /** Shanghai date `YYYY-MM-DD`, in working days from the receipt (or the last re-opening). */
  due_date: string;
  escalation_level: number;
  resolution: string | null;
  resolved_at: string | null;
  resolved_by_staff_id: string | null;
  service_record_id: string | null;
  reopen_count: number;
  /** The sender of a public-page request; the mobile as FieldCipher text, blind index and masked form. */
  contact_name: string | null;
  contact_mobile_cipher: string | null;
  contact_mobile_blind: string | null;
  contact_mobile_masked: string | null;
  district_code: string;
  town_code: string;
  village_code: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}
export type TicketRow = Selectable<TicketsTable>;
export type NewTicketRow = Insertable<TicketsTable>;
export type TicketRowUpdate = Updateable<TicketsTable>;

/** The hand-over chain, in order (seq 1, 2, …). */
export interface TicketHandoversTable {
  id: string;
  ticket_id: string;
  seq: number;
  at: string;
  by_staff_id: string;
  from_staff_id: string | null;
  from_site_id: string;
  to_staff_id: string | null;
  to_site_id: string;
  reason: string;
}
export type NewTicketHandoverRow = Insertable<TicketHandoversTable>;

/** Working days per item (district admins edit it); an item without a row has the default. */
export interface TicketItemDeadlinesTable {
  item_no: number;
  working_days: number;
  updated_by: string | null;
  updated_at: string;
}
