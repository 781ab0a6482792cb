import { z } from 'zod';
import { DateSchema, IdSchema, PageQuerySchema, pageOf, QueryBooleanSchema, SortOrderSchema, TimestampSchema, text } from './common.ts';
import { TravelModeSchema } from './geography.ts';
import { KnownOccupationCodeSchema } from './reference/occupations.ts';
import { GridCodeSchema, TownCodeSchema, VillageCodeSchema } from './regions.ts';
import { IdNumberSchema, SEXES } from './validators/id-number.ts';
import { MobileSchema } from './validators/mobile.ts';

// ── enums (plan §三.一, §四.三; research/shanghai-rules.md §5.2, §5.10) ──────────────

export const HUKOU_TYPES = ['local_agricultural', 'local_non_agricultural', 'non_local', 'unknown'] as const;
export const HukouTypeSchema = z.enum(HUKOU_TYPES);
export type HukouType = z.infer<typeof HukouTypeSchema>;
export const HUKOU_TYPE_LABELS: Record<HukouType, string> = {
  local_agricultural: '本市农业户籍',
  local_non_agricultural: '本市非农业户籍',
  non_local: '外省市户籍',
  unknown: '待核实',
};

export const EDUCATION_LEVELS = [
  'unknown',
  'none',
  'primary',
  'junior_secondary',
  'senior_secondary',
  'vocational_secondary',
  'junior_college',
  'bachelor',
  'master',
  'doctorate',
] as const;
export const EducationLevelSchema = z.enum(EDUCATION_LEVELS);
export type EducationLevel = z.infer<typeof EducationLevelSchema>;
export const EDUCATION_LEVEL_LABELS: Record<EducationLevel, string> = {
  unknown: '待核实',
  none: '未上过学',
  primary: '小学',
  junior_secondary: '初中',
  senior_secondary: '高中',
  vocational_secondary: '中专/技校/职高',
  junior_college: '大专',
  bachelor: '本科',
  master: '硕士研究生',
  doctorate: '博士研究生',
};

export const EMPLOYMENT_STATUSES = [
  'unknown',
  'employed',
  'flexible',
  'self_employed',
  'unemployed',
  'student',
  'retired',
  'not_in_labour_force',
] as const;
export const EmploymentStatusSchema = z.enum(EMPLOYMENT_STATUSES);
export type EmploymentStatus = z.infer<typeof EmploymentStatusSchema>;
export const EMPLOYMENT_STATUS_LABELS: Record<EmploymentStatus, string> = {
  unknown: '待核实',
  employed: '单位就业',
  flexible: '灵活就业',
  self_employed: '自主创业/个体经营',
  unemployed: '失业（无业）',
  student: '在校学生',
  retired: '已退休',
  not_in_labour_force: '非劳动力（丧失劳动能力等）',
};

export const KEY_GROUPS = [
  'graduate',
  'hardship',
  'registered_unemployed',
  'long_term_unemployed_youth',
  'rural_labour',
  'veteran',
  'disabled',
  'low_income',
  'zero_employment_household',
  'special_attention',
] as const;
export const KeyGroupSchema = z.enum(KEY_GROUPS);
export type KeyGroup = z.infer<typeof KeyGroupSchema>;
export const KEY_GROUP_LABELS: Record<KeyGroup, string> = {
  graduate: '高校毕业生',
  hardship: '就业困难人员',
  registered_unemployed: '登记失业人员',
  long_term_unemployed_youth: '长期失业青年',
  rural_labour: '农村富余劳动力',
  veteran: '退役军人',
  disabled: '残疾人',
  low_income: '低保/低收入家庭成员',
  zero_employment_household: '零就业家庭成员',
  special_attention: '特别关注人员',
};

