import {
  type EducationLevel,
  type EmploymentStatus,
  type HukouType,
  isChongmingAreaCode,
  type JobIntention,
  type KeyGroupMembership,
  maskIdNumber,
  maskMobile,
  parseIdNumber,
  type Resident,
} from '@jobcircle/domain';
import type { FieldCipher } from '../../platform/crypto.ts';
import { validationError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { EmploymentStatusHistoryTable, NewResidentRow, ResidentKeyGroupsTable, ResidentTimelineTable } from './residents.table.ts';

/**
 * The one builder of the stored rows of a resident: registering (`createResident`), importing and
 * seeding all write through it, so a column added to the table is filled in one place.
 */

/** The columns an ID number and a mobile become: cipher text, blind index, masked form, last four. */
export function protectedColumns(cipher: FieldCipher, idNumber: string, mobile: string | null | undefined) {
  const info = parseIdNumber(idNumber);
  if (!info.ok) throw validationError({ idNumber: ['身份证号不正确'] });
  return {
    id_number_cipher: cipher.encrypt(info.value.normalized),
    id_number_blind: cipher.blindIndex(info.value.normalized),
    id_number_masked: maskIdNumber(info.value.normalized),
    id_number_last4: info.value.normalized.slice(-4),
    birth_date: info.value.birthDate,
    sex: info.value.sex,
    is_chongming_id: isChongmingAreaCode(info.value.areaCode) ? 1 : 0,
    ...mobileColumns(cipher, mobile),
  };
}

export function mobileColumns(cipher: FieldCipher, mobile: string | null | undefined) {
  return mobile
    ? {
        mobile_cipher: cipher.encrypt(mobile),
        mobile_blind: cipher.blindIndex(mobile),
        mobile_masked: maskMobile(mobile),
        mobile_last4: mobile.slice(-4),
      }
    : { mobile_cipher: null, mobile_blind: null, mobile_masked: null, mobile_last4: null };
}

/** What a new resident is made of; what is left out starts empty. */
export interface NewResident {
  id?: string;
  placement: { districtCode: string; townCode: string; villageCode: string; gridCode?: string | null };
  name: string;
  idNumber: string;
  mobile?: string | null;
  hukouType: HukouType;
  address: string;
  education: EducationLevel;
  employmentStatus: EmploymentStatus;
  occupations?: readonly string[];
  skills?: readonly string[];
  certificates?: Resident['certificates'];
  hasDisability?: boolean;
  healthNote?: string | null;
  household?: { id: string; relation: string } | null;
  jobIntention?: JobIntention | null;
  consentChannel: string;
  consentDate: string;
}

export function newResidentRow(cipher: FieldCipher, resident: NewResident, at: Date): NewResidentRow {
  const timestamp = at.toISOString();
  return {
    id: resident.id ?? newId(),
    district_code: resident.placement.districtCode,
    town_code: resident.placement.townCode,
    village_code: resident.placement.villageCode,
    grid_code: resident.placement.gridCode ?? null,
    name: resident.name,
    ...protectedColumns(cipher, resident.idNumber, resident.mobile),
    hukou_type: resident.hukouType,
    address: resident.address,
    education: resident.education,
    occupations: JSON.stringify(resident.occupations ?? []),
    skills: JSON.stringify(resident.skills ?? []),
    certificates: JSON.stringify(resident.certificates ?? []),
    has_disability: resident.hasDisability ? 1 : 0,
    health_note: resident.healthNote ?? null,
    household_id: resident.household?.id ?? null,
    household_relation: resident.household?.relation ?? null,
    employment_status: resident.employmentStatus,
    job_intention: resident.jobIntention ? JSON.stringify(resident.jobIntention) : null,
    consent_channel: resident.consentChannel,
    consent_date: resident.consentDate,
    merged_into_id: null,
    version: 1,
    created_at: timestamp,
    updated_at: timestamp,
  };
}

export function keyGroupRows(residentId: string, memberships: readonly KeyGroupMembership[]): ResidentKeyGroupsTable[] {
  return memberships.map((m) => ({
    id: newId(),
    resident_id: residentId,
    key_group: m.group,
    source: m.source,
    valid_from: m.validFrom,
    valid_to: m.validTo ?? null,
    hardship_category: m.hardshipCategory ?? null,
    certifying_org: m.certifyingOrg ?? null,
  }));
}

export function statusHistoryRow(entry: {
  residentId: string;
  status: EmploymentStatus;
  previousStatus: EmploymentStatus | null;
  effectiveDate: string;
  reason: string;
  changedBy: string | null;
  at: Date;
}): EmploymentStatusHistoryTable {
  return {
    id: newId(),
    resident_id: entry.residentId,
    status: entry.status,
    previous_status: entry.previousStatus,
    effective_date: entry.effectiveDate,
    reason: entry.reason,
    changed_by: entry.changedBy,
    changed_at: entry.at.toISOString(),
  };
}

/** Where a timeline entry comes from when another module writes it (ARCHITECTURE §9). */
export interface TimelineSource {
  module: string;
  id: string;
}

export function timelineRow(
  entry: { residentId: string; kind: string; summary: string; source?: TimelineSource | undefined },
  actorId: string | null,
  at: Date,
): ResidentTimelineTable {
  return {
    id: newId(),
    resident_id: entry.residentId,
    at: at.toISOString(),
    kind: entry.kind,
    summary: entry.summary,
    actor_id: actorId,
    source_module: entry.source?.module ?? null,
    source_id: entry.source?.id ?? null,
  };
}
