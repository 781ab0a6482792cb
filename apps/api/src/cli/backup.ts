import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase, KEYS_WARNING } from '../composition/backup.ts';
import { resolveKeys } from '../config.ts';
import { openConfiguredDatabase } from './open-database.ts';

/**
 * `npm run backup [-- --to <dir>]`: an online backup of the embedded database (the server may keep
 * running) into <dir>, else BACKUP_DIR, else ./backups: the database, its manifest and a copy of the
 * keys file (0600), which must be stored apart. PostgreSQL: pg_dump (README).
 */
const { values } = parseArgs({ options: { to: { type: 'string' } } });
const opened = openConfiguredDatabase();
const { database } = opened;
try {
  if (database.dialect !== 'sqlite') {
    console.error('DATABASE_URL names PostgreSQL: back it up with pg_dump and keep the keys apart (README, Backup and restore).');
    process.exitCode = 1;
  } else {
    // Keys set in the environment are not in a file: the backup holds none and says so.
    const keysFile = opened.config.keys ? null : path.join(resolveKeys(opened.config).dataDir, 'keys.json');
    const dir = values.to ?? opened.config.backup?.dir ?? 'backups';
    const result = await backupDatabase(database, { dir, keysFile, now: new Date() });
    const rows = Object.values(result.manifest.tables).reduce((sum, count) => sum + count, 0);
    console.log(
      `backup written: ${result.file} (${rows} rows in ${Object.keys(result.manifest.tables).length} tables, audit head ${result.manifest.auditHead.seq})`,
    );
    console.log(`manifest: ${result.manifestFile}`);
    if (result.keysFile) console.log(`keys: ${result.keysFile} (mode 0600)`);
    else console.log('keys: from the environment (ENCRYPTION_KEY, BLIND_INDEX_KEY, AUDIT_KEY, AUDIT_SIGNING_KEY); none written');
    console.warn(KEYS_WARNING);
  }
} finally {
  await database.destroy();
}
