import {
  type AssistanceFile,
  ageOn,
  type ImportJob,
  type ImportRowError,
  type ImportValueMapping,
  type JobIntention,
  type KeyGroupMembership,
  type Resident,
  type ResidentSummary,
  type TimelineEntry,
} from '@jobcircle/domain';
import type { Mapping } from './import.rules.ts';
import type { ResidentWithNames } from './residents.repository.ts';
import { isMembershipCurrent, type ReaderView } from './residents.rules.ts';
import type {
  AssistanceFileRow,
  EmploymentStatusHistoryRow,
  ResidentImportRow,
  ResidentKeyGroupRow,
  ResidentRow,
  ResidentTimelineRow,
} from './residents.table.ts';

/** Rows → the contract's shapes. Pure: what a mapper needs from elsewhere (names, today) is passed in. */

const nameOf = (names: ReadonlyMap<string, string>, id: string | null) => (id ? (names.get(id) ?? null) : null);

export function toMembership(row: ResidentKeyGroupRow): KeyGroupMembership {
  return {
    group: row.key_group,
    source: row.source,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    hardshipCategory: row.hardship_category as KeyGroupMembership['hardshipCategory'],
    certifyingOrg: row.certifying_org,
  };
}

/** The birth date only for a reader who may unmask (`readerView`); the age for everyone. */
export function toSummary(row: ResidentWithNames, keyGroups: readonly ResidentKeyGroupRow[], view: ReaderView): ResidentSummary {
  const { today } = view;
  return {
    id: row.id,
    name: row.name,
    idNumberMasked: row.id_number_masked,
    mobileMasked: row.mobile_masked,
    sex: row.sex,
    birthDate: view.birthDates ? row.birth_date : null,
    age: ageOn(row.birth_date, today),
    townCode: row.town_code,
    townName: row.town_name,
    villageCode: row.village_code,
    villageName: row.village_name,
    gridCode: row.grid_code,
    employmentStatus: row.employment_status,
    keyGroups: [
      ...new Set(
        keyGroups.filter((g) => isMembershipCurrent({ validFrom: g.valid_from, validTo: g.valid_to }, today)).map((g) => g.key_group),
      ),
    ],
    updatedAt: row.updated_at,
  };
}

/** The whole file. Health and disability only for those who may read sensitive data; the birth date as in `toSummary`. */
export function toResident(
  row: ResidentWithNames,
  related: {
    keyGroups: readonly ResidentKeyGroupRow[];
    history: readonly EmploymentStatusHistoryRow[];
    householdMembers: readonly ResidentRow[];
    staffNames: ReadonlyMap<string, string>;
    sensitive: boolean;
    view: ReaderView;
  },
): Resident {
  const { sensitive } = related;
  return {
    ...toSummary(row, related.keyGroups, related.view),
    hukouType: row.hukou_type,
    address: row.address,
    education: row.education,
    occupations: JSON.parse(row.occupations) as string[],
    skills: JSON.parse(row.skills) as string[],
    certificates: JSON.parse(row.certificates) as Resident['certificates'],
    hasDisability: sensitive ? Boolean(row.has_disability) : null,
    healthNote: sensitive ? row.health_note : null,
    householdId: row.household_id,
    householdRelation: row.household_relation as Resident['householdRelation'],
    householdMembers: related.householdMembers
      .filter((m) => m.id !== row.id)
      .map((m) => ({ id: m.id, name: m.name, relation: m.household_relation as Resident['householdRelation'] })),
    jobIntention: row.job_intention ? (JSON.parse(row.job_intention) as JobIntention) : null,
    keyGroupMemberships: related.keyGroups.map(toMembership),
    statusHistory: related.history.map((h) => ({
      status: h.status,
      previousStatus: h.previous_status,
      effectiveDate: h.effective_date,
      reason: h.reason,
      changedBy: nameOf(related.staffNames, h.changed_by),
      changedAt: h.changed_at,
    })),
    consentChannel: row.consent_channel as Resident['consentChannel'],
    consentDate: row.consent_date,
    // Stored when the number is written: reading a file never decrypts it.
    isChongmingIdNumber: Boolean(row.is_chongming_id),
    mergedIntoId: row.merged_into_id,
    version: Number(row.version),
    createdAt: row.created_at,
  };
}

export function toAssistanceFile(file: AssistanceFileRow, staffNames: ReadonlyMap<string, string>): AssistanceFile {
  return {
    residentId: file.resident_id,
    assessment: file.assessment,
    classification: file.classification,
    plan: file.plan,
    responsibleStaffId: file.responsible_staff_id,
    responsibleStaffName: nameOf(staffNames, file.responsible_staff_id),
    nextFollowUpDate: file.next_follow_up_date,
    version: Number(file.version),
    updatedAt: file.updated_at,
  };
}

export function toTimelineEntry(row: ResidentTimelineRow, staffNames: ReadonlyMap<string, string>): TimelineEntry {
  return {
    id: row.id,
    at: row.at,
    kind: row.kind,
    summary: row.summary,
    actorName: nameOf(staffNames, row.actor_id),
    source: row.source_module && row.source_id ? { module: row.source_module, id: row.source_id } : null,
  };
}

/** At most this many row errors travel with a job; `errorCount` gives them all. */
export const MAX_REPORTED_ERRORS = 5_000;

export function toImportJob(row: ResidentImportRow): ImportJob {
  const errors = JSON.parse(row.errors) as ImportRowError[];
  return {
    id: row.id,
    fileName: row.file_name,
    state: row.state,
    mapping: JSON.parse(row.mapping) as Mapping,
    headers: JSON.parse(row.headers) as string[],
    totalRows: Number(row.total_rows),
    validRows: Number(row.valid_rows),
    newRows: Number(row.new_rows),
    changedRows: Number(row.changed_rows),
    unchangedRows: Number(row.unchanged_rows),
    errors: errors.slice(0, MAX_REPORTED_ERRORS),
    errorCount: Number(row.error_count),
    valueMappings: JSON.parse(row.value_mappings) as ImportValueMapping[],
    processedRows: Number(row.processed_rows),
    createdAt: row.created_at,
  };
}
