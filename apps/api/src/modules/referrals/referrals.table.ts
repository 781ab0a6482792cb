import type { NotHiredReason, RecommendChannel, ReferralStage } from '@jobcircle/domain';
import type { Insertable, Selectable, Updateable } from 'kysely';

/** A resident referred to a job (推荐就业), through its stages to a hire; its region is the resident's. */
export interface ReferralsTable {
  id: string;
  job_id: string;
  resident_id: string;
  employer_id: string;
  site_id: string;
  channel: RecommendChannel;
  stage: ReferralStage;
  interview_at: string | null;
  interview_place: string | null;
  health_check_help: number;
  not_hired_reason: NotHiredReason | null;
  hired_on: string | null;
  insured_on: string | null;
  follow_up_1_on: string | null;
  follow_up_3_on: string | null;
  /** A public-welfare post's term: the last day (its end-of-term reminder is a durable task). */
  term_ends_on: string | null;
  created_by: string | null;
  district_code: string;
  town_code: string;
  village_code: string;
  version: number;
  created_at: string;
  updated_at: string;
}
export type ReferralRow = Selectable<ReferralsTable>;
export type NewReferralRow = Insertable<ReferralsTable>;
export type ReferralRowUpdate = Updateable<ReferralsTable>;

/** Every step, dated and signed (who, when, the ledger line it wrote). */
export interface ReferralStepsTable {
  id: string;
  referral_id: string;
  action: string;
  stage: ReferralStage;
  date: string;
  note: string | null;
  staff_id: string | null;
  service_record_id: string | null;
  at: string;
}
export type ReferralStepRow = Selectable<ReferralStepsTable>;
