import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../test/build-test-app.ts';
import { migrateToEmpty, migrateToLatest } from './migrate.ts';
import { migrations } from './migrations/index.ts';

async function tableNames(t: Awaited<ReturnType<typeof buildTestApp>>): Promise<string[]> {
  const tables = await t.database.db.introspection.getTables();
  return tables
    .map((table) => table.name)
    .filter((name) => !name.startsWith('kysely_'))
    .sort();
}

describe('migrations', () => {
  it('go up, all the way down, and up again on this database', async () => {
    const t = await buildTestApp();
    try {
      const up = await tableNames(t);
      expect(up).toEqual(expect.arrayContaining(['audit_logs', 'grids', 'regions', 'sessions', 'sites', 'staff']));
      const down = await migrateToEmpty(t.database.db);
      expect(down.results?.map((r) => r.status)).toEqual(Object.keys(migrations).map(() => 'Success'));
      expect(await tableNames(t)).toEqual([]);
      await migrateToLatest(t.database.db);
      expect(await tableNames(t)).toEqual(up);
      // The chain head is re-seeded: the first audit row after a rebuild links to the genesis hash.
      const head = await t.database.db.selectFrom('audit_chain_head').selectAll().executeTakeFirstOrThrow();
      expect(Number(head.seq)).toBe(0);
    } finally {
      await t.close();
    }
  });

  it('enforce foreign keys', async () => {
    const t = await buildTestApp();
    try {
      await expect(
        sql`insert into site_service_items (site_id, item_no) values ('no-such-site', 1)`.execute(t.database.db),
      ).rejects.toThrow(/foreign key/i);
    } finally {
      await t.close();
    }
  });
});
