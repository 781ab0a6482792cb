import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { createDatabase } from '../db/database.ts';
import { createLogger } from '../platform/logging.ts';
import { TEST_KEYS } from '../test/build-test-app.ts';
import { bootstrap } from './bootstrap.ts';
import { createServices } from './services.ts';

describe('bootstrap of the embedded default', () => {
  it('migrates, loads the divisions, creates the first admin once and the demo data once', async () => {
    const config = loadConfig({ DATABASE_URL: 'file::memory:', DEMO: 'true', ...TEST_KEYS });
    const database = createDatabase(config.database);
    try {
      // 01:30 on 26 November in Shanghai, still the 25th in UTC: the demo data is dated the 26th.
      let now = new Date('2026-11-25T17:30:00Z');
      const services = createServices({ config, database, clock: () => now, log: createLogger(config) });
      const first = await bootstrap(config, database, services);
      expect(first.join('\n')).toMatch(/one-time password \S{14}/);
      expect(first.join('\n')).toContain('demo.point.chengqiao');
      const count = async () => {
        const sites = await database.db.selectFrom('sites').select(['kind', 'is_demo']).execute();
        const residents = await database.db.selectFrom('residents').select('name').execute();
        return {
          stations: sites.filter((s) => s.kind === 'station').length,
          demo: sites.every((s) => s.is_demo === 1),
          sites: sites.length,
          residents,
        };
      };
      const seeded = await count();
      expect(seeded).toMatchObject({ stations: 18, demo: true, sites: 26 });
      expect(seeded.residents).toHaveLength(20);
      expect(seeded.residents.every((r) => r.name.endsWith('（演示）'))).toBe(true);
      const dates = async (query: Promise<{ date: string }[]>) => [...new Set((await query).map((row) => row.date))];
      expect(await dates(database.db.selectFrom('residents').select('consent_date as date').execute())).toEqual(['2026-11-26']);
      expect(await dates(database.db.selectFrom('employment_status_history').select('effective_date as date').execute())).toEqual([
        '2026-11-26',
      ]);
      expect(await dates(database.db.selectFrom('resident_key_groups').select('valid_from as date').execute())).toEqual(['2026-11-26']);
      now = new Date('2026-11-27T02:00:00Z');
      const second = await bootstrap(config, database, services);
      expect(second.join('\n')).not.toMatch(/one-time password/);
      expect((await count()).sites).toBe(26);
      expect((await count()).residents).toHaveLength(20);
      const understaffed = await database.db.selectFrom('sites').select('name').where('staffing_status', '=', 'understaffed').execute();
      expect(understaffed.map((s) => s.name)).not.toContain('城桥镇就业服务站');
    } finally {
      await database.destroy();
    }
  });
});
