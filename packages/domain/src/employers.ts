import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';
import {
  IdSchema,
  LatSchema,
  LngSchema,
  PageQuerySchema,
  pageOf,
  QueryBooleanSchema,
  SortOrderSchema,
  TimestampSchema,
  text,
} from './common.ts';
import { IndustryDivisionCodeSchema, IndustrySectionCodeSchema } from './reference/industries.ts';
import { TownCodeSchema, VillageCodeSchema } from './regions.ts';
import { CreditCodeSchema } from './validators/credit-code.ts';
import { maskMobile, parseMobile } from './validators/mobile.ts';
import { compactInput, maskMiddle } from './validators/text.ts';

// ── employers (用人单位, plan §三.二) ─────────────────────────────────────────────

/**
 * The kinds of employer a station visits (plan §三.二): nearby firms for full-time jobs; sole
 * proprietors, housekeeping firms, homestays, farmer cooperatives and platform firms for part-time
 * and flexible jobs; and public bodies and social organisations, which also hire.
 */
export const EMPLOYER_KINDS = [
  'company',
  'sole_proprietor',
  'cooperative',
  'homestay',
  'housekeeping',
  'platform',
  'public_institution',
  'social_organization',
] as const;
export const EmployerKindSchema = z.enum(EMPLOYER_KINDS);
export type EmployerKind = z.infer<typeof EmployerKindSchema>;
export const EMPLOYER_KIND_LABELS: Record<EmployerKind, string> = {
  company: '企业',
  sole_proprietor: '个体工商户',
  cooperative: '农民专业合作社',
  homestay: '民宿',
  housekeeping: '家政服务机构',
  platform: '平台企业',
  public_institution: '机关事业单位',
  social_organization: '社会组织',
};

// ── contact phones ───────────────────────────────────────────────────────────

/**
 * An employer contact's phone: a mainland mobile (checked as `MobileSchema` checks it) or a fixed
 * line. A fixed line is written with its area code (021-59612345, 021 5961 2345, (021)59612345,
 * +86 21 5961 2345) and checked against libphonenumber's numbering plan; an 8-digit number without
 * an area code is read as a Shanghai number (021), as switchboards in Chongming are usually written.
 * An extension may follow after 转, #, ext or x. Normal forms: `13912345678`, `021-59612345`,
 * `021-59612345转801`.
 */
export const CONTACT_PHONE_ERRORS = ['format', 'invalid'] as const;
export type ContactPhoneError = (typeof CONTACT_PHONE_ERRORS)[number];
export const CONTACT_PHONE_ERROR_MESSAGES: Record<ContactPhoneError, string> = {
  format: '请填写手机号或带区号的固定电话，如 13912345678 或 021-59612345',
  invalid: '电话号码不存在，请核对区号和号码',
};

export type ContactPhoneResult =
  | { ok: true; value: { normalized: string; kind: 'mobile' | 'landline' } }
  | { ok: false; reason: ContactPhoneError };

const EXTENSION_RE = /^(.*?)(?:转|#|ext\.?|x)(\d{1,6})$/i;
const SHANGHAI_LOCAL_RE = /^[2-9]\d{7}$/;

export function parseContactPhone(input: string): ContactPhoneResult {
  const compact = compactInput(input);
  const mobile = parseMobile(compact);
  if (mobile.ok) return { ok: true, value: { normalized: mobile.value.normalized, kind: 'mobile' } };
  const [, main = compact, extension] = EXTENSION_RE.exec(compact) ?? [];
  const digits = main.replace(/[-()]/g, '');
  if (!/^\+?\d{7,15}$/.test(digits)) return { ok: false, reason: 'format' };
  const phone = parsePhoneNumberFromString(SHANGHAI_LOCAL_RE.test(digits) ? `021${digits}` : digits, 'CN');
  if (phone?.countryCallingCode !== '86' || !phone.isValid() || phone.getType() !== 'FIXED_LINE') {
    return { ok: false, reason: /^1\d{10}$/.test(digits) ? 'invalid' : 'format' };
  }
  // formatNational gives "021 5961 2345": the area code with its trunk 0, then the local number.
  const [areaCode, ...local] = phone.formatNational().split(' ');
  const normalized = `${areaCode}-${local.join('')}${extension ? `转${extension}` : ''}`;
  return { ok: true, value: { normalized, kind: 'landline' } };
}

/** Form and API input: any accepted spelling → the normal form; failures carry the zh-CN message. */
export const ContactPhoneSchema = z.string({ error: CONTACT_PHONE_ERROR_MESSAGES.format }).transform((input, ctx) => {
  const result = parseContactPhone(input);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: CONTACT_PHONE_ERROR_MESSAGES[result.reason], params: { reason: result.reason } });
    return z.NEVER;
  }
  return result.value.normalized;
});

/**
 * Display form of a normal-form contact phone: a mobile as 139****5678; a fixed line keeps its
 * area code and the first and last two digits of the local number (021-59****45), without the
 * extension.
 */
export function maskContactPhone(normalized: string): string {
  const landline = /^(0\d{2,3})-(\d{7,8})/.exec(normalized);
  if (!landline) return maskMobile(normalized);
  return `${landline[1]}-${maskMiddle(landline[2] ?? '', 2, 2)}`;
}

// ── the employer ─────────────────────────────────────────────────────────────

export const EmployerContactSchema = z.object({
  id: IdSchema,
  name: z.string(),
  role: z.string(),
  phoneMasked: z.string(),
});
export type EmployerContact = z.infer<typeof EmployerContactSchema>;