/** 就业困难人员 categories recorded with a certification (沪人社规〔2022〕8号). */
export const HARDSHIP_CATEGORIES = [
  'older_age',
  'long_term_unemployed',
  'disabled',
  'low_income_family',
  'zero_employment_family',
  'other',
] as const;
export const HardshipCategorySchema = z.enum(HARDSHIP_CATEGORIES);
export const HARDSHIP_CATEGORY_LABELS: Record<z.infer<typeof HardshipCategorySchema>, string> = {
  older_age: '大龄失业',
  long_term_unemployed: '长期失业',
  disabled: '残疾',
  low_income_family: '低保/低收入家庭',
  zero_employment_family: '零就业家庭',
  other: '其他',
};

export const ASSISTANCE_CLASSIFICATIONS = ['ready', 'needs_support', 'hard_to_place'] as const;
export const AssistanceClassificationSchema = z.enum(ASSISTANCE_CLASSIFICATIONS);
export type AssistanceClassification = z.infer<typeof AssistanceClassificationSchema>;
export const ASSISTANCE_CLASSIFICATION_LABELS: Record<AssistanceClassification, string> = {
  ready: '可直接就业',
  needs_support: '需要帮扶',
  hard_to_place: '就业困难',
};

export const HOUSEHOLD_RELATIONS = ['head', 'spouse', 'child', 'parent', 'sibling', 'grandchild', 'other'] as const;
export const HouseholdRelationSchema = z.enum(HOUSEHOLD_RELATIONS);
export const HOUSEHOLD_RELATION_LABELS: Record<z.infer<typeof HouseholdRelationSchema>, string> = {
  head: '户主',
  spouse: '配偶',
  child: '子女',
  parent: '父母',
  sibling: '兄弟姐妹',
  grandchild: '孙子女',
  other: '其他',
};

export const CONSENT_CHANNELS = ['written', 'verbal_recorded', 'online'] as const;
export const ConsentChannelSchema = z.enum(CONSENT_CHANNELS);
export const CONSENT_CHANNEL_LABELS: Record<z.infer<typeof ConsentChannelSchema>, string> = {
  written: '书面签字',
  verbal_recorded: '口头同意（已记录）',
  online: '线上勾选',
};

export const WORK_HOURS = ['full_time', 'part_time', 'flexible', 'any'] as const;
export const WorkHoursSchema = z.enum(WORK_HOURS);
export const WORK_HOURS_LABELS: Record<z.infer<typeof WorkHoursSchema>, string> = {
  full_time: '全日制',
  part_time: '非全日制',
  flexible: '灵活时间',
  any: '均可',
};

// ── parts of a resident's file ───────────────────────────────────────────────

export const KeyGroupMembershipSchema = z
  .object({
    group: KeyGroupSchema,
    /** Who said so: a certificate, a list from the civil-affairs bureau, a visit. */
    source: text(100),
    validFrom: DateSchema,
    validTo: DateSchema.nullable().optional(),
    hardshipCategory: HardshipCategorySchema.nullable().optional(),
    certifyingOrg: z.string().trim().max(100).nullable().optional(),
  })
  .refine((m) => !m.validTo || m.validTo >= m.validFrom, { error: '失效日期应不早于生效日期', path: ['validTo'] })
  .refine((m) => m.group !== 'hardship' || Boolean(m.hardshipCategory), { error: '请选择就业困难人员类别', path: ['hardshipCategory'] });
export type KeyGroupMembership = z.infer<typeof KeyGroupMembershipSchema>;

export const JobIntentionSchema = z
  .object({
    occupations: z.array(KnownOccupationCodeSchema).max(5),
    places: z.array(z.string().trim().min(1).max(40)).max(5),
    /** Monthly pay, in fen. */
    payMinFen: z.number().int().min(0).max(10_000_000).nullable(),
    payMaxFen: z.number().int().min(0).max(10_000_000).nullable(),
    hours: WorkHoursSchema,
    maxCommuteMinutes: z.number().int().min(5).max(180).nullable(),
    /** How the resident gets to work (the commute estimate of matching); unrecorded: the electric bike. */
    travelMode: TravelModeSchema.optional(),
  })
  .refine((i) => i.payMinFen == null || i.payMaxFen == null || i.payMaxFen >= i.payMinFen, {
    error: '最高期望薪酬应不低于最低',
    path: ['payMaxFen'],
  });
