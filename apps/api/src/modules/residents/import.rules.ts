import {
  EDUCATION_LEVEL_LABELS,
  type EducationLevel,
  EMPLOYMENT_STATUS_LABELS,
  type EmploymentStatus,
  HUKOU_TYPE_LABELS,
  type HukouType,
  ID_NUMBER_ERROR_MESSAGES,
  IMPORT_FIELDS,
  type ImportField,
  type ImportRowError,
  type ImportRowErrorCode,
  isInScope,
  KEY_GROUP_LABELS,
  type KeyGroup,
  MOBILE_ERROR_MESSAGES,
  parseIdNumber,
  parseMobile,
  REQUIRED_IMPORT_FIELDS,
  type RegionNode,
  type RegionScope,
} from '@jobcircle/domain';
import type { ResidentRow } from './residents.table.ts';

/**
 * The import's rules, free of I/O: headings → fields, a row → a record or its faults, an existing
 * resident → whether the importer may touch it and what would change. Unit-tested in
 * import.rules.unit.test.ts.
 */

/** One valid row of an import, normalised. */
export interface ImportRecord {
  row: number;
  name: string;
  idNumber: string;
  mobile: string | null;
  hukouType: HukouType;
  address: string;
  townCode: string;
  villageCode: string;
  education: EducationLevel;
  employmentStatus: EmploymentStatus;
  keyGroups: KeyGroup[];
  skills: string[];
}

/** Column heading → field (null: not imported). */
export type Mapping = Record<string, ImportField | null>;

/** The villages an importer may write to, by code and by the names staff write. */
export interface VillageIndex {
  byCode: Map<string, { code: string; townCode: string }>;
  byName: Map<string, { code: string; townCode: string }[]>;
}

function rowError(row: number, field: string, code: ImportRowErrorCode, reason: string): ImportRowError {
  return { row, field, code, reason };
}

function reverse<T extends string>(labels: Record<T, string>): Map<string, T> {
  return new Map(Object.entries(labels).map(([key, label]) => [label as string, key as T]));
}
const HUKOU_BY_LABEL = reverse(HUKOU_TYPE_LABELS);
const EDUCATION_BY_LABEL = reverse(EDUCATION_LEVEL_LABELS);
const STATUS_BY_LABEL = reverse(EMPLOYMENT_STATUS_LABELS);
const GROUP_BY_LABEL = reverse(KEY_GROUP_LABELS);
/** What staff spreadsheets commonly write instead of the labels. */
const SYNONYMS: Record<string, string> = {
  农业: '本市农业户籍',
  非农业: '本市非农业户籍',
  外省市: '外省市户籍',
  中专: '中专/技校/职高',
  技校: '中专/技校/职高',
  职高: '中专/技校/职高',
  研究生: '硕士研究生',
  就业: '单位就业',
  在职: '单位就业',
  失业: '失业（无业）',
  无业: '失业（无业）',
  退休: '已退休',
  学生: '在校学生',
  创业: '自主创业/个体经营',
  个体: '自主创业/个体经营',
  就困: '就业困难人员',
  低保: '低保/低收入家庭成员',
};

/** Headings the staff wrote → fields, by the known aliases; each field taken once. */
export function guessMapping(headers: readonly string[]): Mapping {
  const mapping: Mapping = {};
  const taken = new Set<ImportField>();
  for (const header of headers) {
    const field =
      (Object.entries(IMPORT_FIELDS) as [ImportField, readonly string[]][]).find(
        ([f, aliases]) => !taken.has(f) && aliases.includes(header.trim()),
      )?.[0] ?? null;
    if (field) taken.add(field);
    mapping[header] = field;
  }
  return mapping;
}

/** Which column each mapped field reads, and the faults of a mapping that lacks a required field. */
export function columnsOf(headers: readonly string[], mapping: Mapping): { columns: Map<ImportField, number>; errors: ImportRowError[] } {
  const columns = new Map<ImportField, number>();
  for (const [header, field] of Object.entries(mapping)) {
    const column = headers.indexOf(header);
    if (field && column >= 0) columns.set(field, column);
  }
  const errors: ImportRowError[] = [];
  for (const field of REQUIRED_IMPORT_FIELDS) {
    if (!columns.has(field)) errors.push(rowError(1, field, 'column_missing', `缺少“${IMPORT_FIELDS[field][0]}”列，请在列对应中指定`));
  }
  if (!columns.has('villageCode') && !columns.has('villageName'))
    errors.push(rowError(1, 'villageName', 'column_missing', '缺少“村居”或“村居代码”列'));
  return { columns, errors };
}

