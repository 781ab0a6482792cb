import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../db/database.ts';
import { createKeyedAuditService } from '../modules/audit/index.ts';
import { type Agent, buildTestApp, CHENGQIAO, CHENGQIAO_VILLAGE, type TestApp } from '../test/build-test-app.ts';
import { idNumberFor, residentBody } from '../test/factories.ts';
import { BACKUP_TASK, type BackupError, backupDatabase, restoreBackup, scheduleBackups } from './backup.ts';

const fresh = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as BackupError).code;
  }
  return 'none';
}

// The backup API is the embedded database's; PostgreSQL is pg_dump's (README).
describe.runIf(inject('dialect') === 'sqlite')('backup and restore (the drill)', () => {
  let t: TestApp;
  let admin: Agent;
  let keysFile: string;

  beforeAll(async () => {
    t = await buildTestApp();
    admin = await t.as('town_admin', CHENGQIAO);
    // The keys as the embedded default keeps them: DATA_DIR/keys.json.
    keysFile = path.join(fresh('jc-data-'), 'keys.json');
    writeFileSync(keysFile, JSON.stringify(t.config.keys), { mode: 0o600 });
  });
  afterAll(async () => {
    await t.close();
  });

  const register = (sequence: number) =>
    admin.post('/api/residents', residentBody(CHENGQIAO, CHENGQIAO_VILLAGE, { idNumber: idNumberFor(sequence), name: `演练${sequence}` }));

  it('backs up under concurrent writes, restores into a fresh directory where the audit chain verifies and the counts match', async () => {
    const before = await Promise.all(Array.from({ length: 20 }, (_, i) => register(i)));
    expect(before.map((r) => r.statusCode).every((code) => code === 201)).toBe(true);
    // Writes in flight while the backup runs on the same connection.
    const during = Array.from({ length: 60 }, (_, i) => register(100 + i));
    const backupDir = fresh('jc-backup-');
    const backup = await backupDatabase(t.database, { dir: backupDir, keysFile, now: t.clock.now });
    const after = await Promise.all(during);
    expect(after.filter((r) => r.statusCode === 201)).toHaveLength(60);

    expect(path.basename(backup.file)).toBe('jobcircle-20261126T020000Z.db');
    expect(backup.keysFile && statSync(backup.keysFile).mode & 0o777).toBe(0o600);
    expect(statSync(backup.file).mode & 0o777).toBe(0o600);
    const manifest = JSON.parse(readFileSync(backup.manifestFile, 'utf8'));
    expect(manifest.tables.residents).toBeGreaterThanOrEqual(20);
    expect(manifest.tables.residents).toBeLessThanOrEqual(80);
    expect(manifest.auditHead.seq).toBe(manifest.tables.audit_logs);

    const dataDir = path.join(fresh('jc-restore-'), 'data');
    const databaseFile = path.join(dataDir, 'jobcircle.db');
    const restored = await restoreBackup({ backup: backup.file, dataDir, databaseFile });
    expect(restored.auditRows).toBe(manifest.tables.audit_logs);
    expect(JSON.parse(readFileSync(path.join(dataDir, 'keys.json'), 'utf8'))).toEqual(t.config.keys);

    // audit:verify's logic on the restored directory (its keys, a checkpoint file of its own).
    const database = createDatabase({ dialect: 'sqlite', file: databaseFile });
    try {
      const audit = createKeyedAuditService({
        db: database.db,
        keys: t.config.keys as NonNullable<typeof t.config.keys>,
        checkpointFile: path.join(dataDir, '..', 'checkpoints.log'),
      });
      const verified = await audit.verifyChain();
      expect(verified).toMatchObject({ ok: true, checked: manifest.tables.audit_logs });
      const names = (await database.db.selectFrom('residents').select('name').execute()).map((r) => r.name);
      expect(names).toHaveLength(manifest.tables.residents);
      // Every write acknowledged before the backup began is in it.
      for (let i = 0; i < 20; i += 1) expect(names).toContain(`演练${i}`);
      // The live database went on: it holds every write, the backup a consistent prefix.
      const live = await t.database.db
        .selectFrom('residents')
        .select(t.database.db.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(live.n)).toBe(80);
    } finally {
      await database.destroy();
    }

    // The directory now holds a database: not again without --force, then replaced.
    expect(await refusal(restoreBackup({ backup: backup.file, dataDir, databaseFile }))).toBe('DATA_DIR_NOT_EMPTY');
    await expect(restoreBackup({ backup: backup.file, dataDir, databaseFile, force: true })).resolves.toMatchObject({
      auditRows: manifest.tables.audit_logs,
    });
  });

  it('refuses a backup whose counts, keys or file do not hold, and leaves the data directory empty', async () => {
    const backupDir = fresh('jc-backup-');
    const backup = await backupDatabase(t.database, { dir: backupDir, keysFile, now: t.clock.now });
    const dataDir = path.join(fresh('jc-restore-'), 'data');
    const target = { dataDir, databaseFile: path.join(dataDir, 'jobcircle.db') };
    const manifest = JSON.parse(readFileSync(backup.manifestFile, 'utf8'));

    writeFileSync(
      backup.manifestFile,
      JSON.stringify({ ...manifest, tables: { ...manifest.tables, residents: manifest.tables.residents + 1 } }),
    );
    expect(await refusal(restoreBackup({ backup: backup.file, ...target }))).toBe('COUNTS_DIFFER');
    writeFileSync(backup.manifestFile, JSON.stringify(manifest));

    // Another deployment's keys: the keyed audit chain does not verify with them.
    const otherKeys = path.join(fresh('jc-keys-'), 'keys.json');
    writeFileSync(otherKeys, JSON.stringify({ ...t.config.keys, auditKey: Buffer.alloc(32, 9).toString('base64') }));
    expect(await refusal(restoreBackup({ backup: backup.file, ...target, keysFile: otherKeys }))).toBe('AUDIT_BROKEN');
    expect(await refusal(restoreBackup({ backup: backup.file, ...target, keysFile: path.join(backupDir, 'none.json') }))).toBe(
      'KEYS_MISSING',
    );
    writeFileSync(backup.manifestFile, JSON.stringify({ ...manifest, keys: null }));
    expect(await refusal(restoreBackup({ backup: backup.file, ...target }))).toBe('KEYS_MISSING');
    writeFileSync(backup.manifestFile, JSON.stringify(manifest));

    // Damaged pages in the middle of the file.
    const bytes = readFileSync(backup.file);
    bytes.fill(0x5a, 8192, bytes.length - 8192);
    writeFileSync(backup.file, bytes);
    expect(await refusal(restoreBackup({ backup: backup.file, ...target }))).toBe('INTEGRITY_FAILED');
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('runs on a schedule through the task queue, one backup per slot, each run enqueuing the next', async () => {
    const dir = fresh('jc-scheduled-');
    await scheduleBackups(t.services.tasks, t.database, { dir, keysFile, intervalHours: 24, clock: () => t.clock.now });
    // The slot is the day since 1970 (24 h): scheduling again, as a restart does, enqueues nothing twice.
    await t.services.tasks.enqueue(t.database.db, {
      kind: BACKUP_TASK,
      key: 'backup:20784',
      runAt: new Date('2026-11-27T00:00:00Z'),
      payload: {},
    });
    expect(await t.services.tasks.runDue(t.clock.now)).toMatchObject({ done: 0 });
    expect(await t.services.tasks.runDue(new Date('2026-11-27T00:00:00Z'))).toMatchObject({ done: 1, failed: 0 });
    expect((await readdir(dir)).sort()).toEqual([
      'jobcircle-20261127T000000Z.db',
      'jobcircle-20261127T000000Z.keys.json',
      'jobcircle-20261127T000000Z.manifest.json',
    ]);
    const next = await t.database.db
      .selectFrom('tasks')
      .select(['key', 'run_at'])
      .where('kind', '=', BACKUP_TASK)
      .where('state', '=', 'queued')
      .execute();
    expect(next).toEqual([{ key: 'backup:20785', run_at: '2026-11-28T00:00:00.000Z' }]);
  });
});
