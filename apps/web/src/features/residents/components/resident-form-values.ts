import {
  type CreateResidentBody,
  type EducationLevel,
  type EmploymentStatus,
  type HukouType,
  type JobIntention,
  type KeyGroupMembership,
  type Resident,
  shanghaiToday,
} from '@jobcircle/domain';

/** The form's values: the contract's fields (dates as `YYYY-MM-DD`, pay in fen), plus the intention switch. */
export interface ResidentFormValues {
  idNumber?: string;
  name: string;
  mobile?: string | null;
  hukouType: HukouType;
  address: string;
  villageCode: string;
  gridCode?: string | null;
  education: EducationLevel;
  employmentStatus?: EmploymentStatus;
  occupations: string[];
  skills: string[];
  certificates: Resident['certificates'];
  /** Absent when the viewer may not see sensitive data (the field is then not shown nor sent). */
  hasDisability?: boolean;
  healthNote?: string | null;
  keyGroups: KeyGroupMembership[];
  hasIntention: boolean;
  jobIntention?: JobIntention | null;
  consentChannel: Resident['consentChannel'];
  consentDate: string;
}

export const RESIDENT_FIELD_LABELS: Record<string, string> = {
  idNumber: '身份证号',
  name: '姓名',
  mobile: '手机号',
  hukouType: '户籍类型',
  address: '居住地址',
  townCode: '所属乡镇',
  villageCode: '所在村居',
  gridCode: '所在网格',
  education: '学历',
  employmentStatus: '就业状态',
  occupations: '从事过的职业',
  skills: '技能特长',
  certificates: '证书',
  hasDisability: '残疾情况',
  healthNote: '健康状况',
  householdId: '户主',
  householdRelation: '与户主关系',
  keyGroups: '重点群体',
  jobIntention: '求职意向',
  consentChannel: '个人信息使用同意方式',
  consentDate: '同意日期',
};

/** The fields shared by registration and editing, as the API takes them. */
export type ResidentBodyFields = Omit<CreateResidentBody, 'idNumber' | 'employmentStatus' | 'hasDisability'> & { hasDisability?: boolean };

export function residentFormToFields(values: ResidentFormValues): ResidentBodyFields {
  const healthNote = values.healthNote?.trim();
  const mobile = values.mobile?.trim();
  return {
    name: values.name,
    mobile: mobile ? mobile : null,
    hukouType: values.hukouType,
    address: values.address,
    townCode: values.villageCode.slice(0, 9),
    villageCode: values.villageCode,
    gridCode: values.gridCode ?? null,
    education: values.education,
    occupations: values.occupations ?? [],
    skills: values.skills ?? [],
    certificates: (values.certificates ?? []).map((c) => ({
      name: c.name,
      ...(c.level?.trim() ? { level: c.level.trim() } : {}),
      ...(c.number?.trim() ? { number: c.number.trim() } : {}),
    })),
    ...(values.hasDisability === undefined ? {} : { hasDisability: values.hasDisability, healthNote: healthNote ? healthNote : null }),
    keyGroups: (values.keyGroups ?? []).map((m) => ({
      group: m.group,
      source: m.source,
      validFrom: m.validFrom,
      validTo: m.validTo ?? null,
      hardshipCategory: m.group === 'hardship' ? (m.hardshipCategory ?? null) : null,
      certifyingOrg: m.certifyingOrg?.trim() ? m.certifyingOrg.trim() : null,
    })),
    jobIntention:
      values.hasIntention && values.jobIntention
        ? {
            occupations: values.jobIntention.occupations ?? [],
            places: values.jobIntention.places ?? [],
            payMinFen: values.jobIntention.payMinFen ?? null,
            payMaxFen: values.jobIntention.payMaxFen ?? null,
            hours: values.jobIntention.hours,
            maxCommuteMinutes: values.jobIntention.maxCommuteMinutes ?? null,
            ...(values.jobIntention.travelMode ? { travelMode: values.jobIntention.travelMode } : {}),
          }
        : null,
    consentChannel: values.consentChannel,
    consentDate: values.consentDate,
  };
}

export function residentToFormValues(resident: Resident): ResidentFormValues {
  return {
    name: resident.name,
    mobile: null,
    hukouType: resident.hukouType,
    address: resident.address,
    villageCode: resident.villageCode,
    gridCode: resident.gridCode,
    education: resident.education,
    occupations: resident.occupations,
    skills: resident.skills,
    certificates: resident.certificates,
    ...(resident.hasDisability === null ? {} : { hasDisability: resident.hasDisability, healthNote: resident.healthNote ?? '' }),
    keyGroups: resident.keyGroupMemberships,
    hasIntention: resident.jobIntention !== null,
    jobIntention: resident.jobIntention ?? {
      occupations: [],
      places: [],
      payMinFen: null,
      payMaxFen: null,
      hours: 'any',
      maxCommuteMinutes: null,
    },
    consentChannel: resident.consentChannel,
    consentDate: resident.consentDate,
  };
}

export function newResidentValues(villageCode: string | undefined): Partial<ResidentFormValues> {
  return {
    hukouType: 'unknown',
    education: 'unknown',
    employmentStatus: 'unknown',
    villageCode,
    occupations: [],
    skills: [],
    certificates: [],
    hasDisability: false,
    keyGroups: [],
    hasIntention: false,
    jobIntention: { occupations: [], places: [], payMinFen: null, payMaxFen: null, hours: 'any', maxCommuteMinutes: null },
    consentChannel: 'written',
    consentDate: shanghaiToday(),
  };
}
