import { AuditLogPageSchema, AuditVerificationSchema } from '@jobcircle/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { type Agent, BAOZHEN, buildTestApp, CHENGQIAO, DISTRICT, type TestApp } from '../../test/build-test-app.ts';
import { createSite, stationBody } from '../../test/factories.ts';

let t: TestApp;
let district: Agent;

beforeAll(async () => {
  t = await buildTestApp();
  district = await t.as('district_admin', DISTRICT);
  await createSite(district, stationBody(CHENGQIAO, { name: '城桥站' }));
  await createSite(district, stationBody(BAOZHEN, { name: '堡镇站' }));
});
afterAll(() => t.close());

/** What someone with direct database access could do: remove the guard, then tamper. */
async function dropAppendOnlyGuard(database: DatabaseHandle) {
  if (database.dialect === 'postgres') await sql`drop trigger audit_logs_append_only on audit_logs`.execute(database.db);
  else {
    await sql`drop trigger audit_logs_no_update`.execute(database.db);
    await sql`drop trigger audit_logs_no_delete`.execute(database.db);
  }
}

describe('audit log', () => {
  it('lists rows newest first, filtered by action, and scoped to a town admin’s town', async () => {
    const page = AuditLogPageSchema.parse((await district.get('/api/audit-logs?action=site.create')).json());
    expect(page.items.map((row) => row.action)).toEqual(['site.create', 'site.create']);
    expect(page.items[0]?.seq).toBeGreaterThan(page.items[1]?.seq ?? 0);
    const townAdmin = await t.as('town_admin', CHENGQIAO);
    const town = AuditLogPageSchema.parse((await townAdmin.get('/api/audit-logs?action=site.create')).json());
    expect(town.items.map((row) => row.townCode)).toEqual([CHENGQIAO]);
  });

  it('filters by Shanghai calendar day', async () => {
    const today = AuditLogPageSchema.parse((await district.get('/api/audit-logs?from=2026-11-26&to=2026-11-26')).json());
    expect(today.total).toBeGreaterThan(0);
    const tomorrow = AuditLogPageSchema.parse((await district.get('/api/audit-logs?from=2026-11-27')).json());
    expect(tomorrow.total).toBe(0);
  });

  it('is closed to station staff (403)', async () => {
    const staff = await t.as('station_staff', CHENGQIAO);
    expect((await staff.get('/api/audit-logs')).statusCode).toBe(403);
  });

  it('refuses updates and deletes in the database itself', async () => {
    await expect(sql`update audit_logs set action = 'x'`.execute(t.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_logs`.execute(t.database.db)).rejects.toThrow(/append-only/);
  });

  it('verifies an intact chain after ten simultaneous audited writes (writers serialise on the chain head)', async () => {
    const before = (await t.services.audit.verifyChain()).checked;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => district.post('/api/sites', stationBody(CHENGQIAO, { name: `并发站${i}` }))),
    );
    expect(results.map((response) => response.statusCode)).toEqual(Array(10).fill(201));
    const verified = AuditVerificationSchema.parse((await district.get('/api/audit-logs/verification')).json());
    expect(verified).toMatchObject({ ok: true, brokenAtSeq: null });
    expect(verified.checked).toBe(before + 10);
  });
});

/** A middle row's sequence number, read rather than assumed. */
async function middleSeq(database: DatabaseHandle): Promise<number> {
  const rows = await database.db.selectFrom('audit_logs').select('seq').orderBy('seq').execute();
  expect(rows.length).toBeGreaterThan(3);
  return Number(rows[Math.floor(rows.length / 2)]?.seq);
}

describe('audit chain without the database guard (each test on its own database)', () => {
  it('finds an edited row', async () => {
    const fresh = await buildTestApp();
    try {
      const admin = await fresh.as('district_admin', DISTRICT);
      for (let i = 0; i < 3; i++) await createSite(admin, stationBody(CHENGQIAO, { name: `站${i}` }));
      expect(await fresh.services.audit.verifyChain()).toMatchObject({ ok: true, brokenAtSeq: null });
      const seq = await middleSeq(fresh.database);
      await dropAppendOnlyGuard(fresh.database);
      await sql`update audit_logs set actor_username = 'someone-else' where seq = ${seq}`.execute(fresh.database.db);
      expect(await fresh.services.audit.verifyChain()).toMatchObject({ ok: false, brokenAtSeq: seq, reason: 'hash_mismatch' });
    } finally {
      await fresh.close();
    }
  });

  it('finds a deleted row as a gap and a cut tail as truncation', async () => {
    const fresh = await buildTestApp();
    try {
      const admin = await fresh.as('district_admin', DISTRICT);
      for (let i = 0; i < 3; i++) await createSite(admin, stationBody(CHENGQIAO, { name: `站${i}` }));
      const seq = await middleSeq(fresh.database);
      await dropAppendOnlyGuard(fresh.database);
      await sql`delete from audit_logs where seq = ${seq}`.execute(fresh.database.db);
      expect(await fresh.services.audit.verifyChain()).toMatchObject({ ok: false, brokenAtSeq: seq + 1, reason: 'gap' });
      await sql`delete from audit_logs where seq >= ${seq}`.execute(fresh.database.db);
      expect(await fresh.services.audit.verifyChain()).toMatchObject({ ok: false, reason: 'truncated' });
    } finally {
      await fresh.close();
    }
  });
});

describe('rows without a region', () => {
  it('are the district’s: a district admin sees a failed sign-in under an unknown name, a town admin does not', async () => {
    const fresh = await buildTestApp();
    try {
      await fresh.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { 'x-csrf-token': 'none' },
        payload: { username: 'nobody-known', password: 'Wrong#Pass1' },
      });
      const admin = await fresh.as('district_admin', DISTRICT);
      const seen = AuditLogPageSchema.parse((await admin.get('/api/audit-logs?actor=nobody-known')).json());
      expect(seen.items.map((row) => row.outcome)).toEqual(['failure']);
      const town = await fresh.as('town_admin', CHENGQIAO);
      expect(AuditLogPageSchema.parse((await town.get('/api/audit-logs?actor=nobody-known')).json()).total).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});