/** The villages of a region tree (district → towns → villages), findable by code and by name. */
export function villageIndex(tree: RegionNode): VillageIndex {
  const byCode: VillageIndex['byCode'] = new Map();
  const byName: VillageIndex['byName'] = new Map();
  const add = (name: string, entry: { code: string; townCode: string }) => byName.set(name, [...(byName.get(name) ?? []), entry]);
  for (const town of tree.children) {
    for (const village of town.children) {
      const entry = { code: village.code, townCode: town.code };
      byCode.set(village.code, entry);
      // Staff write 新河村 as often as 新河村村民委员会: both names find it.
      for (const name of new Set([village.name, village.name.replace(/(村民委员会|居民委员会|委员会|村委会|居委会)$/, '')])) {
        add(name, entry);
        if (!name.endsWith('村') && !name.endsWith('居') && /村民委员会$/.test(village.name)) add(`${name}村`, entry);
      }
    }
  }
  return { byCode, byName };
}

function enumValue<T extends string>(text: string, byLabel: Map<string, T>, fallback: T): T | undefined {
  if (text === '') return fallback;
  return byLabel.get(text) ?? byLabel.get(SYNONYMS[text] ?? '');
}

/**
 * One spreadsheet row → a record, or the exact faults (row, field, code). Villages are found by
 * code or by name among those the importer may reach; one outside reads as unknown.
 */
export function validateRow(
  row: number,
  values: Partial<Record<ImportField, string>>,
  villages: VillageIndex,
  today: string,
): { record?: ImportRecord; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const fail = (field: string, code: ImportRowErrorCode, reason: string) => errors.push(rowError(row, field, code, reason));
  const name = values.name ?? '';
  if (!name) fail('name', 'required', '姓名不能为空');
  else if (name.length > 30) fail('name', 'too_long', '姓名不能超过 30 个字符');
  const id = parseIdNumber(values.idNumber ?? '', { today });
  if (!values.idNumber) fail('idNumber', 'required', '身份证号不能为空');
  else if (!id.ok) fail('idNumber', 'id_number_invalid', ID_NUMBER_ERROR_MESSAGES[id.reason]);
  let mobile: string | null = null;
  if (values.mobile) {
    const parsed = parseMobile(values.mobile);
    if (parsed.ok) mobile = parsed.value.normalized;
    else fail('mobile', 'mobile_invalid', MOBILE_ERROR_MESSAGES[parsed.reason]);
  }
  const address = values.address ?? '';
  if (!address) fail('address', 'required', '地址不能为空');
  let village: { code: string; townCode: string } | undefined;
  if (values.villageCode) {
    village = villages.byCode.get(values.villageCode);
    if (!village) fail('villageCode', 'village_unknown', '村居代码不存在或不在您的管辖范围内');
  } else if (values.villageName) {
    const found = villages.byName.get(values.villageName) ?? [];
    if (found.length === 1) village = found[0];
    else if (found.length === 0) fail('villageName', 'village_unknown', '村居名称不存在或不在您的管辖范围内');
    else fail('villageName', 'village_ambiguous', '村居名称不唯一，请改用村居代码');
  } else {
    fail('villageName', 'required', '村居不能为空');
  }
  const hukouType = enumValue(values.hukouType ?? '', HUKOU_BY_LABEL, 'unknown');
  if (!hukouType) fail('hukouType', 'value_unknown', `无法识别的户籍类型“${values.hukouType}”`);
  const education = enumValue(values.education ?? '', EDUCATION_BY_LABEL, 'unknown');
  if (!education) fail('education', 'value_unknown', `无法识别的学历“${values.education}”`);
  const employmentStatus = enumValue(values.employmentStatus ?? '', STATUS_BY_LABEL, 'unknown');
  if (!employmentStatus) fail('employmentStatus', 'value_unknown', `无法识别的就业状态“${values.employmentStatus}”`);
  const keyGroups: KeyGroup[] = [];
  for (const label of (values.keyGroups ?? '').split(/[、,，;；\s]+/).filter(Boolean)) {
    const group = GROUP_BY_LABEL.get(label) ?? GROUP_BY_LABEL.get(SYNONYMS[label] ?? '');
    if (group) keyGroups.push(group);
    else fail('keyGroups', 'value_unknown', `无法识别的重点群体“${label}”`);
  }
  const skills = (values.skills ?? '')
    .split(/[、,，;；]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 20);
  if (errors.length > 0 || !id.ok || !village || !hukouType || !education || !employmentStatus) return { errors };
  return {
    errors,
    record: {
      row,
      name,
      idNumber: id.value.normalized,
      mobile,
      hukouType,
      address,
      townCode: village.townCode,
      villageCode: village.code,
      education,
      employmentStatus,
      keyGroups: [...new Set(keyGroups)],
      skills,
    },
  };
}

