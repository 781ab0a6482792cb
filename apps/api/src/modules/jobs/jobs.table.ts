import type { AgeReason, EducationLevel, JobKind, JobSource, JobState, PayUnit } from '@jobcircle/domain';
import type { Insertable, Selectable, Updateable } from 'kysely';

/** A job collected from an employer (岗位, items 4–6); its region is the employer's. */
export interface JobsTable {
  id: string;
  employer_id: string;
  site_id: string;
  kind: JobKind;
  occupation_code: string;
  title: string;
  description: string;
  education_min: EducationLevel | null;
  /** JSON text of skill names. */
  skills: string;
  /** JSON text of certificate names. */
  certificates: string;
  experience_years: number | null;
  requirements_note: string | null;
  age_min: number | null;
  age_max: number | null;
  age_reason: AgeReason | null;
  headcount: number;
  hired_count: number;
  pay_min_fen: number;
  pay_max_fen: number;
  pay_unit: PayUnit;
  work_hours: 'full_time' | 'part_time' | 'flexible' | 'any';
  daily_hours: string | null;
  shifts: string | null;
  work_days: string | null;
  address: string;
  lng: number | null;
  lat: number | null;
  /** JSON text of JobBenefit[]. */
  benefits: string;
  valid_from: string;
  valid_to: string;
  contact_name: string;
  /** AES-256-GCM cipher text (FieldCipher) of the contact's normal-form phone. */
  contact_phone_cipher: string;
  contact_phone_masked: string;
  state: JobState;
  source: JobSource;
  /** The ledger line of its collection (item 4, 5 or 6). */
  service_record_id: string | null;
  created_by: string | null;
  district_code: string;
  town_code: string;
  village_code: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}
export type JobRow = Selectable<JobsTable>;
export type NewJobRow = Insertable<JobsTable>;
export type JobRowUpdate = Updateable<JobsTable>;