export const EmployerSchema = z.object({
  id: IdSchema,
  kind: EmployerKindSchema,
  name: z.string(),
  creditCode: z.string().nullable(),
  isKeyEmployer: z.boolean(),
  industryDivision: IndustryDivisionCodeSchema,
  /** The GB/T 4754 门类 of the 大类, derived. */
  industrySection: IndustrySectionCodeSchema,
  townCode: z.string(),
  townName: z.string(),
  villageCode: z.string().nullable(),
  villageName: z.string().nullable(),
  address: z.string(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  employeeCount: z.number().int().nullable(),
  contacts: z.array(EmployerContactSchema),
  isActive: z.boolean(),
  version: z.number().int(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Employer = z.infer<typeof EmployerSchema>;

const employerFields = {
  name: text(100),
  creditCode: CreditCodeSchema.nullable().optional(),
  isKeyEmployer: z.boolean().optional(),
  industryDivision: IndustryDivisionCodeSchema,
  townCode: TownCodeSchema,
  villageCode: VillageCodeSchema.nullable().optional(),
  address: text(200),
  lng: LngSchema.nullable().optional(),
  lat: LatSchema.nullable().optional(),
  employeeCount: z.number().int().min(0, { error: '职工人数不能为负数' }).max(1_000_000).nullable().optional(),
};

interface EmployerShape {
  kind: EmployerKind;
  creditCode?: string | null | undefined;
  lng?: number | null | undefined;
  lat?: number | null | undefined;
}

/**
 * Cross-field rules of an employer, shared by the create form, the API and updates: a credit code
 * is required of every kind but a sole proprietor (many 个体工商户 registered before 2016 have none
 * on their licence), and coordinates come in pairs.
 */
export function employerIssues(employer: EmployerShape): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (!employer.creditCode && employer.kind !== 'sole_proprietor') {
    issues.push({ path: 'creditCode', message: '请填写统一社会信用代码（仅个体工商户可不填）' });
  }
  if ((employer.lng == null) !== (employer.lat == null)) {
    issues.push({ path: employer.lng == null ? 'lng' : 'lat', message: '经纬度需同时填写' });
  }
  return issues;
}

export const CreateEmployerBodySchema = z.object({ kind: EmployerKindSchema, ...employerFields }).superRefine((employer, ctx) => {
  for (const issue of employerIssues(employer)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
});
export type CreateEmployerBody = z.infer<typeof CreateEmployerBodySchema>;

/** Updates name every field they change and carry the version they were based on. */
export const UpdateEmployerBodySchema = z
  .object({ kind: EmployerKindSchema, ...employerFields, version: z.number().int().min(1) })
  .partial()
  .required({ version: true });
export type UpdateEmployerBody = z.infer<typeof UpdateEmployerBodySchema>;

export const EMPLOYER_SORTS = ['name', 'kind', 'townCode', 'updatedAt'] as const;
export const ListEmployersQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  kind: EmployerKindSchema.optional(),
  townCode: TownCodeSchema.optional(),
  villageCode: VillageCodeSchema.optional(),
  isKeyEmployer: QueryBooleanSchema.optional(),
  industrySection: IndustrySectionCodeSchema.optional(),
  isActive: QueryBooleanSchema.optional(),
  sort: z.enum(EMPLOYER_SORTS).default('name'),
  order: SortOrderSchema.default('asc'),
});
export type ListEmployersQuery = z.infer<typeof ListEmployersQuerySchema>;
export const EmployerPageSchema = pageOf(EmployerSchema);

export const EmployerContactBodySchema = z.object({
  name: text(50),
  /** The contact's position at the employer: 人事经理, 店主 … */
  role: text(30),
  phone: ContactPhoneSchema,
});
export type EmployerContactBody = z.infer<typeof EmployerContactBodySchema>;

// ── contact history (走访/联系记录) ──────────────────────────────────────────────

export const CONTACT_LOG_CHANNELS = ['visit', 'phone', 'online', 'event'] as const;
export const ContactLogChannelSchema = z.enum(CONTACT_LOG_CHANNELS);
export type ContactLogChannel = z.infer<typeof ContactLogChannelSchema>;
export const CONTACT_LOG_CHANNEL_LABELS: Record<ContactLogChannel, string> = {
  visit: '上门走访',
  phone: '电话联系',
  online: '线上联系',
  event: '活动对接',
};

export const ContactLogSchema = z.object({
  id: IdSchema,
  at: TimestampSchema,
  channel: ContactLogChannelSchema,
  summary: z.string(),
  /** The staff member who made the contact. */
  staffName: z.string(),
  /** Job openings collected in this contact (岗位收集). */
  jobsCollected: z.number().int(),
});
export type ContactLog = z.infer<typeof ContactLogSchema>;
export const ContactLogPageSchema = pageOf(ContactLogSchema);

export const AddContactLogBodySchema = z.object({
  /** When the contact took place (ISO 8601 with an offset); now when left out. Never in the future. */
  at: z.iso.datetime({ offset: true, error: '时间格式应为 ISO 8601，如 2026-11-26T10:00:00+08:00' }).optional(),
  channel: ContactLogChannelSchema,
  summary: text(1000),
  jobsCollected: z.number().int().min(0, { error: '收集岗位数不能为负数' }).max(10_000),
});
export type AddContactLogBody = z.infer<typeof AddContactLogBodySchema>;

export const ListContactLogsQuerySchema = PageQuerySchema;
export type ListContactLogsQuery = z.infer<typeof ListContactLogsQuerySchema>;
