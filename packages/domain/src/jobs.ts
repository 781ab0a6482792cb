import { z } from 'zod';
import { DateSchema, IdSchema, LatSchema, LngSchema, PageQuerySchema, pageOf, SortOrderSchema, TimestampSchema, text } from './common.ts';
import { ContactPhoneSchema } from './employers.ts';
import { checkFields, type WordingFinding } from './job-wording.ts';
import { KnownOccupationCodeSchema, OCCUPATION_CODE_RE } from './reference/occupations.ts';
import { TownCodeSchema } from './regions.ts';
import { EducationLevelSchema, WorkHoursSchema } from './residents.ts';

// ── jobs (岗位, plan §三.二, annex items 4–6) ───────────────────────────────────────

export const JOB_KINDS = ['full_time', 'part_time', 'public_welfare', 'gig'] as const;
export const JobKindSchema = z.enum(JOB_KINDS, { error: '岗位类型不正确' });
export type JobKind = z.infer<typeof JobKindSchema>;
export const JOB_KIND_LABELS: Record<JobKind, string> = {
  full_time: '全日制',
  part_time: '非全日制',
  public_welfare: '公益性岗位',
  gig: '零工',
};

/** The service item a collected job counts for (annex items 4, 5, 6). */
export const JOB_KIND_ITEM_NO: Record<JobKind, number> = { full_time: 4, part_time: 5, gig: 5, public_welfare: 6 };

export const JOB_STATES = ['draft', 'open', 'filled', 'closed', 'expired'] as const;
export const JobStateSchema = z.enum(JOB_STATES, { error: '岗位状态不正确' });
export type JobState = z.infer<typeof JobStateSchema>;
export const JOB_STATE_LABELS: Record<JobState, string> = {
  draft: '草稿',
  open: '招聘中',
  filled: '已招满',
  closed: '已关闭',
  expired: '已过期',
};

export const JOB_ACTIONS = ['open', 'fill', 'close', 'reopen'] as const;
export type JobAction = (typeof JOB_ACTIONS)[number];
export const JOB_ACTION_LABELS: Record<JobAction, string> = { open: '发布', fill: '标记招满', close: '关闭', reopen: '重新发布' };

/**
 * The state machine: draft → open → filled / closed / expired; a filled, closed or expired job can
 * be reopened (with a validity that has not ended). Expiry is not an action: `effectiveJobState`
 * reads an open job past its validity as expired, and a durable task writes it.
 */
export function nextJobState(state: JobState, action: JobAction): JobState | undefined {
  switch (action) {
    case 'open':
      return state === 'draft' ? 'open' : undefined;
    case 'fill':
      return state === 'open' ? 'filled' : undefined;
    case 'close':
      return state === 'draft' || state === 'open' ? 'closed' : undefined;
    case 'reopen':
      return state === 'filled' || state === 'closed' || state === 'expired' ? 'open' : undefined;
  }
}

/** An open job whose last valid day (Shanghai date) is before `today` is expired, whatever the row says. */
export function effectiveJobState(state: JobState, validTo: string, today: string): JobState {
  return state === 'open' && validTo < today ? 'expired' : state;
}

export const PAY_UNITS = ['month', 'day', 'hour', 'piece'] as const;
export const PayUnitSchema = z.enum(PAY_UNITS, { error: '计薪单位不正确' });
export type PayUnit = z.infer<typeof PayUnitSchema>;
export const PAY_UNIT_LABELS: Record<PayUnit, string> = { month: '元/月', day: '元/天', hour: '元/小时', piece: '元/件' };

/** Monthly equivalent for comparing with a monthly expectation: 21.75 working days, 8 hours (人社部 rule for 月计薪天数). */
export function monthlyPayFen(amountFen: number, unit: PayUnit): number | null {
  switch (unit) {
    case 'month':
      return amountFen;
    case 'day':
      return Math.round(amountFen * 21.75);
    case 'hour':
      return Math.round(amountFen * 8 * 21.75);
    case 'piece':
      return null;
  }
}