export type JobIntention = z.infer<typeof JobIntentionSchema>;

export const CertificateSchema = z.object({
  name: text(60),
  level: z.string().trim().max(20).optional(),
  number: z.string().trim().max(40).optional(),
});

const residentFields = {
  name: text(30),
  mobile: MobileSchema.nullable().optional(),
  hukouType: HukouTypeSchema,
  address: text(200),
  townCode: TownCodeSchema,
  villageCode: VillageCodeSchema,
  gridCode: GridCodeSchema.nullable().optional(),
  education: EducationLevelSchema,
  occupations: z.array(KnownOccupationCodeSchema).max(5),
  skills: z.array(z.string().trim().min(1).max(30)).max(20),
  certificates: z.array(CertificateSchema).max(10),
  /** Sensitive (PIPL §28): shown only to those who may see sensitive data. */
  hasDisability: z.boolean(),
  healthNote: z.string().trim().max(200).nullable().optional(),
  householdId: IdSchema.nullable().optional(),
  householdRelation: HouseholdRelationSchema.nullable().optional(),
  jobIntention: JobIntentionSchema.nullable().optional(),
  consentChannel: ConsentChannelSchema,
  consentDate: DateSchema,
};

export const CreateResidentBodySchema = z.object({
  idNumber: IdNumberSchema,
  ...residentFields,
  employmentStatus: EmploymentStatusSchema,
  keyGroups: z.array(KeyGroupMembershipSchema).max(10).default([]),
});
export type CreateResidentBody = z.input<typeof CreateResidentBodySchema>;

export const UpdateResidentBodySchema = z
  .object({ ...residentFields, keyGroups: z.array(KeyGroupMembershipSchema).max(10), version: z.number().int().min(1) })
  .partial()
  .required({ version: true });
export type UpdateResidentBody = z.infer<typeof UpdateResidentBodySchema>;

/** A change of employment status is its own act, with its reason, kept in the history. */
export const ChangeEmploymentStatusBodySchema = z.object({
  status: EmploymentStatusSchema,
  reason: text(200),
  effectiveDate: DateSchema,
  version: z.number().int().min(1),
});
export type ChangeEmploymentStatusBody = z.infer<typeof ChangeEmploymentStatusBodySchema>;

export const UnmaskBodySchema = z.object({
  fields: z.array(z.enum(['idNumber', 'mobile'])).min(1),
  /** Why the full number is needed; kept in the audit row. */
  reason: z.string().trim().min(4, { error: '请写明查看原因（至少 4 个字）' }).max(200),
});
export type UnmaskBody = z.infer<typeof UnmaskBodySchema>;
export const UnmaskedSchema = z.object({ idNumber: z.string().optional(), mobile: z.string().nullable().optional() });

export const EmploymentStatusChangeSchema = z.object({
  status: EmploymentStatusSchema,
  previousStatus: EmploymentStatusSchema.nullable(),
  effectiveDate: z.string(),
  reason: z.string(),
  changedBy: z.string().nullable(),
  changedAt: TimestampSchema,
});

export const ResidentSummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  /** Always masked here: 310230********1234. */
  idNumberMasked: z.string(),
  mobileMasked: z.string().nullable(),
  sex: z.enum(SEXES),
  /**
   * Only for those who may unmask (`resident:unmask`); null for everyone else. The birth date is the
   * eight characters the masked number hides: beside the first 6 and last 4 it is the whole number.
   */
  birthDate: z.string().nullable(),
  /** Whole years on today's Shanghai date (`ageOn`), for every viewer. */
  age: z.number().int(),
  townCode: z.string(),
  townName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  gridCode: z.string().nullable(),
  employmentStatus: EmploymentStatusSchema,
  keyGroups: z.array(KeyGroupSchema),
  updatedAt: TimestampSchema,
});
export type ResidentSummary = z.infer<typeof ResidentSummarySchema>;

