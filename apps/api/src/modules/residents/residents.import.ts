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
  type ImportJob,
  type ImportRowError,
  isChongmingAreaCode,
  KEY_GROUP_LABELS,
  type KeyGroup,
  MOBILE_ERROR_MESSAGES,
  parseIdNumber,
  parseMobile,
  permissionsOf,
  REQUIRED_IMPORT_FIELDS,
  type RegionScope,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { ServiceContext } from '../../platform/context.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { RegionDirectory } from '../org/regions.service.ts';
import { type StaffService, scopeOf } from '../org/staff.service.ts';
import {
  findImport,
  findImportById,
  insertImport,
  insertKeyGroups,
  insertResidents,
  insertStatusHistory,
  insertTimeline,
  refreshResidentStatistics,
  selectImportsInState,
  selectKeyGroups,
  selectResidentsByIdBlind,
  updateImport,
  updateResidentAtVersion,
} from './residents.repository.ts';
import { shanghaiDate } from './residents.rules.ts';
import { mobileColumns, protectedColumns } from './residents.service.ts';
import { readSheet, type Sheet } from './residents.spreadsheet.ts';
import type {
  EmploymentStatusHistoryTable,
  NewResidentRow,
  ResidentImportRow,
  ResidentKeyGroupsTable,
  ResidentRow,
  ResidentTimelineTable,
} from './residents.table.ts';

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

type Mapping = Record<string, ImportField | null>;

const MAX_ROWS = 200_000;
const BATCH = 2000;
const MAX_REPORTED_ERRORS = 5_000;

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

/** Pure rule: headings the staff wrote → fields, by the known aliases. */
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

function enumValue<T extends string>(text: string, byLabel: Map<string, T>, fallback: T): T | undefined {
  if (text === '') return fallback;
  return byLabel.get(text) ?? byLabel.get(SYNONYMS[text] ?? '');
}

/**
 * Pure rule: one spreadsheet row → a record, or the exact faults (row, field, reason). Villages are
 * found by code or by name among those the actor may reach.
 */
