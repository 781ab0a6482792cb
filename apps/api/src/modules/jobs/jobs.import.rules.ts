import {
  CreateJobBodySchema,
  type CreateJobInput,
  EDUCATION_LEVEL_LABELS,
  type EducationLevel,
  JOB_BENEFIT_LABELS,
  JOB_IMPORT_FIELDS,
  JOB_KIND_LABELS,
  JOB_STATE_LABELS,
  type JobBenefit,
  type JobImportField,
  type JobImportRowError,
  type JobImportRowErrorCode,
  type JobKind,
  jobWordingFindings,
  OCCUPATIONS,
  PAY_UNIT_LABELS,
  type PayUnit,
  WORK_HOURS_LABELS,
  wordingMessages,
} from '@jobcircle/domain';
import { neutraliseCell } from '../../platform/spreadsheet-safety.ts';

/**
 * The job import's rules, free of I/O: headings → columns, a row → the body a job is created with
 * (the same schema and wording check as `POST /api/jobs`) or its faults. Unit-tested in
 * jobs.import.rules.unit.test.ts.
 */

/** A job the import would create, at its spreadsheet row. */
export interface JobImportRecord {
  row: number;
  body: CreateJobInput;
}

/** The employers an import may name (found in the importer's scope), by credit code and by exact name. */
export interface EmployerIndex {
  byCode: Map<string, ImportEmployer>;
  byName: Map<string, ImportEmployer[]>;
}
export interface ImportEmployer {
  id: string;
  name: string;
  creditCode: string | null;
  address: string;
  contact: { name: string; phone: string } | null;
}

/** Where every row is collected and which day it is (Shanghai). */
export interface RowContext {
  siteId: string;
  today: string;
}

type Values = Partial<Record<JobImportField, string>>;

function rowError(row: number, field: string, code: JobImportRowErrorCode, reason: string): JobImportRowError {
  return { row, field, code, reason };
}

function reverse<T extends string>(labels: Record<T, string>, synonyms: Record<string, T> = {}): Map<string, T> {
  return new Map([...Object.entries(labels).map(([key, label]) => [label as string, key as T] as const), ...Object.entries(synonyms)]);
}
const KIND_BY_LABEL = reverse(JOB_KIND_LABELS, {
  全职: 'full_time',
  兼职: 'part_time',
  公益岗: 'public_welfare',
  公益岗位: 'public_welfare',
  临时工: 'gig',
  日结: 'gig',
});
const EDUCATION_BY_LABEL = reverse(EDUCATION_LEVEL_LABELS, {
  中专: 'vocational_secondary',
  技校: 'vocational_secondary',
  职高: 'vocational_secondary',
  专科: 'junior_college',
  大学本科: 'bachelor',
  研究生: 'master',
  硕士: 'master',
  博士: 'doctorate',
});
const WORK_HOURS_BY_LABEL = reverse(WORK_HOURS_LABELS, { 标准工时: 'full_time', 不定时: 'flexible', 综合工时: 'flexible' });
const BENEFIT_BY_LABEL = reverse(JOB_BENEFIT_LABELS, {
  社保: 'social_insurance',
  五险: 'social_insurance',
  五险一金: 'social_insurance',
  包吃: 'meals',
  工作餐: 'meals',
  包住: 'housing',
  住宿: 'housing',
  班车: 'transport',
  交通补贴: 'transport',
});
const UNIT_BY_LABEL = reverse(PAY_UNIT_LABELS, { 元: 'month', 元每月: 'month', 元月: 'month', 元天: 'day', 元日: 'day', '元/日': 'day' });
const OCCUPATION_BY_NAME = new Map(OCCUPATIONS.map((o) => [o.name, o.code]));

/** The heading row: the first of the sheet's first rows that names the job title column (the export puts a title row above it). */
export function isJobHeaderRow(cells: readonly string[]): boolean {
  return cells.some((cell) => (JOB_IMPORT_FIELDS.title as readonly string[]).includes(cell));
}

