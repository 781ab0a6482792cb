import {
  type EducationLevel,
  type EmploymentStatus,
  type HukouType,
  ID_NUMBER_ERROR_MESSAGES,
  IMPORT_FIELDS,
  IMPORT_VALUE_SYNONYMS,
  type ImportField,
  type ImportRowError,
  type ImportRowErrorCode,
  type ImportSynonym,
  type ImportValueMapping,
  isInScope,
  type KeyGroup,
  MOBILE_ERROR_MESSAGES,
  parseIdNumber,
  parseMobile,
  REQUIRED_IMPORT_FIELDS,
  type RegionNode,
  type RegionScope,
  SYNONYM_FIELD_VALUES,
  SYNONYM_FIELDS,
  type SynonymField,
  type SynonymValues,
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

/** A cell's text → the value stored, per field, and where the mapping came from. */
export type ValueLookup = Record<SynonymField, Map<string, { value: string; source: ImportValueMapping['source'] }>>;
/** A value a row read through the lookup. */
export type ValueRead = Pick<ImportValueMapping, 'field' | 'text' | 'value' | 'source'>;

/**
 * The lookup of an import: the built-in synonyms (IMPORT_VALUE_SYNONYMS), the district's own words
 * over them, and the contract's labels over both (a label always reads as its own value).
 */
export function valueLookup(custom: readonly ImportSynonym[] = []): ValueLookup {
  const lookup = {} as ValueLookup;
  for (const field of SYNONYM_FIELDS) {
    const map: ValueLookup[SynonymField] = new Map();
    for (const [text, value] of Object.entries(IMPORT_VALUE_SYNONYMS[field] as Record<string, string>))
      map.set(text, { value, source: 'built_in' });
    for (const synonym of custom) if (synonym.field === field) map.set(synonym.text, { value: synonym.value, source: 'custom' });
    for (const [value, label] of Object.entries(SYNONYM_FIELD_VALUES[field] as Record<string, string>))
      map.set(label, { value, source: 'label' });
    lookup[field] = map;
  }
  return lookup;
}
const BUILT_IN_LOOKUP = valueLookup();

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

/**
 * One spreadsheet row → a record, or the exact faults (row, field, code). Villages are found by
 * code or by name among those the importer may reach; one outside reads as unknown.
 */
export function validateRow(
  row: number,
  values: Partial<Record<ImportField, string>>,
  villages: VillageIndex,
  today: string,
  lookup: ValueLookup = BUILT_IN_LOOKUP,
): { record?: ImportRecord; errors: ImportRowError[]; read: ValueRead[] } {
  const errors: ImportRowError[] = [];
  const read: ValueRead[] = [];
  const fail = (field: string, code: ImportRowErrorCode, reason: string) => errors.push(rowError(row, field, code, reason));
  /** A cell of a value field → its value (blank: unknown), noting the mapping used. */
  const look = <F extends SynonymField>(field: F, text: string): SynonymValues[F] | undefined => {
    const hit = lookup[field].get(text);
    if (hit) read.push({ field, text, value: hit.value, source: hit.source });
    return hit?.value as SynonymValues[F] | undefined;
  };
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
  const hukouType: HukouType | undefined = values.hukouType ? look('hukouType', values.hukouType) : 'unknown';
  if (!hukouType) fail('hukouType', 'value_unknown', `无法识别的户籍类型“${values.hukouType}”`);
  const education: EducationLevel | undefined = values.education ? look('education', values.education) : 'unknown';
  if (!education) fail('education', 'value_unknown', `无法识别的学历“${values.education}”`);
  const employmentStatus: EmploymentStatus | undefined = values.employmentStatus
    ? look('employmentStatus', values.employmentStatus)
    : 'unknown';
  if (!employmentStatus) fail('employmentStatus', 'value_unknown', `无法识别的就业状态“${values.employmentStatus}”`);
  const keyGroups: KeyGroup[] = [];
  for (const label of (values.keyGroups ?? '').split(/[、,，;；\s]+/).filter(Boolean)) {
    const group = look('keyGroups', label);
    if (group) keyGroups.push(group);
    else fail('keyGroups', 'value_unknown', `无法识别的重点群体“${label}”`);
  }
  const skills = (values.skills ?? '')
    .split(/[、,，;；]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 20);
  if (errors.length > 0 || !id.ok || !village || !hukouType || !education || !employmentStatus) return { errors, read };
  return {
    errors,
    read,
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
  lookup: ValueLookup = BUILT_IN_LOOKUP,
): { records: ImportRecord[]; errors: ImportRowError[]; reads: (ValueRead & { rows: number })[] } {
  const records: ImportRecord[] = [];
  const errors: ImportRowError[] = [];
  const seen = new Map<string, number>();
  const reads = new Map<string, ValueRead & { rows: number }>();
  for (const { row, cells } of rows) {
    const values: Partial<Record<ImportField, string>> = {};
    for (const [field, column] of columns) values[field] = cells[column] ?? '';
    const result = validateRow(row, values, villages, today, lookup);
    errors.push(...result.errors);
    for (const one of result.read) {
      const key = `${one.field}|${one.text}`;
      const counted = reads.get(key);
      if (counted) counted.rows += 1;
      else reads.set(key, { ...one, rows: 1 });
    }
    if (!result.record) continue;
    const first = seen.get(result.record.idNumber);
    if (first !== undefined) {
      errors.push(rowError(row, 'idNumber', 'duplicate_in_file', `与第 ${first} 行身份证号重复`));
      continue;
    }
    seen.set(result.record.idNumber, row);
    records.push(result.record);
  }
  return { records, errors, reads: [...reads.values()] };
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
