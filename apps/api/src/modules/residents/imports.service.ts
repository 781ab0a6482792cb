import type { ImportJob, ImportRowError, ImportValueMapping, RegionScope } from '@jobcircle/domain';
import { shanghaiDate } from '@jobcircle/domain';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { Clock, ServiceContext } from '../../platform/context.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { readUploadedSheet, type Sheet } from '../../platform/spreadsheet-reader.ts';
import { neutraliseCell } from '../../platform/spreadsheet-safety.ts';
import { actorFor } from '../accounts/index.ts';
import type { StaffService } from '../accounts/staff.service.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { RegionDirectory } from '../regions/regions.service.ts';
import type { ImportBatches } from './import.batch.ts';
import { type ErrorLog, IMPORT_BATCH, type ImportJobs } from './import.job.ts';
import { columnsOf, guessMapping, type ImportRecord, type Mapping, validateRows, valueLookup, villageIndex } from './import.rules.ts';
import type { ImportSynonymsService } from './import-synonyms.service.ts';
import { toImportJob } from './residents.mappers.ts';
import { findImport, insertImport, selectImportsInState, updateImport } from './residents.repository.ts';
import type { ResidentImportRow } from './residents.table.ts';

export interface ResidentImportsDeps {
  db: Kysely<Database>;
  audit: AuditService;
  cipher: FieldCipher;
  regions: RegionDirectory;
  staff: StaffService;
  clock: Clock;
  log: ErrorLog;
}

