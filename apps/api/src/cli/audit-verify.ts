import { resolveKeys } from '../config.ts';
import { createKeyedAuditService } from '../modules/audit/index.ts';
import { openConfiguredDatabase } from './open-database.ts';

/**
 * `npm run audit:verify`: walks the audit chain with the audit key and holds it against the latest
 * signed checkpoint (AUDIT_CHECKPOINT_FILE); exits 1 and names the first bad row if broken.
 */
const opened = openConfiguredDatabase();
const { database } = opened;
try {
  const config = resolveKeys(opened.config);
  const audit = createKeyedAuditService({ db: database.db, keys: config.keys, checkpointFile: config.auditCheckpoints.file });
  const result = await audit.verifyChain();
  const against = result.checkpoint
    ? `checkpoint of ${result.checkpoint.seq} rows at ${result.checkpoint.at}`
    : `no checkpoint yet in ${config.auditCheckpoints.file}`;
  if (result.ok) {
    console.log(`audit chain intact: ${result.checked} rows verified (${against})`);
  } else {
    console.error(
      `audit chain BROKEN at seq ${result.brokenAtSeq ?? '-'} (${result.reason}); ${result.checked} rows verified before it (${against})`,
    );
    process.exitCode = 1;
  }
} finally {
  await database.destroy();
}
