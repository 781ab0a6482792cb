import { FOLLOW_UP_MONTHS, type JobKind, type Referral } from '@jobcircle/domain';
import { shanghaiDate } from '../calendar/index.ts';
import type { ReferralWithNames } from './referrals.repository.ts';
import { followUpInstant } from './referrals.rules.ts';

// Rows of the referrals tables as the contract's answers (the presenter's input).

export type ReferralSummary = Omit<Referral, 'steps'>;

export function toSummary(row: ReferralWithNames): ReferralSummary {
  const hiredOn = row.hired_on;
  return {
    id: row.id,
    jobId: row.job_id,
    jobTitle: row.job_title,
    jobKind: row.job_kind as JobKind,
    employerId: row.employer_id,
    employerName: row.employer_name,
    residentId: row.resident_id,
    residentName: row.resident_name,
    siteId: row.site_id,
    siteName: row.site_name,
    channel: row.channel,
    stage: row.stage,
    interviewAt: row.interview_at,
    interviewPlace: row.interview_place,
    healthCheckHelp: Boolean(row.health_check_help),
    notHiredReason: row.not_hired_reason,
    hiredOn,
    insuredOn: row.insured_on,
    termEndsOn: row.term_ends_on,
    followUps: hiredOn
      ? FOLLOW_UP_MONTHS.map((month) => ({
          month,
          dueDate: shanghaiDate(followUpInstant(hiredOn, month)),
          doneOn: month === 1 ? row.follow_up_1_on : row.follow_up_3_on,
        }))
      : [],
    townCode: row.town_code,
    villageCode: row.village_code,
    createdByName: row.created_by_name,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