export const JOB_SOURCES = ['visit', 'employer', 'import'] as const;
export const JobSourceSchema = z.enum(JOB_SOURCES, { error: '岗位来源不正确' });
export type JobSource = z.infer<typeof JobSourceSchema>;
export const JOB_SOURCE_LABELS: Record<JobSource, string> = { visit: '走访募集', employer: '单位提供', import: '批量导入' };

export const JOB_BENEFITS = ['social_insurance', 'meals', 'housing', 'transport'] as const;
export const JobBenefitSchema = z.enum(JOB_BENEFITS, { error: '福利项不正确' });
export type JobBenefit = z.infer<typeof JobBenefitSchema>;
export const JOB_BENEFIT_LABELS: Record<JobBenefit, string> = {
  social_insurance: '缴纳社会保险',
  meals: '包餐',
  housing: '提供住宿',
  transport: '交通补贴/班车',
};

/**
 * The lawful reasons an age range may be set (shown with the range): the legal minimum working age
 * (《劳动法》第十五条, 16), the legal retirement age (国家渐进式延迟退休规定), a public-welfare post's
 * policy (就业困难人员 age bands, 沪人社规〔2022〕8号), and a post the state bars for an age group
 * (《未成年工特殊保护规定》, 特种作业人员安全技术培训考核管理规定). Anything else is refused.
 */
export const AGE_REASONS = ['legal_minimum', 'retirement_age', 'public_welfare_policy', 'special_work'] as const;
export const AgeReasonSchema = z.enum(AGE_REASONS, { error: '请选择年龄要求的合法理由' });
export type AgeReason = z.infer<typeof AgeReasonSchema>;
export const AGE_REASON_LABELS: Record<AgeReason, string> = {
  legal_minimum: '法定最低就业年龄（《劳动法》第十五条）',
  retirement_age: '法定退休年龄',
  public_welfare_policy: '公益性岗位安置政策规定的年龄段',
  special_work: '国家规定的特种作业年龄条件',
};

const fen = z.number().int({ error: '金额应为整数（分）' }).min(0, { error: '金额不能为负' }).max(100_000_000);
const age = z.number().int().min(16, { error: '年龄不能低于 16 岁' }).max(70, { error: '年龄不能高于 70 岁' });
const shortText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `不能超过 ${max} 个字符` })
    .nullable()
    .optional();

const jobFields = {
  employerId: IdSchema,
  /** The site that collected it: its contact is the one the public board shows. */
  siteId: IdSchema,
  kind: JobKindSchema,
  occupationCode: KnownOccupationCodeSchema,
  title: text(60),
  description: text(2000),
  educationMin: EducationLevelSchema.nullable().optional(),
  skills: z.array(z.string().trim().min(1).max(30)).max(20).default([]),
  certificates: z.array(z.string().trim().min(1).max(60)).max(10).default([]),
  experienceYears: z.number().int().min(0).max(40).nullable().optional(),
  requirementsNote: shortText(500),
  ageMin: age.nullable().optional(),
  ageMax: age.nullable().optional(),
  ageReason: AgeReasonSchema.nullable().optional(),
  headcount: z.number().int().min(1, { error: '招聘人数至少 1 人' }).max(999),
  payMinFen: fen,
  payMaxFen: fen,
  payUnit: PayUnitSchema,
  workHours: WorkHoursSchema,
  dailyHours: shortText(60),
  shifts: shortText(60),
  workDays: shortText(60),
  address: text(200),
  lng: LngSchema.nullable().optional(),
  lat: LatSchema.nullable().optional(),
  benefits: z.array(JobBenefitSchema).max(JOB_BENEFITS.length).default([]),
  validFrom: DateSchema,
  validTo: DateSchema,
  contactName: text(30),
  contactPhone: ContactPhoneSchema,
  source: JobSourceSchema,
};

/** On create only: publish at once (the job opens) instead of keeping a draft. */
const publishField = { publish: z.boolean().default(false) };

