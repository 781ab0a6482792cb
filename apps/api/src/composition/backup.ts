import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { createDatabase, type DatabaseHandle } from '../db/database.ts';
import { createAuditService } from '../modules/audit/index.ts';
import type { TasksService } from '../modules/tasks/index.ts';
import type { Clock } from '../platform/context.ts';

/**
 * Backup and restore of the embedded database (`npm run backup`, `npm run restore`, and on a
 * schedule through the task queue). A backup is three files with one stem:
 *   jobcircle-<UTC stamp>.db             the database, copied online by SQLite's backup API (one
 *                                        consistent snapshot while the server keeps writing)
 *   jobcircle-<UTC stamp>.manifest.json  when, row counts per table, the audit chain's head
 *   jobcircle-<UTC stamp>.keys.json      the keys file (0600) — to be stored APART from the rest:
 *                                        whoever holds both reads every ID number
 * The counts and the head are read from the backup file itself, so they describe the snapshot.
 * PostgreSQL is backed up with pg_dump (README), never by this code.
 */

export const BACKUP_FORMAT = 'jobcircle-backup/1';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  database: string;
  /** The keys file's name beside it, or null when the keys come from the environment. */
  keys: string | null;
  tables: Record<string, number>;
  auditHead: { seq: number; hash: string };
  integrity: 'ok';
}

export interface BackupResult {
  file: string;
  manifestFile: string;
  keysFile: string | null;
  manifest: BackupManifest;
}

/** Why a restore (or a backup) was refused; `code` is what tests and scripts look at. */
export class BackupError extends Error {
  constructor(
    readonly code:
      | 'NOT_SQLITE'
      | 'MANIFEST_MISSING'
      | 'BACKUP_FILE_MISSING'
      | 'KEYS_MISSING'
      | 'DATA_DIR_NOT_EMPTY'
      | 'INTEGRITY_FAILED'
      | 'COUNTS_DIFFER'
      | 'AUDIT_HEAD_DIFFERS'
      | 'AUDIT_BROKEN',
    message: string,
  ) {
    super(message);
  }
}

export const KEYS_WARNING =
  'WARNING: the keys file decrypts every ID number and mobile in the backup. Store it apart from the backup (another medium, another place, owner-only).';

function stampOf(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/** What the snapshot holds: integrity, row counts per table, the audit head (read-only). */
function inspect(file: string): { integrity: string; tables: Record<string, number>; auditHead: { seq: number; hash: string } } {
  try {
    return inspectOpen(file);
  } catch (error) {
    // A damaged file may fail before integrity_check can name its pages (SQLITE_CORRUPT, SQLITE_NOTADB).
    if (error instanceof SQLite.SqliteError) return { integrity: error.message, tables: {}, auditHead: { seq: 0, hash: '' } };
    throw error;
  }
}

function inspectOpen(file: string): ReturnType<typeof inspect> {
  const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const names = sqlite
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
      .pluck()
      .all() as string[];
    const tables: Record<string, number> = {};
    for (const name of names)
      tables[name] = Number(
        sqlite
          .prepare(`select count(*) from "${name.replace(/"/g, '""')}"`)
          .pluck()
          .get(),
      );
    // A database never migrated (never started) has no chain yet.
    const head = names.includes('audit_chain_head')
      ? (sqlite.prepare('select seq, hash from audit_chain_head where id = 1').get() as { seq: number; hash: string } | undefined)
      : undefined;
    return { integrity, tables, auditHead: { seq: Number(head?.seq ?? 0), hash: head?.hash ?? '' } };
  } finally {
    sqlite.close();
  }
}

/**
 * One online backup into `dir`: the database through the driver's backup API (the same connection
 * the server writes on, so writes during the copy are carried into it), the manifest, and a copy of
 * the keys file when there is one (0600).
 */
export async function backupDatabase(
  database: DatabaseHandle,
  options: { dir: string; keysFile: string | null; now: Date },
): Promise<BackupResult> {
  if (!database.backup) throw new BackupError('NOT_SQLITE', 'backups of PostgreSQL are made with pg_dump (see README)');
  mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  const stem = `jobcircle-${stampOf(options.now)}`;
  const file = path.join(options.dir, `${stem}.db`);
  const partial = `${file}.partial`;
  await database.backup(partial);
  chmodSync(partial, 0o600);
  // The copy carries the source's WAL mode; one self-contained file is what a backup should be.
  const copy = new SQLite(partial);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  const seen = inspect(partial);
  if (seen.integrity !== 'ok') throw new BackupError('INTEGRITY_FAILED', `the backup does not pass integrity_check: ${seen.integrity}`);
  renameSync(partial, file);
  let keysFile: string | null = null;
  if (options.keysFile) {
    if (!existsSync(options.keysFile)) throw new BackupError('KEYS_MISSING', `no keys file at ${options.keysFile}`);
    keysFile = path.join(options.dir, `${stem}.keys.json`);
    copyFileSync(options.keysFile, keysFile);
    chmodSync(keysFile, 0o600);
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    createdAt: options.now.toISOString(),
    database: path.basename(file),
    keys: keysFile ? path.basename(keysFile) : null,
    tables: seen.tables,
    auditHead: seen.auditHead,
    integrity: 'ok',
  };
  const manifestFile = path.join(options.dir, `${stem}.manifest.json`);
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return { file, manifestFile, keysFile, manifest };
}

