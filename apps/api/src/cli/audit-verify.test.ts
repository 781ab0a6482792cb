import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { describe, expect, inject, it } from 'vitest';
import { deriveAuditKey } from '../config.ts';
import { createDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createKeyedAuditService } from '../modules/audit/index.ts';
import { TEST_KEYS } from '../test/build-test-app.ts';

const run = promisify(execFile);
const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function auditVerify(file: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/cli/audit-verify.ts'], {
      cwd: apiDir,
      env: { ...process.env, DATABASE_URL: `file:${file}`, ...TEST_KEYS, AUDIT_CHECKPOINT_FILE: `${file}.checkpoints` },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

// The CLI reads its own embedded database file; once is enough, so only in the SQLite project.
describe.runIf(inject('dialect') === 'sqlite')('npm run audit:verify', () => {
  it('passes an intact chain, and reports a cut tail (against the checkpoint) and an edited row with exit code 1', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'jc-audit-')), 'audit.db');
    const database = createDatabase({ dialect: 'sqlite', file });
    await migrateToLatest(database.db);
    // The keys and the checkpoint file the CLI will use (TEST_KEYS, AUDIT_CHECKPOINT_FILE beside the file).
    const audit = createKeyedAuditService({
      db: database.db,
      keys: {
        auditKey: deriveAuditKey(TEST_KEYS.ENCRYPTION_KEY, TEST_KEYS.BLIND_INDEX_KEY, 'audit-hmac'),
        auditSigningKey: deriveAuditKey(TEST_KEYS.ENCRYPTION_KEY, TEST_KEYS.BLIND_INDEX_KEY, 'audit-signing'),
      },
      checkpointFile: `${file}.checkpoints`,
    });
    const ctx = { actor: null, requestId: 'r', ip: '127.0.0.1', now: new Date('2026-11-26T00:00:00Z') };
    for (const action of ['site.create', 'site.update', 'site.deactivate']) {
      await database.db.transaction().execute((trx) => audit.record(trx, ctx, { action, entityType: 'site', entityId: 's1' }));
    }
    const intact = await auditVerify(file);
    expect(intact.code).toBe(0);
    expect(intact.output).toContain('3 rows verified');
    expect(intact.output).toContain('no checkpoint yet');
    expect((await audit.writeCheckpoint(ctx.now)).written?.seq).toBe(3);
    // The tail cut and the head rewritten to match: consistent, but fewer rows than signed.
    await sql`drop trigger audit_logs_no_delete`.execute(database.db);
    await sql`delete from audit_logs where seq = 3`.execute(database.db);
    const second = await database.db.selectFrom('audit_logs').select('hash').where('seq', '=', 2).executeTakeFirstOrThrow();
    await sql`update audit_chain_head set seq = 2, hash = ${second.hash}`.execute(database.db);
    const cut = await auditVerify(file);
    expect(cut.code).toBe(1);
    expect(cut.output).toContain('BROKEN at seq 3 (truncated)');
    await sql`drop trigger audit_logs_no_update`.execute(database.db);
    await sql`update audit_logs set details = '{"forged":true}' where seq = 2`.execute(database.db);
    await database.destroy();
    const tampered = await auditVerify(file);
    expect(tampered.code).toBe(1);
    expect(tampered.output).toContain('BROKEN at seq 2');
  }, 120_000);
});
