import { effectiveJobState, type Job, type JobBenefit, type PublicJob } from '@jobcircle/domain';
import type { JobWithNames, PublicJobRow } from './jobs.repository.ts';

// Rows of the jobs tables as the contract's answers (the presenter's input).

export function json<T>(text: string): T {
  return JSON.parse(text) as T;
}

export function toJob(row: JobWithNames, today: string): Job {
  return {
    id: row.id,
    employerId: row.employer_id,
    employerName: row.employer_name,
    siteId: row.site_id,
    siteName: row.site_name,
    kind: row.kind,
    occupationCode: row.occupation_code,
    title: row.title,
    description: row.description,
    educationMin: row.education_min,
    skills: json<string[]>(row.skills),
    certificates: json<string[]>(row.certificates),
    experienceYears: row.experience_years == null ? null : Number(row.experience_years),
    requirementsNote: row.requirements_note,
    ageMin: row.age_min == null ? null : Number(row.age_min),
    ageMax: row.age_max == null ? null : Number(row.age_max),
    ageReason: row.age_reason,
    headcount: Number(row.headcount),
    hiredCount: Number(row.hired_count),
    payMinFen: Number(row.pay_min_fen),
    payMaxFen: Number(row.pay_max_fen),
    payUnit: row.pay_unit,
    workHours: row.work_hours,
    dailyHours: row.daily_hours,
    shifts: row.shifts,
    workDays: row.work_days,
    address: row.address,
    lng: row.lng == null ? null : Number(row.lng),
    lat: row.lat == null ? null : Number(row.lat),
    benefits: json<JobBenefit[]>(row.benefits),
    validFrom: row.valid_from,
    validTo: row.valid_to,
    contactName: row.contact_name,
    contactPhoneMasked: row.contact_phone_masked,
    state: effectiveJobState(row.state, row.valid_to, today),
    source: row.source,
    serviceRecordId: row.service_record_id,
    districtCode: row.district_code,
    townCode: row.town_code,
    villageCode: row.village_code,
    createdByName: row.created_by_name,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toPublicJob(row: PublicJobRow): PublicJob {
  return {
    id: row.id,
    kind: row.kind,
    occupationCode: row.occupation_code,
    title: row.title,
    description: row.description,
    employerName: row.employer_name,
    educationMin: row.education_min,
    skills: json<string[]>(row.skills),
    certificates: json<string[]>(row.certificates),
    experienceYears: row.experience_years == null ? null : Number(row.experience_years),
    requirementsNote: row.requirements_note,
    ageMin: row.age_min == null ? null : Number(row.age_min),
    ageMax: row.age_max == null ? null : Number(row.age_max),
    ageReason: row.age_reason,
    headcount: Number(row.headcount),
    payMinFen: Number(row.pay_min_fen),
    payMaxFen: Number(row.pay_max_fen),
    payUnit: row.pay_unit,
    workHours: row.work_hours,
    dailyHours: row.daily_hours,
    shifts: row.shifts,
    workDays: row.work_days,
    address: row.address,
    benefits: json<JobBenefit[]>(row.benefits),
    validTo: row.valid_to,
    townCode: row.town_code,
    // The collecting station's contact: never the employer's.
    stationName: row.site_name,
    stationAddress: row.site_address,
    stationPhone: row.site_phone,
    siteId: row.site_id,
  };
}
