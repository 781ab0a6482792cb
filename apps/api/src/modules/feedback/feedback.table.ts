import type { ComplaintCategory, ComplaintState, ComplaintSubject } from '@jobcircle/domain';
import type { Insertable, Selectable, Updateable } from 'kysely';

/** One rating link per service record; the rating is written into the same row, once. */
export interface FeedbackLinksTable {
  id: string;
  service_record_id: string;
  /** SHA-256 (hex) of the link token; the token itself is never stored. */
  token_hash: string;
  item_no: number;
  site_id: string;
  staff_id: string;
  service_at: string;
  issued_by: string;
  issued_at: string;
  expires_at: string;
  rating: number | null;
  comment: string | null;
  rated_at: string | null;
  district_code: string;
  town_code: string;
  village_code: string | null;
}
export type FeedbackLinkRow = Selectable<FeedbackLinksTable>;
export type NewFeedbackLinkRow = Insertable<FeedbackLinksTable>;

export interface ComplaintsTable {
  id: string;
  category: ComplaintCategory;
  subject: ComplaintSubject;
  site_id: string;
  staff_id: string | null;
  service_record_id: string | null;
  resident_id: string | null;
  content: string;
  handler_staff_id: string;
  state: ComplaintState;
  /** Shanghai date, in working days from the receipt (or the last re-opening). */
  deadline: string;
  reply: string | null;
  replied_at: string | null;
  closed_at: string | null;
  reopen_count: number;
  created_by: string;
  district_code: string;
  town_code: string;
  village_code: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}
export type ComplaintRow = Selectable<ComplaintsTable>;
export type NewComplaintRow = Insertable<ComplaintsTable>;
export type ComplaintRowUpdate = Updateable<ComplaintsTable>;

export interface ComplaintEventsTable {
  id: string;
  complaint_id: string;
  at: string;
  action: 'create' | 'reply' | 'accept' | 'reopen';
  staff_id: string;
  text: string | null;
}
export type NewComplaintEventRow = Insertable<ComplaintEventsTable>;
