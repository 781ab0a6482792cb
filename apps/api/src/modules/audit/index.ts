import type { Clock } from '../../platform/context.ts';
import type { Logger } from '../../platform/logging.ts';
import type { App } from '../../platform/route-types.ts';
import { checkpointSignerFrom, createCheckpointFile } from './audit.checkpoints.ts';
import { auditRoutes } from './audit.routes.ts';
import { type AuditService, createAuditService } from './audit.service.ts';

export { createAuditService } from './audit.service.ts';

/** The audit service with its key and its checkpoint file (the configuration's). */
export function createKeyedAuditService(deps: {
  db: Parameters<typeof createAuditService>[0]['db'];
  keys: { auditKey: string; auditSigningKey: string };
  checkpointFile: string;
}): AuditService {
  const signer = checkpointSignerFrom(deps.keys.auditSigningKey);
  return createAuditService({ db: deps.db, key: deps.keys.auditKey, checkpoints: createCheckpointFile(deps.checkpointFile, signer) });
}

/**
 * Writes a signed checkpoint now and then every `intervalMinutes`; `stop()` writes the last one
 * (shutdown). A chain that no longer verifies gets no checkpoint and an error in the log.
 */
export function startAuditCheckpoints(audit: AuditService, options: { clock: Clock; log: Logger; intervalMinutes: number }) {
  async function write(reason: string): Promise<void> {
    try {
      const { written, problem } = await audit.writeCheckpoint(options.clock());
      if (problem) options.log.error({ reason, problem }, 'audit chain does not verify: no checkpoint written');
      else if (written) options.log.info({ reason, seq: written.seq }, 'audit checkpoint written');
    } catch (err) {
      options.log.error({ err, reason }, 'audit checkpoint failed');
    }
  }
  const timer = setInterval(() => void write('schedule'), options.intervalMinutes * 60_000);
  timer.unref();
  const started = write('startup');
  return {
    started,
    async stop(): Promise<void> {
      clearInterval(timer);
      await started;
      await write('shutdown');
    },
  };
}

export function registerAudit(app: App, audit: AuditService): void {
  void app.register(auditRoutes(audit), { prefix: '/api/audit-logs' });
}
