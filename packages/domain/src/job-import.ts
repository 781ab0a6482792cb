import { z } from 'zod';
import { IdSchema } from './common.ts';

// ── importing jobs from a spreadsheet (the job-fair list, issue 9 §6) ─────────────────────

/**
 * The columns an import reads, each with the headings staff write for it. The first heading is
 * the one the job-fair list (`GET /api/jobs/export.xlsx`) writes, so an exported file imports as is.
 */
export const JOB_IMPORT_FIELDS = {
  title: ['岗位名称', '岗位', '职位名称', '职位', '招聘岗位'],
  employerName: ['用人单位', '单位名称', '企业名称', '招聘单位', '公司名称', '单位'],
  creditCode: ['统一社会信用代码', '信用代码', '社会信用代码'],
  kind: ['类型', '岗位类型', '用工形式'],
  occupationName: ['职业', '工种'],
  occupationCode: ['职业代码', '职业编码'],
  pay: ['薪酬', '薪资', '工资', '薪资待遇', '月薪'],
  headcount: ['招聘人数', '人数', '需求人数', '招聘数量'],
  educationMin: ['最低学历', '学历', '学历要求'],
  workHours: ['工时', '工时制度'],
  dailyHours: ['工作时间', '上班时间'],
  benefits: ['福利', '福利待遇'],
  address: ['工作地点', '工作地址', '地址'],
  validFrom: ['开始日期', '发布日期'],
  validTo: ['截止日期', '有效期至', '截止时间'],
  state: ['状态', '岗位状态'],
  contactName: ['单位联系人', '联系人'],
  contactPhone: ['联系电话（脱敏）', '联系电话', '电话', '手机', '联系方式'],
  description: ['岗位描述', '岗位职责', '工作内容', '描述'],
  requirementsNote: ['任职要求', '岗位要求', '要求'],
} as const;
export type JobImportField = keyof typeof JOB_IMPORT_FIELDS;

export const JOB_IMPORT_ROW_ERROR_CODES = [
  /** No column for a required field (row 1 or the heading row). */
  'column_missing',
  'required',
  'invalid',
  'value_unknown',
  /** Discriminatory or fraudulent wording (job-wording.ts). */
  'wording_refused',
  /** No such employer, or one outside the importer's area (the two are not told apart). */
  'employer_unknown',
  'employer_ambiguous',
  /** Only drafts and open jobs are imported. */
  'state_unsupported',
] as const;
export type JobImportRowErrorCode = (typeof JOB_IMPORT_ROW_ERROR_CODES)[number];
export const JobImportRowErrorSchema = z.object({
  /** The spreadsheet row number. */
  row: z.number().int(),
  /** The job field (as the job form names it), e.g. `title`, `employerId`, `payMinFen`. */
  field: z.string(),
  code: z.enum(JOB_IMPORT_ROW_ERROR_CODES),
  reason: z.string(),
});
export type JobImportRowError = z.infer<typeof JobImportRowErrorSchema>;

/** The same file limits as the registry's import: xlsx (or csv), about 30 MB, 200,000 rows. */
export const JobImportFileSchema = z.object({
  fileName: z
    .string()
    .trim()
    .regex(/\.(xlsx|csv)$/i, { error: '请上传 .xlsx 或 .csv 文件' })
    .max(200),
  /** The file's bytes, base64. */
  contentBase64: z.string().min(1, { error: '文件是空的' }).max(40_000_000, { error: '文件太大（上限约 30 MB）' }),
  /** The collecting site, for an importer who belongs to none (an importer's own site always wins). */
  siteId: IdSchema.optional(),
});
export type JobImportFile = z.infer<typeof JobImportFileSchema>;

export const JobImportBodySchema = JobImportFileSchema.extend({
  /** Import the valid rows and leave out the faulty ones; without it a file with faults is refused. */
  skipInvalid: z.boolean().default(false),
});
export type JobImportBody = z.input<typeof JobImportBodySchema>;

export const JobImportPreviewSchema = z.object({
  totalRows: z.number().int(),
  validRows: z.number().int(),
  /** Rows with at least one fault. */
  invalidRows: z.number().int(),
  errors: z.array(JobImportRowErrorSchema),
});
export type JobImportPreview = z.infer<typeof JobImportPreviewSchema>;

export const JobImportResultSchema = JobImportPreviewSchema.extend({
  created: z.number().int(),
  jobIds: z.array(z.string()),
});
export type JobImportResult = z.infer<typeof JobImportResultSchema>;