export function validateRow(
  row: number,
  values: Partial<Record<ImportField, string>>,
  villages: { byCode: Map<string, { code: string; townCode: string }>; byName: Map<string, { code: string; townCode: string }[]> },
  today: string,
): { record?: ImportRecord; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const fail = (field: string, reason: string) => errors.push({ row, field, reason });
  const name = values.name ?? '';
  if (!name) fail('name', '姓名不能为空');
  else if (name.length > 30) fail('name', '姓名不能超过 30 个字符');
  const id = parseIdNumber(values.idNumber ?? '', { today });
  if (!values.idNumber) fail('idNumber', '身份证号不能为空');
  else if (!id.ok) fail('idNumber', ID_NUMBER_ERROR_MESSAGES[id.reason]);
  let mobile: string | null = null;
  if (values.mobile) {
    const parsed = parseMobile(values.mobile);
    if (parsed.ok) mobile = parsed.value.normalized;
    else fail('mobile', MOBILE_ERROR_MESSAGES[parsed.reason]);
  }
  const address = values.address ?? '';
  if (!address) fail('address', '地址不能为空');
  let village: { code: string; townCode: string } | undefined;
  if (values.villageCode) {
    village = villages.byCode.get(values.villageCode);
    if (!village) fail('villageCode', '村居代码不存在或不在您的管辖范围内');
  } else if (values.villageName) {
    const found = villages.byName.get(values.villageName) ?? [];
    if (found.length === 1) village = found[0];
    else fail('villageName', found.length === 0 ? '村居名称不存在或不在您的管辖范围内' : '村居名称不唯一，请改用村居代码');
  } else {
    fail('villageName', '村居不能为空');
  }
  const hukouType = enumValue(values.hukouType ?? '', HUKOU_BY_LABEL, 'unknown');
  if (!hukouType) fail('hukouType', `无法识别的户籍类型“${values.hukouType}”`);
  const education = enumValue(values.education ?? '', EDUCATION_BY_LABEL, 'unknown');
  if (!education) fail('education', `无法识别的学历“${values.education}”`);
  const employmentStatus = enumValue(values.employmentStatus ?? '', STATUS_BY_LABEL, 'unknown');
  if (!employmentStatus) fail('employmentStatus', `无法识别的就业状态“${values.employmentStatus}”`);
  const keyGroups: KeyGroup[] = [];
  for (const label of (values.keyGroups ?? '').split(/[、,，;；\s]+/).filter(Boolean)) {
    const group = GROUP_BY_LABEL.get(label) ?? GROUP_BY_LABEL.get(SYNONYMS[label] ?? '');
    if (group) keyGroups.push(group);
    else fail('keyGroups', `无法识别的重点群体“${label}”`);
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

/** Pure rule: what an import would change on an existing resident (empty when nothing). */
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

export function createResidentImportsService(deps: {
  db: Kysely<Database>;
  audit: AuditService;
  cipher: FieldCipher;
  regions: RegionDirectory;
  staff: StaffService;
}) {
  const { db, audit, cipher, regions, staff } = deps;
  const running = new Set<string>();

  async function villagesIn(scope: RegionScope) {
    const tree = await regions.tree(scope, []);
    const byCode = new Map<string, { code: string; townCode: string }>();
    const byName = new Map<string, { code: string; townCode: string }[]>();
    for (const town of tree.children) {
      for (const village of town.children) {
        const entry = { code: village.code, townCode: town.code };
        byCode.set(village.code, entry);
        // Staff write 新河村 as often as 新河村村民委员会: both names find it.
        for (const name of new Set([village.name, village.name.replace(/(村民委员会|居民委员会|委员会|村委会|居委会)$/, '')])) {
          byName.set(name, [...(byName.get(name) ?? []), entry]);
          if (!name.endsWith('村') && !name.endsWith('居') && /村民委员会$/.test(village.name))
            byName.set(`${name}村`, [...(byName.get(`${name}村`) ?? []), entry]);
        }
      }
    }
    return { byCode, byName };
  }

  /** Validates every row and classifies the valid ones as new, changed or unchanged; writes nothing. */
  async function analyse(scope: RegionScope, sheet: Sheet, mapping: Mapping, today: string) {
    const villages = await villagesIn(scope);
    const index = new Map<ImportField, number>();
    for (const [header, field] of Object.entries(mapping)) {
      const column = sheet.headers.indexOf(header);
      if (field && column >= 0) index.set(field, column);
    }
    const errors: ImportRowError[] = [];
    for (const field of REQUIRED_IMPORT_FIELDS) {
      if (!index.has(field)) errors.push({ row: 1, field, reason: `缺少“${IMPORT_FIELDS[field][0]}”列，请在列对应中指定` });
    }
    if (!index.has('villageCode') && !index.has('villageName'))
      errors.push({ row: 1, field: 'villageName', reason: '缺少“村居”或“村居代码”列' });
    if (errors.length > 0) return { records: [] as ImportRecord[], errors, newRows: 0, changedRows: 0, unchangedRows: 0 };
    const records: ImportRecord[] = [];
    const seen = new Map<string, number>();
    for (const { row, cells } of sheet.rows) {
      const values: Partial<Record<ImportField, string>> = {};
      for (const [field, column] of index) values[field] = cells[column] ?? '';
      const result = validateRow(row, values, villages, today);
      errors.push(...result.errors);
      if (!result.record) continue;
      const first = seen.get(result.record.idNumber);
      if (first !== undefined) {
        errors.push({ row, field: 'idNumber', reason: `与第 ${first} 行身份证号重复` });
        continue;
      }
      seen.set(result.record.idNumber, row);
      records.push(result.record);
    }
    let newRows = 0;
    let changedRows = 0;
    let unchangedRows = 0;
    const valid: ImportRecord[] = [];
    for (let i = 0; i < records.length; i += BATCH) {
      const batch = records.slice(i, i + BATCH);
      const plan = await planBatch(db, scope, batch);
      await errors.push(...plan.errors);
      newRows += plan.inserts.length;
      changedRows += plan.updates.length;
      unchangedRows += plan.unchanged;
      valid.push(...batch.filter((record) => !plan.errors.some((e) => e.row === record.row)));
    }
    errors.sort((a, b) => a.row - b.row);
    return { records: valid, errors, newRows, changedRows, unchangedRows };
  }

  /** For one batch: which records are new, which change an existing resident, and which are refused. */
  async function planBatch(trx: Executor<Database>, scope: RegionScope, batch: readonly ImportRecord[]) {
    const blinds = batch.map((record) => cipher.blindIndex(record.idNumber));
    const existing = new Map((await selectResidentsByIdBlind(trx, blinds)).map((row) => [row.id_number_blind, row]));
    const groups = await selectKeyGroups(
      trx,
      [...existing.values()].map((row) => row.id),
    );
    const errors: ImportRowError[] = [];
    const inserts: ImportRecord[] = [];
    const updates: { record: ImportRecord; current: ResidentRow; changes: string[] }[] = [];
    let unchanged = 0;
    batch.forEach((record, i) => {
      const current = existing.get(blinds[i] as string);
      if (!current) {
        inserts.push(record);
        return;
      }
      const outOfScope =
        (scope.level === 'town' && current.town_code !== scope.townCode) ||
        ((scope.level === 'village' || scope.level === 'grid') && current.village_code !== scope.villageCode);
      if (outOfScope) {
        errors.push({ row: record.row, field: 'idNumber', reason: '该身份证号已在您管辖范围以外登记' });
        return;
      }
      if (current.merged_into_id) {
        errors.push({ row: record.row, field: 'idNumber', reason: '该人员记录已合并，请核对' });
        return;
      }
      const changes = importChanges(
        current,
        record,
        (groups.get(current.id) ?? []).map((g) => g.key_group),
        record.mobile ? cipher.blindIndex(record.mobile) : null,
      );
      if (changes.length === 0) unchanged += 1;
      else updates.push({ record, current, changes });
    });
    return { errors, inserts, updates, unchanged, groups };
  }

  /** Writes one batch in one transaction: inserts, changes, status history and timeline. */
  async function applyBatch(
    ctx: { now: Date; actorId: string; fileName: string; scope: RegionScope; jobId: string; processedAfter: number },
    batch: readonly ImportRecord[],
  ) {
    return db.transaction().execute(async (trx) => {
      const plan = await planBatch(trx, ctx.scope, batch);
      const at = ctx.now.toISOString();
      const today = shanghaiDate(ctx.now);
      const source = `导入：${ctx.fileName}`;
      const residents: NewResidentRow[] = [];
      const keyGroups: ResidentKeyGroupsTable[] = [];
      const history: EmploymentStatusHistoryTable[] = [];
      const timeline: ResidentTimelineTable[] = [];
      for (const record of plan.inserts) {
        const id = newId();
        residents.push({
          id,
          district_code: ctx.scope.districtCode,
          town_code: record.townCode,
          village_code: record.villageCode,
          grid_code: null,
          name: record.name,
          ...protectedColumns(cipher, record.idNumber, record.mobile),
          is_chongming_id: isChongmingAreaCode(record.idNumber.slice(0, 6)) ? 1 : 0,
          hukou_type: record.hukouType,
          address: record.address,
          education: record.education,
          occupations: '[]',
          skills: JSON.stringify(record.skills),
          certificates: '[]',
          has_disability: 0,
          health_note: null,
          household_id: null,
          household_relation: null,
          employment_status: record.employmentStatus,
          job_intention: null,
          consent_channel: 'written',
          consent_date: today,
          merged_into_id: null,
          version: 1,
          created_at: at,
          updated_at: at,
        });
        for (const group of record.keyGroups) keyGroups.push(importMembership(id, group, source, today));
        history.push({
          id: newId(),
          resident_id: id,
          status: record.employmentStatus,
          previous_status: null,
          effective_date: today,
          reason: source,
          changed_by: ctx.actorId,
          changed_at: at,
        });
        timeline.push({ id: newId(), resident_id: id, at, kind: 'import', summary: `由${source}登记`, actor_id: ctx.actorId });
      }
      for (let i = 0; i < residents.length; i += 200) await insertResidents(trx, residents.slice(i, i + 200));
      for (const { record, current, changes } of plan.updates) {
        const existingGroups = (plan.groups.get(current.id) ?? []).map((g) => g.key_group);
        await updateResidentAtVersion(
          trx,
          { level: 'district', districtCode: current.district_code },
          current.id,
          Number(current.version),
          {
            name: record.name,
            ...(record.mobile ? mobileColumns(cipher, record.mobile) : {}),
            ...(record.hukouType !== 'unknown' ? { hukou_type: record.hukouType } : {}),
            address: record.address,
            town_code: record.townCode,
            village_code: record.villageCode,
            ...(record.villageCode !== current.village_code ? { grid_code: null } : {}),
            ...(record.education !== 'unknown' ? { education: record.education } : {}),
            ...(record.employmentStatus !== 'unknown' ? { employment_status: record.employmentStatus } : {}),
            ...(record.skills.length > 0 ? { skills: JSON.stringify(record.skills) } : {}),
            updated_at: at,
          },
        );
        for (const group of record.keyGroups.filter((g) => !existingGroups.includes(g)))
          keyGroups.push(importMembership(current.id, group, source, today));
        if (changes.includes('employmentStatus')) {
          history.push({
            id: newId(),
            resident_id: current.id,
            status: record.employmentStatus,
            previous_status: current.employment_status,
            effective_date: today,
            reason: source,
            changed_by: ctx.actorId,
            changed_at: at,
          });
        }
        timeline.push({
          id: newId(),
          resident_id: current.id,
          at,
          kind: 'import',
          summary: `${source}更新了 ${changes.length} 项`,
          actor_id: ctx.actorId,
        });
      }
      for (let i = 0; i < keyGroups.length; i += 500) await insertKeyGroups(trx, keyGroups.slice(i, i + 500));
      for (let i = 0; i < history.length; i += 500) await insertStatusHistory(trx, history.slice(i, i + 500));
      for (let i = 0; i < timeline.length; i += 500) await insertTimeline(trx, timeline.slice(i, i + 500));
      // Progress moves with the rows it counts: a crash never reports rows that were not written.
      await updateImport(trx, ctx.jobId, { processed_rows: ctx.processedAfter, updated_at: at });
      return { inserted: plan.inserts.length, updated: plan.updates.length, unchanged: plan.unchanged, errors: plan.errors };
    });
  }

  function toJob(row: ResidentImportRow): ImportJob {
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
      processedRows: Number(row.processed_rows),
      createdAt: row.created_at,
    };
  }

  async function loadJob(ctx: ServiceContext, id: string): Promise<ResidentImportRow> {
    const row = await findImport(db, ctx.actor.staffId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async function sheetOf(row: ResidentImportRow): Promise<Sheet> {
    if (!row.file_cipher) throw new AppError('IMPORT_STATE_CONFLICT');
    return readSheet(row.file_name, Buffer.from(cipher.decrypt(row.file_cipher), 'base64'));
  }

  async function preview(ctx: ServiceContext, row: ResidentImportRow, sheet: Sheet, mapping: Mapping) {
    const result = await analyse(ctx.actor.scope, sheet, mapping, shanghaiDate(ctx.now));
    await updateImport(db, row.id, {
      mapping: JSON.stringify(mapping),
      total_rows: sheet.rows.length,
      valid_rows: result.records.length,
      new_rows: result.newRows,
      changed_rows: result.changedRows,
      unchanged_rows: result.unchangedRows,
      error_count: result.errors.length,
      errors: JSON.stringify(result.errors),
      records_cipher: cipher.encrypt(JSON.stringify(result.records)),
      updated_at: ctx.now.toISOString(),
    });
  }

  /** Applies an accepted import batch by batch, recording progress; resumable after a restart. */
  async function run(jobId: string, ctx: ServiceContext, clock: () => Date) {
    if (running.has(jobId)) return;
    running.add(jobId);
    const actor = ctx.actor;
    try {
      const row = await findImportById(db, jobId);
      if (!row?.records_cipher) return;
      // The rows the user saw in the preview; each batch re-checks what exists at the time it writes.
      const records = JSON.parse(cipher.decrypt(row.records_cipher)) as ImportRecord[];
      const errors = JSON.parse(row.errors) as ImportRowError[];
      let processed = 0;
      const applyErrors: ImportRowError[] = [];
      for (let i = 0; i < records.length; i += BATCH) {
        const batch = records.slice(i, i + BATCH);
        const result = await applyBatch(
          {
            now: clock(),
            actorId: actor.staffId,
            fileName: row.file_name,
            scope: actor.scope,
            jobId,
            processedAfter: processed + batch.length,
          },
          batch,
        );
        applyErrors.push(...result.errors);
        processed += batch.length;
      }
      const allErrors = [...errors, ...applyErrors].sort((a, b) => a.row - b.row);
      await refreshResidentStatistics(db);
      await db.transaction().execute(async (trx) => {
        await updateImport(trx, jobId, {
          state: 'done',
          processed_rows: processed,
          file_cipher: null,
          records_cipher: null,
          error_count: allErrors.length,
          errors: JSON.stringify(allErrors),
          updated_at: clock().toISOString(),
        });
        await audit.record(
          trx,
          { ...ctx, now: clock() },
          {
            action: 'resident.import',
            entityType: 'resident_import',
            entityId: jobId,
            region: {
              districtCode: actor.scope.districtCode,
              townCode: actor.scope.townCode ?? null,
              villageCode: actor.scope.villageCode ?? null,
            },
            details: { fileName: row.file_name, rows: records.length, errors: allErrors.length },
          },
        );
      });
    } catch (error) {
      await updateImport(db, jobId, { state: 'failed', updated_at: clock().toISOString() });
      throw error;
    } finally {
      running.delete(jobId);
    }
  }

  return {
    /** Reads the file, guesses the column mapping and previews the result; nothing is imported yet. */
    async createImport(ctx: ServiceContext, fileName: string, contentBase64: string): Promise<ImportJob> {
      const bytes = Buffer.from(contentBase64, 'base64');
      let sheet: Sheet;
      try {
        sheet = await readSheet(fileName, bytes);
      } catch {
        throw new AppError('IMPORT_FILE_UNREADABLE');
      }
      if (sheet.headers.length === 0 || sheet.rows.length === 0) throw validationError({ contentBase64: ['表格是空的'] });
      if (sheet.rows.length > MAX_ROWS) throw validationError({ contentBase64: [`一次最多导入 ${MAX_ROWS} 行`] });
      const id = newId();
      const at = ctx.now.toISOString();
      const mapping = guessMapping(sheet.headers);
      await insertImport(db, {
        id,
        created_by: ctx.actor.staffId,
        file_name: fileName,
        file_cipher: cipher.encrypt(contentBase64),
        records_cipher: null,
        state: 'previewed',
        headers: JSON.stringify(sheet.headers),
        mapping: JSON.stringify(mapping),
        total_rows: sheet.rows.length,
        valid_rows: 0,
        new_rows: 0,
        changed_rows: 0,
        unchanged_rows: 0,
        error_count: 0,
        errors: '[]',
        processed_rows: 0,
        created_at: at,
        updated_at: at,
      });
      const row = await loadJob(ctx, id);
      await preview(ctx, row, sheet, mapping);
      return toJob(await loadJob(ctx, id));
    },

    async getImport(ctx: ServiceContext, id: string): Promise<ImportJob> {
      return toJob(await loadJob(ctx, id));
    },

    async remapImport(ctx: ServiceContext, id: string, mapping: Mapping): Promise<ImportJob> {
      const row = await loadJob(ctx, id);
      if (row.state !== 'previewed') throw new AppError('IMPORT_STATE_CONFLICT');
      const sheet = await sheetOf(row);
      const unknown = Object.keys(mapping).filter((header) => !sheet.headers.includes(header));
      if (unknown.length > 0) throw validationError({ mapping: [`表格中没有这些列：${unknown.join('、')}`] });
      await preview(ctx, row, sheet, mapping);
      return toJob(await loadJob(ctx, id));
    },

    /** The user accepts the preview: every valid row is written, in the background, with progress. */
    async acceptImport(ctx: ServiceContext, id: string): Promise<ImportJob> {
      const row = await loadJob(ctx, id);
      if (row.state !== 'previewed') throw new AppError('IMPORT_STATE_CONFLICT');
      await updateImport(db, id, { state: 'importing', processed_rows: 0, updated_at: ctx.now.toISOString() });
      void run(id, ctx, () => new Date()).catch(() => undefined);
      return toJob(await loadJob(ctx, id));
    },

    /** Imports a restart interrupted go on where they stopped, as their owner: the writes are idempotent. */
    async resumeImports(now: Date): Promise<number> {
      const rows = await selectImportsInState(db, 'importing');
      for (const row of rows) {
        const account = await staff.findAccount(row.created_by);
        if (!account?.is_active) {
          await updateImport(db, row.id, { state: 'failed', updated_at: now.toISOString() });
          continue;
        }
        const ctx: ServiceContext = {
          actor: {
            staffId: account.id,
            username: account.username,
            displayName: account.display_name,
            role: account.role,
            permissions: new Set(permissionsOf(account.role)),
            scope: scopeOf(account),
            siteId: account.site_id,
            mustChangePassword: false,
            sessionId: `resume-${row.id}`,
            csrfToken: '',
            absoluteExpiresAt: now.toISOString(),
          },
          requestId: `resume-${row.id}`,
          ip: '127.0.0.1',
          now,
        };
        void run(row.id, ctx, () => new Date()).catch(() => undefined);
      }
      return rows.length;
    },

    async cancelImport(ctx: ServiceContext, id: string): Promise<ImportJob> {
      const row = await loadJob(ctx, id);
      if (row.state !== 'previewed') throw new AppError('IMPORT_STATE_CONFLICT');
      await updateImport(db, id, { state: 'cancelled', file_cipher: null, records_cipher: null, updated_at: ctx.now.toISOString() });
      return toJob(await loadJob(ctx, id));
    },
  };
}
export type ResidentImportsService = ReturnType<typeof createResidentImportsService>;

function importMembership(residentId: string, group: KeyGroup, source: string, today: string): ResidentKeyGroupsTable {
  return {
    id: newId(),
    resident_id: residentId,
    key_group: group,
    source,
    valid_from: today,
    valid_to: null,
    hardship_category: group === 'hardship' ? 'other' : null,
    certifying_org: null,
  };
}
