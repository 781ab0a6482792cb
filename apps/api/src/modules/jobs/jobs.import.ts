import {
  type CreateJobInput,
  type JobImportBody,
  type JobImportFile,
  type JobImportPreview,
  type JobImportResult,
  type JobImportRowError,
  shanghaiDate,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { ServiceContext } from '../../platform/context.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { readUploadedSheet, type Sheet } from '../../platform/spreadsheet-reader.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { employersForImport } from '../employers/index.ts';
import type { SitesService } from '../sites/index.ts';
import {
  employerIndex,
  employerKeys,
  isJobHeaderRow,
  type JobImportRecord,
  jobImportColumns,
  validateJobRows,
} from './jobs.import.rules.ts';

export interface JobImportsDeps {
  db: Kysely<Database>;
  audit: AuditService;
  employers: { forImport: typeof employersForImport };
  sites: Pick<SitesService, 'findSite'>;
  cipher: FieldCipher;
  /** The jobs service's create path, in the import's transaction. */
  collect: (trx: Executor<Database>, ctx: ServiceContext, id: string, body: CreateJobInput) => Promise<void>;
  /** The open-jobs index, after the commit. */
  refresh: (ids: readonly string[]) => Promise<void>;
}

/**
 * Importing jobs from a spreadsheet (the job-fair list, issue 9 §6): a preview that writes nothing,
 * then the import of the same file, which checks it again and writes every valid row in one
 * transaction through the jobs service's create path (ledger line, expiry, audit row each).
 */
export function createJobImports(deps: JobImportsDeps) {
  const { db, audit, employers, sites, cipher } = deps;

  /** The file read with the shared limits (unpacked size, rows, one at a time per user). */
  async function sheetOf(ctx: ServiceContext, file: JobImportFile): Promise<Sheet> {
    const sheet = await readUploadedSheet(ctx.actor.staffId, file.fileName, Buffer.from(file.contentBase64, 'base64'), {
      isHeaderRow: isJobHeaderRow,
    });
    if (sheet.headers.every((header) => header === '') || sheet.rows.length === 0) throw validationError({ contentBase64: ['表格是空的'] });
    return sheet;
  }

  /** Every row checked against the employers the importer may reach; writes nothing. */
  async function analyse(trx: Executor<Database>, ctx: ServiceContext, file: JobImportFile) {
    const sheet = await sheetOf(ctx, file);
    const { columns, missing } = jobImportColumns(sheet.headers);
    if (missing.length > 0)
      throw validationError({ contentBase64: missing.map((heading) => `表头缺少“${heading}”列（可下载导出的岗位信息表作为模板）`) });
    // The importer's own site collects the jobs; one who belongs to no site names it.
    const siteId = ctx.actor.siteId ?? file.siteId;
    if (!siteId) throw validationError({ siteId: ['请选择募集站点'] });
    if (!(await sites.findSite(trx, ctx.actor.scope, siteId))) throw validationError({ siteId: ['找不到该站点，或不在您的管辖范围内'] });
    const found = await employers.forImport(trx, ctx.actor.scope, employerKeys(sheet.rows, columns));
    const index = employerIndex(
      found.map((employer) => ({
        ...employer,
        contact: employer.contact ? { name: employer.contact.name, phone: cipher.decrypt(employer.contact.phoneCipher) } : null,
      })),
    );
    const result = validateJobRows(sheet.rows, columns, index, { siteId, today: shanghaiDate(ctx.now) });
    return { totalRows: sheet.rows.length, ...result };
  }

  function summary(result: { totalRows: number; records: JobImportRecord[]; errors: JobImportRowError[]; invalidRows: number }) {
    return { totalRows: result.totalRows, validRows: result.records.length, invalidRows: result.invalidRows, errors: result.errors };
  }

  return {
    /** What the import would do: the valid rows counted, the faulty ones listed by row and field. */
    async preview(ctx: ServiceContext, file: JobImportFile): Promise<JobImportPreview> {
      return summary(await analyse(db, ctx, file));
    },

    /** Writes every valid row, in one transaction; a file with faulty rows is refused unless they are to be skipped. */
    async run(ctx: ServiceContext, body: JobImportBody & { skipInvalid: boolean }): Promise<JobImportResult> {
      const { result, ids } = await db.transaction().execute(async (trx) => {
        const analysed = await analyse(trx, ctx, body);
        if (analysed.records.length === 0 || (analysed.errors.length > 0 && !body.skipInvalid))
          throw new AppError('JOB_IMPORT_HAS_ERRORS', { ...summary(analysed), errors: analysed.errors.slice(0, 200) });
        const created: string[] = [];
        for (const record of analysed.records) {
          const id = newId();
          await deps.collect(trx, ctx, id, record.body);
          created.push(id);
        }
        await audit.record(trx, ctx, {
          action: 'job.import',
          entityType: 'job',
          entityId: null,
          region: {
            districtCode: ctx.actor.scope.districtCode,
            townCode: ctx.actor.scope.townCode ?? null,
            villageCode: ctx.actor.scope.villageCode ?? null,
          },
          details: { fileName: body.fileName, rows: analysed.totalRows, created: created.length, skipped: analysed.invalidRows },
        });
        return { result: analysed, ids: created };
      });
      await deps.refresh(ids);
      return { ...summary(result), created: ids.length, jobIds: ids };
    },
  };
}
export type JobImports = ReturnType<typeof createJobImports>;
