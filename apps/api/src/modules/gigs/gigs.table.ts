import type { GigSignupState } from '@jobcircle/domain';
import type { Insertable, Selectable, Updateable } from 'kysely';

/** A worker signed up for a day job (零工报名); its region is the worker's. */
export interface GigSignupsTable {
  id: string;
  job_id: string;
  resident_id: string;
  site_id: string;
  state: GigSignupState;
  work_date: string;
  checked_in_at: string | null;
  checked_out_at: string | null;
  paid_fen: number | null;
  completed_at: string | null;
  service_record_id: string | null;
  created_by: string | null;
  district_code: string;
  town_code: string;
  village_code: string;
  version: number;
  created_at: string;
  updated_at: string;
}
export type GigSignupRow = Selectable<GigSignupsTable>;
export type NewGigSignupRow = Insertable<GigSignupsTable>;
export type GigSignupRowUpdate = Updateable<GigSignupsTable>;