/** Spreadsheet imports (plan §三.一 批量导入): upload and preview, remap, accept, cancel, resume. */
export function createResidentImportsService(
  deps: ResidentImportsDeps & { batches: ImportBatches; jobs: ImportJobs; synonyms: ImportSynonymsService },
) {
  const { db, cipher, regions, staff, batches, jobs, synonyms } = deps;

  /** Validates every row and classifies the valid ones as new, changed or unchanged; writes nothing. */
  async function analyse(scope: RegionScope, sheet: Sheet, mapping: Mapping, today: string) {
    const { columns, errors: mappingErrors } = columnsOf(sheet.headers, mapping);
    if (mappingErrors.length > 0)
      return {
        records: [] as ImportRecord[],
        errors: mappingErrors,
        valueMappings: [] as ImportValueMapping[],
        newRows: 0,
        changedRows: 0,
        unchangedRows: 0,
      };
    const villages = villageIndex(await regions.tree(scope, []));
    const lookup = valueLookup(await synonyms.customFor(scope.districtCode));
    const { records, errors, reads } = validateRows(sheet.rows, columns, villages, today, lookup);
    // Value in the file → value stored, per column, as the preview shows it.
    const valueMappings: ImportValueMapping[] = reads.map((read) => ({
      column: sheet.headers[columns.get(read.field) ?? 0] ?? '',
      ...read,
    }));
    let newRows = 0;
    let changedRows = 0;
    let unchangedRows = 0;
    const valid: ImportRecord[] = [];
    for (let i = 0; i < records.length; i += IMPORT_BATCH) {
      const batch = records.slice(i, i + IMPORT_BATCH);
      const plan = await batches.plan(db, scope, batch);
      errors.push(...plan.errors);
      newRows += plan.inserts.length;
      changedRows += plan.updates.length;
      unchangedRows += plan.unchanged;
      const refused = new Set(plan.errors.map((e) => e.row));
      valid.push(...batch.filter((record) => !refused.has(record.row)));
    }
    errors.sort((a, b) => a.row - b.row);
    return { records: valid, errors, valueMappings, newRows, changedRows, unchangedRows };
  }

  async function loadJob(ctx: ServiceContext, id: string): Promise<ResidentImportRow> {
    const row = await findImport(db, ctx.actor.staffId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async function sheetOf(ctx: ServiceContext, row: ResidentImportRow): Promise<Sheet> {
    if (!row.file_cipher) throw new AppError('IMPORT_STATE_CONFLICT');
    return readUploadedSheet(ctx.actor.staffId, row.file_name, Buffer.from(cipher.decrypt(row.file_cipher), 'base64'));
  }

  async function preview(ctx: ServiceContext, id: string, sheet: Sheet, mapping: Mapping): Promise<ImportJob> {
    const result = await analyse(ctx.actor.scope, sheet, mapping, shanghaiDate(ctx.now));
    await updateImport(db, id, {
      mapping: JSON.stringify(mapping),
      total_rows: sheet.rows.length,
      valid_rows: result.records.length,
      new_rows: result.newRows,
      changed_rows: result.changedRows,
      unchanged_rows: result.unchangedRows,
      error_count: result.errors.length,
      errors: JSON.stringify(result.errors satisfies ImportRowError[]),
      value_mappings: JSON.stringify(result.valueMappings),
      records_cipher: cipher.encrypt(JSON.stringify(result.records)),
      updated_at: ctx.now.toISOString(),
    });
    return toImportJob(await loadJob(ctx, id));
  }

  return {
    /** Reads the file, guesses the column mapping and previews the result; nothing is imported yet. */
    async createImport(ctx: ServiceContext, fileName: string, contentBase64: string): Promise<ImportJob> {
      // One import per user at a time: while one of theirs is read or written, a second waits its turn.
      if (jobs.isRunningFor(ctx.actor.staffId)) throw new AppError('IMPORT_ALREADY_RUNNING');
      const sheet = await readUploadedSheet(ctx.actor.staffId, fileName, Buffer.from(contentBase64, 'base64'));
      if (sheet.headers.length === 0 || sheet.rows.length === 0) throw validationError({ contentBase64: ['表格是空的'] });
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
        value_mappings: '[]',
        processed_rows: 0,
        created_at: at,
        updated_at: at,
      });
      return preview(ctx, id, sheet, mapping);
    },

    async getImport(ctx: ServiceContext, id: string): Promise<ImportJob> {
      return toImportJob(await loadJob(ctx, id));
    },

    /**
     * The rows of the preview that have errors, as xlsx: the file's own columns and a 错误原因 column
     * (every reason of the row), to correct and upload again. Text cells are neutralised.
     */
    async errorRows(ctx: ServiceContext, id: string): Promise<{ fileName: string; buffer: Buffer }> {
      const row = await loadJob(ctx, id);
      if (row.state !== 'previewed') throw new AppError('IMPORT_STATE_CONFLICT');
      const sheet = await sheetOf(ctx, row);
      const errors = JSON.parse(row.errors) as ImportRowError[];
      const reasons = new Map<number, string[]>();
      for (const error of errors)
        if (error.code !== 'column_missing') reasons.set(error.row, [...(reasons.get(error.row) ?? []), error.reason]);
      const workbook = new ExcelJS.Workbook();
      workbook.creator = '就业服务圈';
      const out = workbook.addWorksheet('错误行');
      const header = out.addRow([...sheet.headers, '错误原因'].map(neutraliseCell));
      header.font = { bold: true };
      // A fault of the mapping (a required column missing) concerns every row.
      const general = errors.filter((error) => error.code === 'column_missing').map((error) => error.reason);
      for (const { row: number, cells } of sheet.rows) {
        const own = reasons.get(number);
        if (!own && general.length === 0) continue;
        const padded = sheet.headers.map((_, index) => cells[index] ?? '');
        out.addRow([...padded, [...general, ...(own ?? [])].join('；')].map(neutraliseCell));
      }
      out.views = [{ state: 'frozen', ySplit: 1 }];
      out.columns.forEach((column, index) => {
        column.width = index === sheet.headers.length ? 40 : 16;
      });
      const base = row.file_name.replace(/\.(xlsx|csv)$/i, '');
      return { fileName: `${base}-错误行.xlsx`, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
    },

    async remapImport(ctx: ServiceContext, id: string, mapping: Mapping): Promise<ImportJob> {
      const row = await loadJob(ctx, id);
      if (row.state !== 'previewed') throw new AppError('IMPORT_STATE_CONFLICT');
      const sheet = await sheetOf(ctx, row);
      const unknown = Object.keys(mapping).filter((header) => !sheet.headers.includes(header));
      if (unknown.length > 0) throw validationError({ mapping: [`表格中没有这些列：${unknown.join('、')}`] });
      return preview(ctx, id, sheet, mapping);
    },

    /** The user accepts the preview: every valid row is written, in the background, with progress. */
    async acceptImport(ctx: ServiceContext, id: string): Promise<ImportJob> {
      const row = await loadJob(ctx, id);
      if (row.state !== 'previewed') throw new AppError('IMPORT_STATE_CONFLICT');
      if (jobs.isRunningFor(ctx.actor.staffId)) throw new AppError('IMPORT_ALREADY_RUNNING');
      await updateImport(db, id, { state: 'importing', processed_rows: 0, updated_at: ctx.now.toISOString() });
      void jobs.start(id, ctx);
      return toImportJob(await loadJob(ctx, id));
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
        const ctx: ServiceContext = { actor: actorFor(account), requestId: `resume-${row.id}`, ip: '127.0.0.1', now };
        void jobs.start(row.id, ctx);
      }
      return rows.length;
    },

    async cancelImport(ctx: ServiceContext, id: string): Promise<ImportJob> {
      const row = await loadJob(ctx, id);
      if (row.state !== 'previewed') throw new AppError('IMPORT_STATE_CONFLICT');
      await updateImport(db, id, { state: 'cancelled', file_cipher: null, records_cipher: null, updated_at: ctx.now.toISOString() });
      return toImportJob(await loadJob(ctx, id));
    },

    /** Settles when no accepted or resumed import is still being written (tests await it; so can a shutdown). */
    whenIdle: jobs.whenIdle,
  };
}
export type ResidentImportsService = ReturnType<typeof createResidentImportsService>;