/** The rows of a sheet through the mapping: records, and the faults (a second row of one ID number included). */
export function validateRows(
  rows: readonly { row: number; cells: readonly string[] }[],
  columns: ReadonlyMap<ImportField, number>,
  villages: VillageIndex,
  today: string,
): { records: ImportRecord[]; errors: ImportRowError[] } {
  const records: ImportRecord[] = [];
  const errors: ImportRowError[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of rows) {
    const values: Partial<Record<ImportField, string>> = {};
    for (const [field, column] of columns) values[field] = cells[column] ?? '';
    const result = validateRow(row, values, villages, today);
    errors.push(...result.errors);
    if (!result.record) continue;
    const first = seen.get(result.record.idNumber);
    if (first !== undefined) {
      errors.push(rowError(row, 'idNumber', 'duplicate_in_file', `与第 ${first} 行身份证号重复`));
      continue;
    }
    seen.set(result.record.idNumber, row);
    records.push(result.record);
  }
  return { records, errors };
}

/**
 * Whether a record may touch the resident already registered with its ID number. One registered
 * outside the importer's area is refused and nothing about it is shown (its name, village, even
 * whether it differs): only that the number is taken, which the unique ID number makes unavoidable.
 */
export function refusalOfExisting(
  scope: RegionScope,
  record: Pick<ImportRecord, 'row'>,
  existing: Pick<ResidentRow, 'district_code' | 'town_code' | 'village_code' | 'grid_code' | 'merged_into_id'>,
): ImportRowError | null {
  const place = {
    districtCode: existing.district_code,
    townCode: existing.town_code,
    villageCode: existing.village_code,
    gridCode: existing.grid_code,
  };
  if (!isInScope(scope, place)) return rowError(record.row, 'idNumber', 'registered_elsewhere', '该身份证号已在您管辖范围以外登记');
  if (existing.merged_into_id) return rowError(record.row, 'idNumber', 'resident_merged', '该人员记录已合并，请核对');
  return null;
}

/** What an import would change on an existing resident (empty when nothing). Blank cells change nothing. */
export function importChanges(
  existing: ResidentRow,
  record: ImportRecord,
  existingGroups: readonly KeyGroup[],
  mobileBlind: string | null,
): string[] {
  const changes: string[] = [];
  if (existing.name !== record.name) changes.push('name');
  if (record.mobile && existing.mobile_blind !== mobileBlind) changes.push('mobile');
  if (record.hukouType !== 'unknown' && existing.hukou_type !== record.hukouType) changes.push('hukouType');
  if (existing.address !== record.address) changes.push('address');
  if (existing.village_code !== record.villageCode) changes.push('villageCode');
  if (record.education !== 'unknown' && existing.education !== record.education) changes.push('education');
  if (record.employmentStatus !== 'unknown' && existing.employment_status !== record.employmentStatus) changes.push('employmentStatus');
  if (record.skills.length > 0 && existing.skills !== JSON.stringify(record.skills)) changes.push('skills');
  if (record.keyGroups.some((group) => !existingGroups.includes(group))) changes.push('keyGroups');
  return changes;
}
