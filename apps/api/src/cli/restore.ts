import path from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError, restoreBackup } from '../composition/backup.ts';
import { loadConfig } from '../config.ts';

/**
 * `npm run restore -- <backup> [--data-dir <dir>] [--keys <file>] [--force]`: puts a backup (its .db
 * file or its stem) back into the data directory after checks — integrity_check, the manifest's row
 * counts and audit head, the keys present and verifying the audit chain. A data directory that is
 * not empty is replaced only with --force. Stop the server first.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'data-dir': { type: 'string' }, keys: { type: 'string' }, force: { type: 'boolean', default: false } },
});
const backup = positionals[0];
const config = loadConfig();
if (!backup) {
  console.error('usage: npm run restore -- <backup.db> [--data-dir <dir>] [--keys <file>] [--force]');
  process.exitCode = 1;
} else if (config.database.dialect !== 'sqlite' && !values['data-dir']) {
  console.error('DATABASE_URL names PostgreSQL: restore it with pg_restore (README, Backup and restore).');
  process.exitCode = 1;
} else {
  const dataDir = values['data-dir'] ?? config.dataDir;
  const databaseFile =
    values['data-dir'] || config.database.dialect !== 'sqlite' ? path.join(dataDir, 'jobcircle.db') : config.database.file;
  try {
    const { manifest, auditRows } = await restoreBackup({
      backup,
      dataDir,
      databaseFile,
      keysFile: values.keys,
      environmentAuditKey: config.keys?.auditKey,
      force: values.force,
    });
    console.log(
      `restored the backup of ${manifest.createdAt} into ${databaseFile}: integrity ok, row counts match, ${auditRows} audit rows verified`,
    );
    console.log(
      `audit checkpoints written after ${manifest.createdAt} name rows this backup does not hold: move ${config.auditCheckpoints.file} aside before audit:verify`,
    );
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(`restore refused (${error.code}): ${error.message}`);
    process.exitCode = 1;
  }
}
