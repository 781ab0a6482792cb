import type { AssistanceClassification, EducationLevel, EmploymentStatus, HukouType, KeyGroup, Sex, SynonymField } from '@jobcircle/domain';
import type { Insertable, Selectable, Updateable } from 'kysely';

export interface ResidentsTable {
  id: string;
  district_code: string;
  town_code: string;
  village_code: string;
  grid_code: string | null;
  name: string;
  id_number_cipher: string;
  id_number_blind: string;
  id_number_masked: string;
  id_number_last4: string;
  birth_date: string;
  sex: Sex;
  is_chongming_id: number;
  mobile_cipher: string | null;
  mobile_blind: string | null;
  mobile_masked: string | null;
  mobile_last4: string | null;
  hukou_type: HukouType;
  address: string;
  education: EducationLevel;
  /** JSON text of occupation codes. */
  occupations: string;
  /** JSON text of skill names. */
  skills: string;
  /** JSON text of certificates. */
  certificates: string;
  has_disability: number;
  health_note: string | null;
  household_id: string | null;
  household_relation: string | null;
  employment_status: EmploymentStatus;
  /** JSON text of the job intention. */
  job_intention: string | null;
  consent_channel: string;
  consent_date: string;
  merged_into_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}
export type ResidentRow = Selectable<ResidentsTable>;
export type NewResidentRow = Insertable<ResidentsTable>;
export type ResidentRowUpdate = Updateable<ResidentsTable>;

export interface ResidentNameTokensTable {
  resident_id: string;
  token: string;
}

export interface ResidentKeyGroupsTable {
  id: string;
  resident_id: string;
  key_group: KeyGroup;
  source: string;
  valid_from: string;
  valid_to: string | null;
  hardship_category: string | null;
  certifying_org: string | null;
}
export type ResidentKeyGroupRow = Selectable<ResidentKeyGroupsTable>;

export interface ResidentIntentionOccupationsTable {
  resident_id: string;
  occupation_code: string;
}

export interface EmploymentStatusHistoryTable {
  id: string;
  resident_id: string;
  status: EmploymentStatus;
  previous_status: EmploymentStatus | null;
  effective_date: string;
  reason: string;
  changed_by: string | null;
  changed_at: string;
}
export type EmploymentStatusHistoryRow = Selectable<EmploymentStatusHistoryTable>;

export interface AssistanceFilesTable {
  resident_id: string;
  assessment: string;
  classification: AssistanceClassification;
  plan: string;
  responsible_staff_id: string | null;
  next_follow_up_date: string | null;
  version: number;
  updated_at: string;
}
export type AssistanceFileRow = Selectable<AssistanceFilesTable>;

export interface ResidentTimelineTable {
  id: string;
  resident_id: string;
  at: string;
  kind: string;
  summary: string;
  actor_id: string | null;
  /** The module and record another module's entry comes from (ARCHITECTURE §9); null for the registry's own. */
  source_module: string | null;
  source_id: string | null;
}
export type ResidentTimelineRow = Selectable<ResidentTimelineTable>;

export interface ResidentImportsTable {
  id: string;
  created_by: string;
  file_name: string;
  file_cipher: string | null;
  records_cipher: string | null;
  state: 'previewed' | 'importing' | 'done' | 'failed' | 'cancelled';
  headers: string;
  mapping: string;
  total_rows: number;
  valid_rows: number;
  new_rows: number;
  changed_rows: number;
  unchanged_rows: number;
  error_count: number;
  errors: string;
  /** JSON: the values the preview read through a label or a synonym (ImportValueMapping[]). */
  value_mappings: string;
  processed_rows: number;
  created_at: string;
  updated_at: string;
}
export type ResidentImportRow = Selectable<ResidentImportsTable>;

/** The words a district admin added to the import's value synonyms (issue 15 §5). */
export interface ImportSynonymsTable {
  district_code: string;
  field: SynonymField;
  text: string;
  value: string;
  updated_by: string;
  updated_at: string;
}
