import type { ImportRowError } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { Clock, ServiceContext } from '../../platform/context.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { ImportBatches } from './import.batch.ts';
import type { ImportRecord } from './import.rules.ts';
import { scopeRegion } from './residents.access.ts';
import { findImportById, refreshResidentStatistics, updateImport } from './residents.repository.ts';

/** Where background work reports what went wrong (pino's `log.error(obj, msg)` fits). */
export interface ErrorLog {
  error(obj: object, msg: string): void;
}

/** Records per transaction: each re-checks what exists when it writes. */
export const IMPORT_BATCH = 2000;

/**
 * The import job: writes an accepted import batch by batch in the background, with progress that
 * moves with the rows it counts (in the batch's transaction), so a restart resumes it after the last
 * committed batch; it yields to the event loop between batches so that requests are answered. Time comes from the injected clock;
 * failures are logged and mark the job failed. `whenIdle()` lets tests (and a shutdown) wait for it.
 */
export function createImportJobs(deps: {
  db: Kysely<Database>;
  audit: AuditService;
  cipher: FieldCipher;
  batches: ImportBatches;
  clock: Clock;
  log: ErrorLog;
}) {
  const { db, audit, cipher, batches, clock, log } = deps;
  const running = new Map<string, Promise<void>>();
  /** Whose import each running job is (one per user at a time). */
  const owners = new Map<string, string>();

  async function run(jobId: string, ctx: ServiceContext): Promise<void> {
    const { actor } = ctx;
    const row = await findImportById(db, jobId);
    if (!row?.records_cipher) return;
    // The rows the user saw in the preview; each batch re-checks what exists at the time it writes.
    const records = JSON.parse(cipher.decrypt(row.records_cipher)) as ImportRecord[];
    // The preview's errors and those of the batches already committed (written with their progress).
    const knownErrors = JSON.parse(row.errors) as ImportRowError[];
    const applyErrors: ImportRowError[] = [];
    // A resumed job goes on after its last committed batch: progress never goes backwards.
    let processed = Math.min(Number(row.processed_rows), records.length);
    for (let i = processed; i < records.length; i += IMPORT_BATCH) {
      const batch = records.slice(i, i + IMPORT_BATCH);
      const now = clock();
      await db.transaction().execute(async (trx) => {
        const result = await batches.apply(trx, { actorId: actor.staffId, scope: actor.scope, fileName: row.file_name, now }, batch);
        applyErrors.push(...result.errors);
        // Progress moves with the rows it counts: a crash never reports rows that were not written.
        await updateImport(trx, jobId, {
          processed_rows: processed + batch.length,
          ...(result.errors.length > 0 ? { errors: JSON.stringify([...knownErrors, ...applyErrors]) } : {}),
          updated_at: now.toISOString(),
        });
      });
      processed += batch.length;
      // Requests waiting on the event loop are answered between batches (better-sqlite3 is synchronous).
      await new Promise((resolve) => setImmediate(resolve));
    }
    const errors = [...knownErrors, ...applyErrors].sort((a, b) => a.row - b.row);
    await refreshResidentStatistics(db);
    const now = clock();
    await db.transaction().execute(async (trx) => {
      await updateImport(trx, jobId, {
        state: 'done',
        processed_rows: processed,
        file_cipher: null,
        records_cipher: null,
        error_count: errors.length,
        errors: JSON.stringify(errors),
        updated_at: now.toISOString(),
      });
      await audit.record(
        trx,
        { ...ctx, now },
        {
          action: 'resident.import',
          entityType: 'resident_import',
          entityId: jobId,
          region: scopeRegion(actor.scope),
          details: { fileName: row.file_name, rows: records.length, errors: errors.length },
        },
      );
    });
  }

  async function runLogged(jobId: string, ctx: ServiceContext): Promise<void> {
    try {
      await run(jobId, ctx);
    } catch (error) {
      log.error({ err: error, importId: jobId }, 'resident import failed');
      await updateImport(db, jobId, { state: 'failed', updated_at: clock().toISOString() }).catch((failure: unknown) =>
        log.error({ err: failure, importId: jobId }, 'resident import could not be marked failed'),
      );
    } finally {
      running.delete(jobId);
      owners.delete(jobId);
    }
  }

  return {
    /** Starts the job in the background (once per job); the promise settles when it ends and never rejects. */
    start(jobId: string, ctx: ServiceContext): Promise<void> {
      const current = running.get(jobId);
      if (current) return current;
      owners.set(jobId, ctx.actor.staffId);
      const job = runLogged(jobId, ctx);
      running.set(jobId, job);
      return job;
    },
    /** Whether an import of this user's is being written now. */
    isRunningFor(staffId: string): boolean {
      return [...owners.values()].includes(staffId);
    },
    /** Settles when no import is running. */
    async whenIdle(): Promise<void> {
      while (running.size > 0) await Promise.all(running.values());
    },
  };
}
export type ImportJobs = ReturnType<typeof createImportJobs>;