export const ResidentSchema = ResidentSummarySchema.extend({
  hukouType: HukouTypeSchema,
  address: z.string(),
  education: EducationLevelSchema,
  occupations: z.array(z.string()),
  skills: z.array(z.string()),
  certificates: z.array(CertificateSchema),
  /** Null when the viewer may not see sensitive data. */
  hasDisability: z.boolean().nullable(),
  healthNote: z.string().nullable(),
  householdId: z.string().nullable(),
  householdRelation: HouseholdRelationSchema.nullable(),
  /** The other members of the household (its head's id is householdId). */
  householdMembers: z.array(z.object({ id: z.string(), name: z.string(), relation: HouseholdRelationSchema.nullable() })),
  jobIntention: JobIntentionSchema.nullable(),
  keyGroupMemberships: z.array(KeyGroupMembershipSchema),
  statusHistory: z.array(EmploymentStatusChangeSchema),
  consentChannel: ConsentChannelSchema,
  consentDate: z.string(),
  isChongmingIdNumber: z.boolean(),
  mergedIntoId: z.string().nullable(),
  version: z.number().int(),
  createdAt: TimestampSchema,
});
export type Resident = z.infer<typeof ResidentSchema>;

/**
 * `birthDate` sorts by age: by the date itself for those who may unmask, by whole years (then id)
 * for everyone else — the order of the days would tell what the null birth date hides.
 */
export const RESIDENT_SORTS = ['name', 'updatedAt', 'birthDate', 'villageCode'] as const;
export const ListResidentsQuerySchema = PageQuerySchema.extend({
  /** A name fragment (any length, 滧 included) or pinyin initials (zs for 张三). */
  q: z.string().trim().max(30).optional(),
  /** The last four characters of the ID number or of the mobile. */
  last4: z
    .string()
    .trim()
    .regex(/^[0-9Xx]{4}$/, { error: '请输入 4 位数字（身份证末位可为 X）' })
    .optional(),
  townCode: TownCodeSchema.optional(),
  villageCode: VillageCodeSchema.optional(),
  gridCode: GridCodeSchema.optional(),
  keyGroup: KeyGroupSchema.optional(),
  status: EmploymentStatusSchema.optional(),
  /** An occupation code the resident would take a job in. */
  intention: KnownOccupationCodeSchema.optional(),
  includeMerged: QueryBooleanSchema.optional(),
  sort: z.enum(RESIDENT_SORTS).default('updatedAt'),
  order: SortOrderSchema.default('desc'),
});
export type ListResidentsQuery = z.infer<typeof ListResidentsQuerySchema>;
export const ResidentPageSchema = pageOf(ResidentSummarySchema);

// ── assistance file (个性化就业援助档案) and timeline ──────────────────────────────

export const AssistanceFileSchema = z.object({
  residentId: z.string(),
  assessment: z.string(),
  classification: AssistanceClassificationSchema,
  plan: z.string(),
  responsibleStaffId: z.string().nullable(),
  responsibleStaffName: z.string().nullable(),
  nextFollowUpDate: z.string().nullable(),
  version: z.number().int(),
  updatedAt: TimestampSchema,
});
export type AssistanceFile = z.infer<typeof AssistanceFileSchema>;
export const SaveAssistanceFileBodySchema = z.object({
  assessment: text(2000),
  classification: AssistanceClassificationSchema,
  plan: text(2000),
  responsibleStaffId: IdSchema.nullable(),
  nextFollowUpDate: DateSchema.nullable(),
  /** The version read, or absent when the file is new. */
  version: z.number().int().min(1).optional(),
});
export type SaveAssistanceFileBody = z.infer<typeof SaveAssistanceFileBodySchema>;