/** Which column each field reads (each field taken once, by its known headings), and the required columns that are missing. */
export function jobImportColumns(headers: readonly string[]): { columns: Map<JobImportField, number>; missing: string[] } {
  const columns = new Map<JobImportField, number>();
  headers.forEach((header, column) => {
    const field = (Object.entries(JOB_IMPORT_FIELDS) as [JobImportField, readonly string[]][]).find(
      ([f, headings]) => !columns.has(f) && headings.includes(header.trim()),
    )?.[0];
    if (field) columns.set(field, column);
  });
  const missing: string[] = [];
  const need = (fields: JobImportField[]) => {
    if (!fields.some((f) => columns.has(f))) missing.push(fields.map((f) => JOB_IMPORT_FIELDS[f][0]).join('”或“'));
  };
  need(['title']);
  need(['employerName', 'creditCode']);
  need(['occupationCode', 'occupationName']);
  need(['pay']);
  need(['headcount']);
  need(['validTo']);
  return { columns, missing };
}

/** 3500–4500 元/月, 3500-4500, 200 元/天, 25元/小时 → amounts in fen and the unit (元/月 when none is written). */
export function parsePay(text: string): { minFen: number; maxFen: number; unit: PayUnit } | null {
  const match = /^(\d+(?:\.\d{1,2})?)\s*(?:[-–—~～至到]\s*(\d+(?:\.\d{1,2})?))?\s*(.*)$/.exec(text.replace(/[,，]/g, '').trim());
  if (!match) return null;
  const unitText = (match[3] ?? '').replace(/\s+/g, '');
  const unit = unitText === '' ? 'month' : UNIT_BY_LABEL.get(unitText);
  if (!unit) return null;
  const fen = (value: string) => Math.round(Number(value) * 100);
  const minFen = fen(match[1] as string);
  return { minFen, maxFen: match[2] ? fen(match[2]) : minFen, unit };
}