/** The manifest of a backup named by its .db file, its manifest, or its stem. */
function manifestOf(backup: string): { dir: string; manifest: BackupManifest } {
  const stem = backup.replace(/\.(db|manifest\.json|keys\.json)$/, '');
  const file = `${stem}.manifest.json`;
  if (!existsSync(file)) throw new BackupError('MANIFEST_MISSING', `no manifest at ${file}`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new BackupError('MANIFEST_MISSING', `${file} is not a ${BACKUP_FORMAT} manifest`);
  return { dir: path.dirname(file), manifest };
}

export interface RestoreOptions {
  backup: string;
  /** Where the database goes (DATA_DIR/jobcircle.db) and the keys file beside it. */
  databaseFile: string;
  dataDir: string;
  /** A keys file kept apart (else the one beside the backup); the environment's keys when neither. */
  keysFile?: string | undefined;
  /** The audit key from the environment, when the keys are not in a file. */
  environmentAuditKey?: string | undefined;
  force?: boolean;
}

/**
 * Puts a backup back after checks: the manifest and the keys present, the data directory empty
 * (unless forced), the copy passes integrity_check, its row counts and audit head are the
 * manifest's, and the audit chain verifies with the keys (which proves they are this database's).
 * The copy is checked under a temporary name and moved into place only when everything holds.
 */
export async function restoreBackup(options: RestoreOptions): Promise<{ manifest: BackupManifest; auditRows: number }> {
  const { dir, manifest } = manifestOf(options.backup);
  const source = path.join(dir, manifest.database);
  if (!existsSync(source)) throw new BackupError('BACKUP_FILE_MISSING', `no database file at ${source}`);
  const keysSource = options.keysFile ?? (manifest.keys ? path.join(dir, manifest.keys) : undefined);
  let auditKey = options.environmentAuditKey;
  if (keysSource) {
    if (!existsSync(keysSource)) throw new BackupError('KEYS_MISSING', `no keys file at ${keysSource}`);
    auditKey = (JSON.parse(readFileSync(keysSource, 'utf8')) as { auditKey?: string }).auditKey;
  }
  if (!auditKey) throw new BackupError('KEYS_MISSING', 'no keys: give --keys <file> or set the keys in the environment');
  if (existsSync(options.dataDir) && readdirSync(options.dataDir).length > 0 && !options.force) {
    throw new BackupError('DATA_DIR_NOT_EMPTY', `${options.dataDir} is not empty: restore with --force to replace its database and keys`);
  }
  mkdirSync(path.dirname(options.databaseFile), { recursive: true, mode: 0o700 });
  const staging = `${options.databaseFile}.restoring`;
  copyFileSync(source, staging);
  chmodSync(staging, 0o600);
  try {
    const seen = inspect(staging);
    if (seen.integrity !== 'ok') throw new BackupError('INTEGRITY_FAILED', `integrity_check: ${seen.integrity}`);
    const names = new Set([...Object.keys(seen.tables), ...Object.keys(manifest.tables)]);
    const differing = [...names].filter((name) => seen.tables[name] !== manifest.tables[name]);
    if (differing.length > 0) throw new BackupError('COUNTS_DIFFER', `row counts differ from the manifest in ${differing.join(', ')}`);
    if (seen.auditHead.seq !== manifest.auditHead.seq || seen.auditHead.hash !== manifest.auditHead.hash) {
      throw new BackupError('AUDIT_HEAD_DIFFERS', 'the audit head differs from the manifest');
    }
    const restored = createDatabase({ dialect: 'sqlite', file: staging });
    let verified: Awaited<ReturnType<ReturnType<typeof createAuditService>['verifyChain']>>;
    try {
      verified = await createAuditService({ db: restored.db, key: auditKey }).verifyChain();
    } finally {
      await restored.destroy();
    }
    if (!verified.ok)
      throw new BackupError('AUDIT_BROKEN', `the audit chain does not verify with these keys at seq ${verified.brokenAtSeq ?? '-'}`);
    for (const old of [options.databaseFile, `${options.databaseFile}-wal`, `${options.databaseFile}-shm`]) rmSync(old, { force: true });
    renameSync(staging, options.databaseFile);
    if (keysSource) {
      const keysTarget = path.join(options.dataDir, 'keys.json');
      copyFileSync(keysSource, keysTarget);
      chmodSync(keysTarget, 0o600);
    }
    return { manifest, auditRows: verified.checked };
  } finally {
    for (const left of [staging, `${staging}-wal`, `${staging}-shm`]) rmSync(left, { force: true });
  }
}

export const BACKUP_TASK = 'backup.run';

/**
 * Scheduled backups through the durable task queue: one task per slot of `intervalHours` (its key
 * is the slot, so a restart or a second call enqueues nothing twice); each run enqueues the next.
 */
export async function scheduleBackups(
  tasks: TasksService,
  database: DatabaseHandle,
  options: { dir: string; keysFile: string | null; intervalHours: number; clock: Clock },
): Promise<void> {
  const slotMs = options.intervalHours * 3_600_000;
  const enqueueAfter = async (at: Date) => {
    const slot = Math.floor(at.getTime() / slotMs) + 1;
    await tasks.enqueue(database.db, { kind: BACKUP_TASK, key: `backup:${slot}`, runAt: new Date(slot * slotMs), payload: {} });
  };
  tasks.handle(BACKUP_TASK, async (_payload, { now }) => {
    await backupDatabase(database, { dir: options.dir, keysFile: options.keysFile, now });
    await enqueueAfter(now);
  });
  await enqueueAfter(options.clock());
}
