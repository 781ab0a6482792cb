import type { AgeReason, CreateJobBody, EducationLevel, Job, JobBenefit, JobKind, JobSource, PayUnit } from '@jobcircle/domain';

/** The form's values: money in yuan (the API takes fen). */
export interface JobFormValues {
  employerId?: string;
  siteId?: string;
  kind: JobKind;
  occupationCode?: string;
  title: string;
  description: string;
  educationMin?: EducationLevel | null;
  skills: string[];
  certificates: string[];
  experienceYears?: number | null;
  requirementsNote?: string;
  ageMin?: number | null;
  ageMax?: number | null;
  ageReason?: AgeReason | null;
  headcount: number;
  payMinYuan?: number;
  payMaxYuan?: number;
  payUnit: PayUnit;
  workHours: 'full_time' | 'part_time' | 'flexible' | 'any';
  dailyHours?: string;
  shifts?: string;
  workDays?: string;
  address: string;
  benefits: JobBenefit[];
  validFrom: string;
  validTo: string;
  contactName: string;
  contactPhone: string;
  source: JobSource;
  publish: boolean;
}

export const JOB_FIELD_LABELS: Record<string, string> = {
  employerId: '用人单位',
  siteId: '募集站点',
  kind: '岗位类型',
  occupationCode: '职业（大典）',
  title: '岗位名称',
  description: '岗位描述',
  educationMin: '最低学历',
  skills: '技能要求',
  certificates: '证书要求',
  experienceYears: '工作经验（年）',
  requirementsNote: '其他要求',
  ageMin: '最低年龄',
  ageMax: '最高年龄',
  ageReason: '年龄要求的合法理由',
  headcount: '招聘人数',
  payMinFen: '最低薪酬',
  payMaxFen: '最高薪酬',
  payUnit: '计薪单位',
  workHours: '工时',
  dailyHours: '每日工作时间',
  shifts: '班次',
  workDays: '工作日',
  address: '工作地点',
  lng: '经度',
  lat: '纬度',
  benefits: '福利',
  validFrom: '开始日期',
  validTo: '截止日期',
  contactName: '单位联系人',
  contactPhone: '联系电话',
  source: '来源',
};

/** Server field names → form field names where they differ. */
export const JOB_FIELD_ALIASES: Record<string, string> = { payMinFen: 'payMinYuan', payMaxFen: 'payMaxYuan' };

export function newJobValues(today: string, validTo: string): JobFormValues {
  return {
    kind: 'full_time',
    title: '',
    description: '',
    skills: [],
    certificates: [],
    headcount: 1,
    payUnit: 'month',
    workHours: 'full_time',
    address: '',
    benefits: ['social_insurance'],
    validFrom: today,
    validTo,
    contactName: '',
    contactPhone: '',
    source: 'visit',
    publish: true,
  };
}

/**
 * A stored job as the form shows it for editing. The contact phone comes back masked, so the field
 * starts empty (left empty, the stored number stays: the edit sends only what changed).
 */
export function jobToFormValues(job: Job): JobFormValues {
  return {
    employerId: job.employerId,
    siteId: job.siteId,
    kind: job.kind,
    occupationCode: job.occupationCode,
    title: job.title,
    description: job.description,
    educationMin: job.educationMin,
    skills: job.skills,
    certificates: job.certificates,
    experienceYears: job.experienceYears,
    requirementsNote: job.requirementsNote ?? '',
    ageMin: job.ageMin,
    ageMax: job.ageMax,
    ageReason: job.ageReason,
    headcount: job.headcount,
    payMinYuan: job.payMinFen / 100,
    payMaxYuan: job.payMaxFen / 100,
    payUnit: job.payUnit,
    workHours: job.workHours,
    dailyHours: job.dailyHours ?? '',
    shifts: job.shifts ?? '',
    workDays: job.workDays ?? '',
    address: job.address,
    benefits: job.benefits,
    validFrom: job.validFrom,
    validTo: job.validTo,
    contactName: job.contactName,
    contactPhone: '',
    source: job.source,
    publish: false,
  };
}

const fen = (yuan: number | undefined) => Math.round((yuan ?? 0) * 100);
const optional = (text: string | undefined) => (text?.trim() ? text.trim() : null);

export function jobFormToBody(values: JobFormValues): CreateJobBody {
  return {
    employerId: values.employerId ?? '',
    siteId: values.siteId ?? '',
    kind: values.kind,
    occupationCode: values.occupationCode ?? '',
    title: values.title,
    description: values.description,
    educationMin: values.educationMin ?? null,
    skills: values.skills,
    certificates: values.certificates,
    experienceYears: values.experienceYears ?? null,
    requirementsNote: optional(values.requirementsNote),
    ageMin: values.ageMin ?? null,
    ageMax: values.ageMax ?? null,
    ageReason: values.ageReason ?? null,
    headcount: values.headcount,
    payMinFen: fen(values.payMinYuan),
    payMaxFen: fen(values.payMaxYuan ?? values.payMinYuan),
    payUnit: values.payUnit,
    workHours: values.workHours,
    dailyHours: optional(values.dailyHours),
    shifts: optional(values.shifts),
    workDays: optional(values.workDays),
    address: values.address,
    benefits: values.benefits,
    validFrom: values.validFrom,
    validTo: values.validTo,
    contactName: values.contactName,
    contactPhone: values.contactPhone,
    source: values.source,
    publish: values.publish,
  };
}