export const TimelineEntrySchema = z.object({
  id: z.string(),
  at: TimestampSchema,
  kind: z.string(),
  summary: z.string(),
  actorName: z.string().nullable(),
  /** The record in another module this entry comes from (a service record, a visit …), if any. */
  source: z.object({ module: z.string(), id: z.string() }).nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
export const AddTimelineNoteBodySchema = z.object({ summary: text(1000) });

// ── duplicates and merge ─────────────────────────────────────────────────────

export const DuplicatePairSchema = z.object({
  reason: z.enum(['same_name_birth_village']),
  residents: z.array(ResidentSummarySchema).length(2),
});
export type DuplicatePair = z.infer<typeof DuplicatePairSchema>;
export const MergeResidentsBodySchema = z
  .object({ keepId: IdSchema, mergeId: IdSchema, reason: z.string().trim().min(4, { error: '请写明合并依据（至少 4 个字）' }).max(200) })
  .refine((b) => b.keepId !== b.mergeId, { error: '不能与自身合并', path: ['mergeId'] });
export type MergeResidentsBody = z.infer<typeof MergeResidentsBodySchema>;

// ── import and export ────────────────────────────────────────────────────────

/** The fields an import can fill, with the column headings staff usually write for them. */
export const IMPORT_FIELDS = {
  name: ['姓名', '名字'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '证件号码'],
  mobile: ['手机', '手机号', '手机号码', '联系电话', '电话'],
  hukouType: ['户籍', '户籍类型', '户口性质'],
  address: ['地址', '居住地址', '现住址', '家庭住址'],
  villageCode: ['村居代码', '村居编码'],
  villageName: ['村居', '村居名称', '所在村居', '村（居）委'],
  education: ['学历', '文化程度'],
  employmentStatus: ['就业状态', '就业情况'],
  keyGroups: ['重点群体', '人员类别'],
  skills: ['技能', '技能特长'],
} as const;
export type ImportField = keyof typeof IMPORT_FIELDS;
export const IMPORT_FIELD_KEYS = Object.keys(IMPORT_FIELDS) as [ImportField, ...ImportField[]];
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['name', 'idNumber', 'address'];

export const IMPORT_STATES = ['previewed', 'importing', 'done', 'failed', 'cancelled'] as const;
export const ImportStateSchema = z.enum(IMPORT_STATES);
/** Why an import row is refused: the code is what the API promises; the reason is the zh-CN text shown. */
export const IMPORT_ROW_ERROR_CODES = [
  'column_missing',
  'required',
  'too_long',
  'id_number_invalid',
  'mobile_invalid',
  /** No such village, or one outside the importer's area (the two are not told apart). */
  'village_unknown',
  'village_ambiguous',
  'value_unknown',
  'duplicate_in_file',
  /** The ID number is registered outside the importer's area: nothing is written or shown. */
  'registered_elsewhere',
  'resident_merged',
] as const;
export type ImportRowErrorCode = (typeof IMPORT_ROW_ERROR_CODES)[number];
export const ImportRowErrorSchema = z.object({
  row: z.number().int(),
  field: z.string(),
  code: z.enum(IMPORT_ROW_ERROR_CODES),
  reason: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;
/**
 * A value the preview read (issue 15 §5): the column, the text in the file → the value stored, where the
 * mapping came from (the label, the built-in synonyms or the district's, import-synonyms.ts) and on how many rows.
 */
export const ImportValueMappingSchema = z.object({
  column: z.string(),
  field: z.enum(['hukouType', 'education', 'employmentStatus', 'keyGroups']),
  text: z.string(),
  value: z.string(),
  source: z.enum(['label', 'built_in', 'custom']),
  rows: z.number().int(),
});
export type ImportValueMapping = z.infer<typeof ImportValueMappingSchema>;
export const ImportJobSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  state: ImportStateSchema,
  /** Column heading → field; null for columns that are not imported. */
  mapping: z.record(z.string(), z.enum(IMPORT_FIELD_KEYS).nullable()),
  headers: z.array(z.string()),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  newRows: z.number().int(),
  changedRows: z.number().int(),
  unchangedRows: z.number().int(),
  errors: z.array(ImportRowErrorSchema),
  errorCount: z.number().int(),
  /** The values read through a synonym or a label, per column. */
  valueMappings: z.array(ImportValueMappingSchema),
  processedRows: z.number().int(),
  createdAt: TimestampSchema,
});
export type ImportJob = z.infer<typeof ImportJobSchema>;
export const RemapImportBodySchema = z.object({ mapping: z.record(z.string(), z.enum(IMPORT_FIELD_KEYS).nullable()) });
/** The ledger's filters; a reason asks for full numbers (needs resident:unmask, and is audited). */
export const ExportResidentsQuerySchema = ListResidentsQuerySchema.omit({ page: true, pageSize: true }).extend({
  reason: z.string().trim().min(4, { error: '请写明导出完整号码的原因（至少 4 个字）' }).max(200).optional(),
});
export type ExportResidentsQuery = z.infer<typeof ExportResidentsQuerySchema>;

export const CreateImportBodySchema = z.object({
  fileName: z
    .string()
    .trim()
    .regex(/\.(xlsx|csv)$/i, { error: '请上传 .xlsx 或 .csv 文件' })
    .max(200),
  /** The file's bytes, base64. */
  contentBase64: z.string().min(1, { error: '文件是空的' }).max(40_000_000, { error: '文件太大（上限约 30 MB）' }),
});
export type CreateImportBody = z.infer<typeof CreateImportBodySchema>;

// ── value synonyms of the registry import (issue 15 §5) ─────────────────────────
// Columns map by heading (IMPORT_FIELDS); values map by these tables: the contract's labels, the
// everyday words below, and the words a district admin adds (its own table, which wins over these).

/** The import fields whose cells are read as a contract value. */
export const SYNONYM_FIELDS = ['hukouType', 'education', 'employmentStatus', 'keyGroups'] as const;
export const SynonymFieldSchema = z.enum(SYNONYM_FIELDS);
export type SynonymField = z.infer<typeof SynonymFieldSchema>;

export interface SynonymValues {
  hukouType: HukouType;
  education: EducationLevel;
  employmentStatus: EmploymentStatus;
  keyGroups: KeyGroup;
}

/** Each field's values and their zh-CN labels (a label always reads as its own value). */
export const SYNONYM_FIELD_VALUES: { [F in SynonymField]: Record<SynonymValues[F], string> } = {
  hukouType: HUKOU_TYPE_LABELS,
  education: EDUCATION_LEVEL_LABELS,
  employmentStatus: EMPLOYMENT_STATUS_LABELS,
  keyGroups: KEY_GROUP_LABELS,
};
const SYNONYM_VALUES: Record<SynonymField, readonly string[]> = {
  hukouType: HUKOU_TYPES,
  education: EDUCATION_LEVELS,
  employmentStatus: EMPLOYMENT_STATUSES,
  keyGroups: KEY_GROUPS,
};
export const SYNONYM_FIELD_LABELS: Record<SynonymField, string> = {
  hukouType: '户籍类型',
  education: '学历',
  employmentStatus: '就业状态',
  keyGroups: '重点群体',
};

/**
 * What staff spreadsheets write instead of the labels, each word → the value stored. "及以上" and
 * "及以下" words take the level they name (本科及以上 → bachelor: the file does not say more).
 */
export const IMPORT_VALUE_SYNONYMS: { [F in SynonymField]: Readonly<Record<string, SynonymValues[F]>> } = {
  hukouType: {
    农业: 'local_agricultural',
    农业户口: 'local_agricultural',
    农村户口: 'local_agricultural',
    农业户籍: 'local_agricultural',
    本市农业: 'local_agricultural',
    本市农业户口: 'local_agricultural',
    非农业: 'local_non_agricultural',
    非农业户口: 'local_non_agricultural',
    非农户口: 'local_non_agricultural',
    城镇户口: 'local_non_agricultural',
    居民户口: 'local_non_agricultural',
    本市非农业: 'local_non_agricultural',
    外省市: 'non_local',
    外省: 'non_local',
    外地: 'non_local',
    外地户口: 'non_local',
    外来人员: 'non_local',
    非本市户籍: 'non_local',
  },
  education: {
    文盲: 'none',
    无: 'none',
    未上学: 'none',
    小学及以下: 'primary',
    初中及以下: 'junior_secondary',
    高中及以下: 'senior_secondary',
    普高: 'senior_secondary',
    中专: 'vocational_secondary',
    中职: 'vocational_secondary',
    技校: 'vocational_secondary',
    职高: 'vocational_secondary',
    大专: 'junior_college',
    专科: 'junior_college',
    大学专科: 'junior_college',
    高职: 'junior_college',
    大专及以上: 'junior_college',
    本科: 'bachelor',
    大学本科: 'bachelor',
    大学: 'bachelor',
    本科及以上: 'bachelor',
    研究生: 'master',
    硕士: 'master',
    研究生及以上: 'master',
    博士: 'doctorate',
  },
  employmentStatus: {
    未就业: 'unemployed',
    待业: 'unemployed',
    无业: 'unemployed',
    失业: 'unemployed',
    失业人员: 'unemployed',
    就业: 'employed',
    已就业: 'employed',
    在职: 'employed',
    上班: 'employed',
    灵活: 'flexible',
    零工: 'flexible',
    打零工: 'flexible',
    创业: 'self_employed',
    自主创业: 'self_employed',
    个体: 'self_employed',
    个体户: 'self_employed',
    退休: 'retired',
    学生: 'student',
    在校: 'student',
    在读: 'student',
    丧失劳动能力: 'not_in_labour_force',
    非劳动力: 'not_in_labour_force',
  },
  keyGroups: {
    毕业生: 'graduate',
    应届毕业生: 'graduate',
    就困: 'hardship',
    就业困难: 'hardship',
    登记失业: 'registered_unemployed',
    农村劳动力: 'rural_labour',
    富余劳动力: 'rural_labour',
    退伍军人: 'veteran',
    退役: 'veteran',
    残疾: 'disabled',
    低保: 'low_income',
    低收入: 'low_income',
    零就业: 'zero_employment_household',
    零就业家庭: 'zero_employment_household',
  },
};

/** One word → value of a field (a built-in one, or one a district admin added). */
export const ImportSynonymSchema = z.object({
  field: SynonymFieldSchema,
  text: z.string().trim().min(1, { error: '请填写表格中的写法' }).max(30, { error: '不能超过 30 个字符' }),
  value: z.string(),
});
export type ImportSynonym = z.infer<typeof ImportSynonymSchema>;

/** The district's table, replaced whole: each value one of its field's, each word once per field. */
export const PutImportSynonymsBodySchema = z.object({ synonyms: z.array(ImportSynonymSchema).max(500) }).superRefine((body, ctx) => {
  const seen = new Set<string>();
  body.synonyms.forEach((synonym, index) => {
    if (!SYNONYM_VALUES[synonym.field].includes(synonym.value))
      ctx.addIssue({ code: 'custom', path: ['synonyms', index, 'value'], message: '请选择该字段的取值' });
    const key = `${synonym.field}|${synonym.text}`;
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['synonyms', index, 'text'], message: '同一字段中该写法重复' });
    seen.add(key);
  });
});
export type PutImportSynonymsBody = z.infer<typeof PutImportSynonymsBodySchema>;

export const ImportSynonymsSchema = z.object({
  /** The built-in table (IMPORT_VALUE_SYNONYMS), for reference. */
  builtIn: z.array(ImportSynonymSchema),
  /** The district's own words; they win over the built-in ones. */
  custom: z.array(ImportSynonymSchema),
});
export type ImportSynonyms = z.infer<typeof ImportSynonymsSchema>;

/** The built-in table as a list. */
export function builtInSynonyms(): ImportSynonym[] {
  return SYNONYM_FIELDS.flatMap((field) =>
    Object.entries(IMPORT_VALUE_SYNONYMS[field] as Record<string, string>).map(([text, value]) => ({ field, text, value })),
  );
}
