import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { buildTestApp, CHENGQIAO, DISTRICT, type TestApp } from '../../test/build-test-app.ts';
import { createSite, stationBody } from '../../test/factories.ts';
import { chainHash, GENESIS_HASH } from './audit.chain.ts';
import { checkpointLine, checkpointSignerFrom } from './audit.checkpoints.ts';

/**
 * Issue 14 item 7: what someone with write access to the database (but not to the keys or the
 * checkpoint file) could do. Each tampering on its own database; the chain is checkpointed first,
 * as the server does at start-up and on its schedule.
 */
async function tamperable(fn: (t: TestApp, checkpointFile: string) => Promise<void>) {
  const checkpointFile = path.join(mkdtempSync(path.join(tmpdir(), 'jc-checkpoints-')), 'audit-checkpoints.log');
  const t = await buildTestApp({ AUDIT_CHECKPOINT_FILE: checkpointFile });
  try {
    const admin = await t.as('district_admin', DISTRICT);
    for (let i = 0; i < 4; i++) await createSite(admin, stationBody(CHENGQIAO, { name: `站${i}` }));
    const { written, problem } = await t.services.audit.writeCheckpoint(t.clock.now);
    expect(problem).toBeNull();
    expect(written?.seq).toBeGreaterThan(4);
    expect(await t.services.audit.verifyChain()).toMatchObject({ ok: true, checkpoint: { seq: written?.seq } });
    if (t.database.dialect === 'postgres') await sql`drop trigger audit_logs_append_only on audit_logs`.execute(t.database.db);
    else {
      await sql`drop trigger audit_logs_no_update`.execute(t.database.db);
      await sql`drop trigger audit_logs_no_delete`.execute(t.database.db);
    }
    await fn(t, checkpointFile);
  } finally {
    await t.close();
  }
}

/** Re-hashes every row from `fromSeq` on (with `key`, or plain SHA-256 when null) and the head, as a forger would. */
async function rehash(database: DatabaseHandle, fromSeq: number, key: Buffer | null) {
  const rows = await database.db.selectFrom('audit_logs').selectAll().orderBy('seq').execute();
  let prev = GENESIS_HASH;
  for (const raw of rows) {
    const row = { ...raw, seq: Number(raw.seq) };
    if (row.seq >= fromSeq) {
      const hash = chainHash(prev, row, key);
      await database.db.updateTable('audit_logs').set({ prev_hash: prev, hash }).where('seq', '=', row.seq).execute();
      prev = hash;
    } else prev = row.hash;
  }
  await database.db.updateTable('audit_chain_head').set({ hash: prev }).execute();
}

async function lastSeq(database: DatabaseHandle): Promise<number> {
  const head = await database.db.selectFrom('audit_chain_head').select('seq').executeTakeFirstOrThrow();
  return Number(head.seq);
}

describe('the keyed audit chain against tampering', () => {
  it('finds a cut tail whose head was rewritten to match', () =>
    tamperable(async (t) => {
      const seq = await lastSeq(t.database);
      const keep = seq - 2;
      await sql`delete from audit_logs where seq > ${keep}`.execute(t.database.db);
      const row = await t.database.db.selectFrom('audit_logs').select('hash').where('seq', '=', keep).executeTakeFirstOrThrow();
      await t.database.db.updateTable('audit_chain_head').set({ seq: keep, hash: row.hash }).execute();
      expect(await t.services.audit.verifyChain()).toMatchObject({ ok: false, reason: 'truncated', brokenAtSeq: keep + 1 });
    }));

  it('finds every row deleted (and the head reset)', () =>
    tamperable(async (t) => {
      await sql`delete from audit_logs`.execute(t.database.db);
      await t.database.db.updateTable('audit_chain_head').set({ seq: 0, hash: GENESIS_HASH }).execute();
      expect(await t.services.audit.verifyChain()).toMatchObject({ ok: false, reason: 'truncated', checked: 0 });
    }));

  it('finds an edited row whose chain was recomputed without the key', () =>
    tamperable(async (t) => {
      await t.database.db.updateTable('audit_logs').set({ actor_username: 'someone-else' }).where('seq', '=', 3).execute();
      await rehash(t.database, 3, null);
      expect(await t.services.audit.verifyChain()).toMatchObject({ ok: false, reason: 'hash_mismatch', brokenAtSeq: 3 });
    }));

  it('finds an appended forged row', () =>
    tamperable(async (t) => {
      const head = await t.database.db.selectFrom('audit_chain_head').selectAll().executeTakeFirstOrThrow();
      const fields = {
        seq: Number(head.seq) + 1,
        id: 'forged',
        at: t.clock.now.toISOString(),
        actor_id: null,
        actor_username: 'admin',
        action: 'resident.unmask',
        entity_type: 'resident',
        entity_id: 'x',
        district_code: DISTRICT,
        town_code: null,
        village_code: null,
        outcome: 'success' as const,
        ip: '127.0.0.1',
        request_id: 'r',
        details: '{}',
      };
      const hash = chainHash(head.hash, fields, null);
      await t.database.db
        .insertInto('audit_logs')
        .values({ ...fields, prev_hash: head.hash, hash })
        .execute();
      await t.database.db.updateTable('audit_chain_head').set({ seq: fields.seq, hash }).execute();
      expect(await t.services.audit.verifyChain()).toMatchObject({ ok: false, reason: 'hash_mismatch', brokenAtSeq: fields.seq });
    }));

  it('finds a chain re-hashed under another key, and a keyed start moved so that rows pass unkeyed', () =>
    tamperable(async (t) => {
      await rehash(t.database, 1, Buffer.alloc(32, 9));
      expect(await t.services.audit.verifyChain()).toMatchObject({ ok: false, reason: 'hash_mismatch', brokenAtSeq: 1 });
      const seq = await lastSeq(t.database);
      await t.database.db
        .updateTable('audit_chain_head')
        .set({ keyed_from_seq: seq + 1 })
        .execute();
      await rehash(t.database, 1, null);
      expect(await t.services.audit.verifyChain()).toMatchObject({ ok: false, reason: 'rekeyed' });
    }));

  it('refuses a checkpoint line it did not sign, and writes no checkpoint over a broken chain', () =>
    tamperable(async (t, file) => {
      const forger = checkpointSignerFrom(Buffer.alloc(32, 5).toString('base64'));
      appendFileSync(file, checkpointLine({ seq: 1, head: GENESIS_HASH, keyedFromSeq: 1, at: t.clock.now.toISOString() }, forger));
      expect(await t.services.audit.verifyChain()).toMatchObject({ ok: false, reason: 'checkpoint_forged' });
      expect((await t.services.audit.writeCheckpoint(t.clock.now)).written).toBeNull();
    }));

  it('keeps verifying as the chain grows past the checkpoint', () =>
    tamperable(async (t) => {
      const admin = await t.as('district_admin', DISTRICT);
      await createSite(admin, stationBody(CHENGQIAO, { name: '新站' }));
      expect(await t.services.audit.verifyChain()).toMatchObject({ ok: true, reason: null });
      expect((await t.services.audit.writeCheckpoint(t.clock.now)).written?.seq).toBe(await lastSeq(t.database));
    }));
});