/** 2026-12-31, 2026/12/31, 2026.12.31, 2026年12月31日 → 2026-12-31; anything else → null. */
export function parseDate(text: string): string | null {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  if (!match) return null;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** The employer a row names: by credit code when it has one, else by exact name; one outside the scope reads as unknown. */
function employerOf(
  values: Values,
  employers: EmployerIndex,
): { employer?: ImportEmployer; field: JobImportField; code?: JobImportRowErrorCode } {
  const creditCode = (values.creditCode ?? '').toUpperCase();
  if (creditCode) {
    const employer = employers.byCode.get(creditCode);
    return employer ? { employer, field: 'creditCode' } : { field: 'creditCode', code: 'employer_unknown' };
  }
  const name = values.employerName ?? '';
  if (!name) return { field: 'employerName', code: 'required' };
  const found = employers.byName.get(name) ?? [];
  if (found.length === 1) return { employer: found[0] as ImportEmployer, field: 'employerName' };
  return { field: 'employerName', code: found.length === 0 ? 'employer_unknown' : 'employer_ambiguous' };
}

/** The import field a job field's fault is shown on. */
const FIELD_OF_PATH: Record<string, JobImportField> = {
  employerId: 'employerName',
  payMinFen: 'pay',
  payMaxFen: 'pay',
  payUnit: 'pay',
  kind: 'kind',
  occupationCode: 'occupationCode',
};

/**
 * One row → the job body, or its faults (row, field, code, reason). Blank cells take the defaults
 * (全日制, 招聘中, today as the start, the employer's address and first contact); a masked phone (an
 * exported list) reads as blank. Free text is stored neutralised (no cell starts like a formula).
 */
export function validateJobRow(
  row: number,
  values: Values,
  employers: EmployerIndex,
  context: RowContext,
): { record?: JobImportRecord; errors: JobImportRowError[] } {
  const errors: JobImportRowError[] = [];
  const fail = (field: string, code: JobImportRowErrorCode, reason: string) => errors.push(rowError(row, field, code, reason));
  const text = (field: JobImportField) => neutraliseCell(values[field] ?? '');

  const resolved = employerOf(values, employers);
  if (resolved.code === 'required') fail('employerName', 'required', '用人单位不能为空');
  else if (resolved.code === 'employer_unknown')
    fail(resolved.field, 'employer_unknown', '找不到该用人单位，或不在您的管辖范围内（请先登记用人单位）');
  else if (resolved.code === 'employer_ambiguous') fail(resolved.field, 'employer_ambiguous', '有多家同名用人单位，请填写统一社会信用代码');
  const employer = resolved.employer;

  let kind: JobKind | undefined = 'full_time';
  if (values.kind) {
    kind = KIND_BY_LABEL.get(values.kind);
    if (!kind) fail('kind', 'value_unknown', `无法识别的岗位类型“${values.kind}”`);
  }
  let occupationCode = values.occupationCode ?? '';
  if (!occupationCode && values.occupationName) {
    occupationCode = OCCUPATION_BY_NAME.get(values.occupationName) ?? '';
    if (!occupationCode) fail('occupationName', 'value_unknown', `无法识别的职业“${values.occupationName}”，请填写职业代码`);
  } else if (!occupationCode) fail('occupationCode', 'required', '职业代码不能为空');

  const pay = values.pay ? parsePay(values.pay) : null;
  if (!values.pay) fail('pay', 'required', '薪酬不能为空');
  else if (!pay) fail('pay', 'invalid', '薪酬格式应如“3500–4500 元/月”或“200 元/天”');

  const headcount = /^\d+$/.test(values.headcount ?? '') ? Number(values.headcount) : undefined;
  if (!values.headcount) fail('headcount', 'required', '招聘人数不能为空');
  else if (headcount === undefined) fail('headcount', 'invalid', '招聘人数应为整数');

  let educationMin: EducationLevel | null | undefined = null;
  if (values.educationMin && values.educationMin !== '不限') {
    educationMin = EDUCATION_BY_LABEL.get(values.educationMin);
    if (!educationMin) fail('educationMin', 'value_unknown', `无法识别的学历“${values.educationMin}”`);
  }
  const workHours = values.workHours ? WORK_HOURS_BY_LABEL.get(values.workHours) : kind === 'part_time' ? 'part_time' : 'full_time';
  if (!workHours) fail('workHours', 'value_unknown', `无法识别的工时“${values.workHours}”`);

  const benefits: JobBenefit[] = [];
  for (const label of (values.benefits ?? '').split(/[、,，;；/\s]+/).filter(Boolean)) {
    const benefit = BENEFIT_BY_LABEL.get(label);
    if (benefit) benefits.push(benefit);
    else fail('benefits', 'value_unknown', `无法识别的福利“${label}”`);
  }

  const validFrom = values.validFrom ? parseDate(values.validFrom) : context.today;
  if (!validFrom) fail('validFrom', 'invalid', '开始日期格式应为 YYYY-MM-DD');
  const validTo = values.validTo ? parseDate(values.validTo) : null;
  if (!values.validTo) fail('validTo', 'required', '截止日期不能为空');
  else if (!validTo) fail('validTo', 'invalid', '截止日期格式应为 YYYY-MM-DD');

  let publish = true;
  if (values.state && values.state !== JOB_STATE_LABELS.open) {
    if (values.state === JOB_STATE_LABELS.draft) publish = false;
    else if (Object.values(JOB_STATE_LABELS).includes(values.state)) fail('state', 'state_unsupported', '只能导入为“草稿”或“招聘中”的岗位');
    else fail('state', 'value_unknown', `无法识别的状态“${values.state}”`);
  }
  if (publish && validTo && validTo < context.today) fail('validTo', 'invalid', '截止日期已过，不能发布（可改为“草稿”导入）');

  const phoneCell = values.contactPhone ?? '';
  const contactPhone = phoneCell && !phoneCell.includes('*') ? phoneCell : (employer?.contact?.phone ?? '');
  if (employer && !contactPhone) fail('contactPhone', 'required', '联系电话不能为空（该单位也没有登记联系人）');
  const contactName = text('contactName') || employer?.contact?.name || '';
  if (employer && !contactName) fail('contactName', 'required', '单位联系人不能为空（该单位也没有登记联系人）');

  if (errors.length > 0 || !employer || !kind || !pay || headcount === undefined || educationMin === undefined || !workHours)
    return { errors };
  if (!validFrom || !validTo) return { errors };

  const title = text('title');
  const parsed = CreateJobBodySchema.safeParse({
    employerId: employer.id,
    siteId: context.siteId,
    kind,
    occupationCode,
    title,
    description: text('description') || title,
    educationMin,
    headcount,
    payMinFen: pay.minFen,
    payMaxFen: pay.maxFen,
    payUnit: pay.unit,
    workHours,
    dailyHours: text('dailyHours') || null,
    address: text('address') || employer.address,
    benefits: [...new Set(benefits)],
    validFrom,
    validTo,
    contactName,
    contactPhone,
    requirementsNote: text('requirementsNote') || null,
    source: 'import',
    publish,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = String(issue.path[0] ?? 'title');
      fail(FIELD_OF_PATH[path] ?? path, 'invalid', issue.message);
    }
    return { errors };
  }
  // A blank description takes the title: its words are reported once, on the title.
  const describedByTitle = !text('description');
  const findings = jobWordingFindings(parsed.data).filter((finding) => !(describedByTitle && finding.field === 'description'));
  if (findings.length > 0) {
    for (const [field, messages] of Object.entries(wordingMessages(findings))) fail(field, 'wording_refused', messages.join('；'));
    return { errors };
  }
  return { errors, record: { row, body: parsed.data } };
}

/** The rows of a sheet through the columns: the jobs to create and the faults, in row order. */
export function validateJobRows(
  rows: readonly { row: number; cells: readonly string[] }[],
  columns: ReadonlyMap<JobImportField, number>,
  employers: EmployerIndex,
  context: RowContext,
): { records: JobImportRecord[]; errors: JobImportRowError[]; invalidRows: number } {
  const records: JobImportRecord[] = [];
  const errors: JobImportRowError[] = [];
  let invalidRows = 0;
  for (const { row, cells } of rows) {
    const values: Values = {};
    for (const [field, column] of columns) values[field] = cells[column] ?? '';
    const result = validateJobRow(row, values, employers, context);
    errors.push(...result.errors);
    if (result.record) records.push(result.record);
    else invalidRows += 1;
  }
  return { records, errors, invalidRows };
}

/** The credit codes and names a sheet's rows use, for one lookup of their employers. */
export function employerKeys(rows: readonly { cells: readonly string[] }[], columns: ReadonlyMap<JobImportField, number>) {
  const creditCodes = new Set<string>();
  const names = new Set<string>();
  const codeColumn = columns.get('creditCode');
  const nameColumn = columns.get('employerName');
  for (const { cells } of rows) {
    const code = codeColumn === undefined ? '' : (cells[codeColumn] ?? '').toUpperCase();
    if (code) creditCodes.add(code);
    else if (nameColumn !== undefined && cells[nameColumn]) names.add(cells[nameColumn] as string);
  }
  return { creditCodes: [...creditCodes], names: [...names] };
}

/** The index the rows are checked against. */
export function employerIndex(employers: readonly ImportEmployer[]): EmployerIndex {
  const byCode: EmployerIndex['byCode'] = new Map();
  const byName: EmployerIndex['byName'] = new Map();
  for (const employer of employers) {
    if (employer.creditCode) byCode.set(employer.creditCode, employer);
    byName.set(employer.name, [...(byName.get(employer.name) ?? []), employer]);
  }
  return { byCode, byName };
}