/** What the rules below look at: the same on create, on update (after merging) and in the web form. */
export interface JobShape {
  title?: string | null;
  description?: string | null;
  requirementsNote?: string | null;
  skills?: readonly string[];
  certificates?: readonly string[];
  dailyHours?: string | null;
  shifts?: string | null;
  workDays?: string | null;
  ageMin?: number | null;
  ageMax?: number | null;
  ageReason?: AgeReason | null;
  payMinFen?: number | null;
  payMaxFen?: number | null;
  validFrom?: string | null;
  validTo?: string | null;
  lng?: number | null;
  lat?: number | null;
}

/** The texts the wording check reads, by field. */
export function jobTexts(job: JobShape): Record<string, string | null | undefined> {
  return {
    title: job.title,
    description: job.description,
    requirementsNote: job.requirementsNote,
    skills: job.skills?.join('，'),
    certificates: job.certificates?.join('，'),
    dailyHours: job.dailyHours,
    shifts: job.shifts,
    workDays: job.workDays,
  };
}

/** Discriminatory or fraudulent words in a job's texts (job-wording.ts). */
export function jobWordingFindings(job: JobShape): WordingFinding[] {
  return checkFields(jobTexts(job));
}

/** Consistency rules other than wording, each naming its field. */
export function jobIssues(job: JobShape): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const hasAge = job.ageMin != null || job.ageMax != null;
  if (hasAge && !job.ageReason) issues.push({ path: 'ageReason', message: '设置年龄范围必须注明合法理由' });
  if (!hasAge && job.ageReason) issues.push({ path: 'ageMin', message: '请填写年龄范围，或去掉年龄理由' });
  if (job.ageMin != null && job.ageMax != null && job.ageMax < job.ageMin)
    issues.push({ path: 'ageMax', message: '最高年龄应不低于最低年龄' });
  if (job.payMinFen != null && job.payMaxFen != null && job.payMaxFen < job.payMinFen)
    issues.push({ path: 'payMaxFen', message: '最高薪酬应不低于最低薪酬' });
  if (job.validFrom && job.validTo && job.validTo < job.validFrom) issues.push({ path: 'validTo', message: '截止日期应不早于开始日期' });
  if ((job.lng == null) !== (job.lat == null)) issues.push({ path: job.lng == null ? 'lng' : 'lat', message: '经纬度须同时填写' });
  return issues;
}

