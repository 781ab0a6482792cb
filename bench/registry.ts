// bench/registry.ts — the labour-force registry at district scale (issue 4; targets.md A3.2):
//  1. import of N generated residents through the real path (CSV read, validation, encryption,
//     blind index, upsert, status history, timeline, audit) against a raw insert of the same stored
//     rows into the same schema in one transaction — ratio of throughputs, target ≥ 0.3;
//  2. search over the N residents by a two-character name fragment and by last-4 digits — p95,
//     target ≤ 50 ms.
// Run: npm run bench:registry   (BENCH_ROWS=100000 by default)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { idNumberCheckChar, ListResidentsQuerySchema } from '@jobcircle/domain';
import SQLite from 'better-sqlite3';
import { bootstrap } from '../apps/api/src/composition/bootstrap.ts';
import { createServices } from '../apps/api/src/composition/services.ts';
import { loadConfig, resolveKeys } from '../apps/api/src/config.ts';
import { createDatabase } from '../apps/api/src/db/database.ts';
import { migrateToLatest } from '../apps/api/src/db/migrate.ts';
import { actorFor } from '../apps/api/src/modules/accounts/index.ts';
import type { ServiceContext } from '../apps/api/src/platform/context.ts';
import { createLogger } from '../apps/api/src/platform/logging.ts';

const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const SURNAMES = '王张李赵陈杨黄周吴徐孙朱施沈顾陆倪龚黄蔡';
const GIVEN = '建国伟芳敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华滧';

function person(i: number) {
  const birth = new Date(Date.UTC(1955, 0, 1) + Math.floor(i / 500) * 3 * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `${i % 2 ? '310230' : '310151'}${birth}${String((i % 500) * 2 + 1).padStart(3, '0')}`;
  const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${GIVEN[(i * 13) % GIVEN.length]}`;
  return { name, idNumber: `${first17}${idNumberCheckChar(first17)}`, mobile: `139${String(10_000_000 + i).slice(-8)}` };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'jc-bench-registry-'));
const config = resolveKeys(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO: 'false' }));
const database = createDatabase(config.database);
const services = createServices({ config, database, clock: () => new Date(), log: createLogger(config) });
await bootstrap(config, database, services);
const village = '310151101001';
const villageName = (await services.regions.find(village))?.name ?? '';
const admin = await services.accounts.staff.findAccountByUsername('admin');
if (!admin) throw new Error('no admin');
const ctx: ServiceContext = {
  actor: actorFor(admin),
  requestId: 'bench',
  ip: '127.0.0.1',
  now: new Date(),
};

const people = Array.from({ length: rows }, (_, i) => person(i));

// ── 1. the real import ──
const csv = [
  '姓名,身份证号,手机号,村居,地址,就业状态',
  ...people.map((p, i) => `${p.name},${p.idNumber},${p.mobile},${villageName},城桥镇某路 ${i} 号,${i % 3 ? '失业' : '灵活就业'}`),
].join('\n');
let started = performance.now();
const job = await services.residents.imports.createImport(ctx, 'bench.csv', Buffer.from(csv).toString('base64'));
const previewSeconds = (performance.now() - started) / 1000;
if (job.errorCount > 0) throw new Error(`unexpected import errors: ${JSON.stringify(job.errors.slice(0, 3))}`);
await services.residents.imports.acceptImport(ctx, job.id);
await services.residents.imports.whenIdle();
if ((await services.residents.imports.getImport(ctx, job.id)).state !== 'done') throw new Error('the import did not finish');
const importSeconds = (performance.now() - started) / 1000;

// ── 1. baseline: the very rows the import stored, inserted raw into a fresh copy of the same schema
// (same indexes), one prepared statement, one transaction ──
const stored = await database.db.selectFrom('residents').selectAll().execute();
const baseline = createDatabase({ dialect: 'sqlite', file: path.join(dataDir, 'baseline.db') });
await migrateToLatest(baseline.db);
await createServices({ config, database: baseline, clock: () => new Date(), log: createLogger(config) }).regions.importReference();
await baseline.destroy();
const rawDb = new SQLite(path.join(dataDir, 'baseline.db'));
rawDb.pragma('journal_mode = WAL');
rawDb.pragma('synchronous = FULL');
const columns = Object.keys(stored[0] ?? {});
const insert = rawDb.prepare(`insert into residents (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
started = performance.now();
rawDb.transaction(() => {
  for (const row of stored) insert.run(...columns.map((column) => (row as Record<string, unknown>)[column]));
})();
const rawSeconds = (performance.now() - started) / 1000;
rawDb.close();
const ratio = rawSeconds / importSeconds;

// ── 2. search ──
const timings = { fragment: [] as number[], last4: [] as number[] };
for (let i = 0; i < 200; i++) {
  const fragment = `${GIVEN[i % GIVEN.length]}${GIVEN[(i * 3) % GIVEN.length]}`;
  let t0 = performance.now();
  await services.residents.residents.listResidents(ctx, ListResidentsQuerySchema.parse({ q: fragment }));
  timings.fragment.push(performance.now() - t0);
  t0 = performance.now();
  await services.residents.residents.listResidents(ctx, ListResidentsQuerySchema.parse({ last4: String(1000 + ((i * 37) % 9000)) }));
  timings.last4.push(performance.now() - t0);
}
await database.destroy();

const p95Fragment = percentile(timings.fragment, 95);
const p95Last4 = percentile(timings.last4, 95);
console.log(`bench/registry.ts — ${rows} residents, embedded SQLite (WAL, synchronous=FULL)`);
console.log(
  `raw insert of the stored rows, same schema, one transaction  ${rawSeconds.toFixed(2)} s  (${(rows / rawSeconds).toFixed(0)} rows/s)`,
);
console.log(`import: read + validate + preview      ${previewSeconds.toFixed(2)} s`);
console.log(
  `import: whole (preview + accept)       ${importSeconds.toFixed(2)} s  (${(rows / importSeconds).toFixed(0)} rows/s)  ratio ${ratio.toFixed(2)} ${ratio >= 0.3 ? '≥ 0.3 ✓' : '< 0.3 ✗'}`,
);
console.log(`search by 2-character name fragment    p95 ${p95Fragment.toFixed(1)} ms ${p95Fragment <= 50 ? '≤ 50 ✓' : '> 50 ✗'}`);
console.log(`search by last 4 digits                p95 ${p95Last4.toFixed(1)} ms ${p95Last4 <= 50 ? '≤ 50 ✓' : '> 50 ✗'}`);
if (ratio < 0.3 || p95Fragment > 50 || p95Last4 > 50) process.exitCode = 1;
