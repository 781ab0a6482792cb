import type { EligibilityResult, OutreachState } from '@jobcircle/domain';
import type { Selectable } from 'kysely';

/** A policy (政策): its document and validity; its rules are in the versions. */
export interface PoliciesTable {
  id: string;
  code: string;
  name: string;
  /** 文号, e.g. 沪人社规〔2022〕8号. */
  document_number: string;
  issuing_body: string;
  source: string;
  effective_from: string | null;
  effective_to: string | null;
  summary: string;
  current_version_no: number;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}
export type PolicyRow = Selectable<PoliciesTable>;

/** One version of a policy's rule pack; never updated once written. */
export interface PolicyVersionsTable {
  policy_id: string;
  version_no: number;
  /** JSON text of the rule pack. */
  rule_pack: string;
  note: string;
  created_by: string | null;
  created_at: string;
}
export type PolicyVersionRow = Selectable<PolicyVersionsTable>;

/** An eligibility decision as it was recorded: the version used and the outcomes, kept as written. */
export interface PolicyDecisionsTable {
  id: string;
  policy_id: string;
  version_no: number;
  resident_id: string;
  district_code: string;
  town_code: string;
  village_code: string;
  grid_code: string | null;
  judged_on: string;
  result: EligibilityResult;
  /** JSON text of the per-condition outcomes. */
  conditions: string;
  /** JSON text of the evidence still missing. */
  missing_evidence: string;
  note: string | null;
  service_record_id: string;
  decided_by: string | null;
  decided_at: string;
}
export type PolicyDecisionRow = Selectable<PolicyDecisionsTable>;

/** An outreach task (政策找人): one per resident and policy, with the version and result it came from. */
export interface OutreachTasksTable {
  id: string;
  policy_id: string;
  version_no: number;
  resident_id: string;
  district_code: string;
  town_code: string;
  village_code: string;
  grid_code: string | null;
  result: 'eligible' | 'unknown';
  state: OutreachState;
  assigned_staff_id: string | null;
  note: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}
export type OutreachTaskRow = Selectable<OutreachTasksTable>;