export const CreateJobBodySchema = z.object({ ...jobFields, ...publishField }).superRefine((job, ctx) => {
  for (const issue of jobIssues(job)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
});
export type CreateJobBody = z.input<typeof CreateJobBodySchema>;
export type CreateJobInput = z.output<typeof CreateJobBodySchema>;

const { employerId: _employer, ...editableFields } = jobFields;
export const UpdateJobBodySchema = z
  .object({ ...editableFields, version: z.number().int().min(1) })
  .partial()
  .required({ version: true });
export type UpdateJobBody = z.infer<typeof UpdateJobBodySchema>;

export const JobActionBodySchema = z.object({ version: z.number().int().min(1) });
export type JobActionBody = z.infer<typeof JobActionBodySchema>;

export const JobSchema = z.object({
  id: z.string(),
  employerId: z.string(),
  employerName: z.string(),
  siteId: z.string(),
  siteName: z.string(),
  kind: JobKindSchema,
  occupationCode: z.string(),
  title: z.string(),
  description: z.string(),
  educationMin: EducationLevelSchema.nullable(),
  skills: z.array(z.string()),
  certificates: z.array(z.string()),
  experienceYears: z.number().int().nullable(),
  requirementsNote: z.string().nullable(),
  ageMin: z.number().int().nullable(),
  ageMax: z.number().int().nullable(),
  ageReason: AgeReasonSchema.nullable(),
  headcount: z.number().int(),
  hiredCount: z.number().int(),
  payMinFen: z.number().int(),
  payMaxFen: z.number().int(),
  payUnit: PayUnitSchema,
  workHours: WorkHoursSchema,
  dailyHours: z.string().nullable(),
  shifts: z.string().nullable(),
  workDays: z.string().nullable(),
  address: z.string(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  benefits: z.array(JobBenefitSchema),
  validFrom: z.string(),
  validTo: z.string(),
  contactName: z.string(),
  /** Masked (138****5678); the full number is for the collecting station, never the public board. */
  contactPhoneMasked: z.string(),
  state: JobStateSchema,
  source: JobSourceSchema,
  serviceRecordId: z.string().nullable(),
  districtCode: z.string(),
  townCode: z.string(),
  villageCode: z.string().nullable(),
  createdByName: z.string().nullable(),
  version: z.number().int(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Job = z.infer<typeof JobSchema>;
export const JobPageSchema = pageOf(JobSchema);

export const JOB_SORTS = ['updatedAt', 'validTo', 'title', 'payMaxFen'] as const;
const OccupationPrefixSchema = z.string().regex(OCCUPATION_CODE_RE, { error: '职业代码格式应为 4-14-06-02 这样的形式' });
export const ListJobsQuerySchema = PageQuerySchema.extend({
  state: JobStateSchema.optional(),
  kind: JobKindSchema.optional(),
  townCode: TownCodeSchema.optional(),
  /** A code at any level: the job's code or one of its parents. */
  occupation: OccupationPrefixSchema.optional(),
  employerId: IdSchema.optional(),
  siteId: IdSchema.optional(),
  q: z.string().trim().max(40).optional(),
  /** Jobs valid on this day (the gig board by date). */
  onDate: DateSchema.optional(),
  sort: z.enum(JOB_SORTS).default('updatedAt'),
  order: SortOrderSchema.default('desc'),
});
export type ListJobsQuery = z.infer<typeof ListJobsQuerySchema>;

/** The wording check as a service: the web form can ask the server what it would refuse. */
export const WordingFindingSchema = z.object({
  field: z.string(),
  category: z.enum(['sex', 'ethnicity', 'hukou', 'marriage', 'age', 'health', 'disability', 'fraud']),
  words: z.array(z.string()),
  reason: z.string(),
});

// ── the public board (no sign-in) ───────────────────────────────────────────────

/** What anyone may see: the collecting station's contact, never the employer's. */
export const PublicJobSchema = z.object({
  id: z.string(),
  kind: JobKindSchema,
  occupationCode: z.string(),
  title: z.string(),
  description: z.string(),
  employerName: z.string(),
  educationMin: EducationLevelSchema.nullable(),
  skills: z.array(z.string()),
  certificates: z.array(z.string()),
  experienceYears: z.number().int().nullable(),
  requirementsNote: z.string().nullable(),
  ageMin: z.number().int().nullable(),
  ageMax: z.number().int().nullable(),
  ageReason: AgeReasonSchema.nullable(),
  headcount: z.number().int(),
  payMinFen: z.number().int(),
  payMaxFen: z.number().int(),
  payUnit: PayUnitSchema,
  workHours: WorkHoursSchema,
  dailyHours: z.string().nullable(),
  shifts: z.string().nullable(),
  workDays: z.string().nullable(),
  address: z.string(),
  benefits: z.array(JobBenefitSchema),
  validTo: z.string(),
  townCode: z.string(),
  stationName: z.string(),
  stationAddress: z.string(),
  stationPhone: z.string().nullable(),
  siteId: z.string(),
});
export type PublicJob = z.infer<typeof PublicJobSchema>;
export const PublicJobPageSchema = pageOf(PublicJobSchema);

export const ListPublicJobsQuerySchema = PageQuerySchema.extend({
  townCode: TownCodeSchema.optional(),
  kind: JobKindSchema.optional(),
  occupation: OccupationPrefixSchema.optional(),
  siteId: IdSchema.optional(),
});
export type ListPublicJobsQuery = z.infer<typeof ListPublicJobsQuerySchema>;

/** 3500–4500 元/月; 200 元/天. */
export function formatPay(minFen: number, maxFen: number, unit: PayUnit): string {
  const yuan = (value: number) => (value % 100 === 0 ? String(value / 100) : (value / 100).toFixed(2));
  const range = minFen === maxFen ? yuan(minFen) : `${yuan(minFen)}–${yuan(maxFen)}`;
  return `${range} ${PAY_UNIT_LABELS[unit]}`;
}
