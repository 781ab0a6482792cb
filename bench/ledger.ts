// bench/ledger.ts — the service desk at town scale (issue 8):
//  1. month totals per item × site for a town holding N service records (GET /api/ledger/summary
//     through the service) — p95, target ≤ 100 ms;
//  2. quick entry at the desk, the whole HTTP round trip (POST /api/ledger/records: session, CSRF,
//     validation, scope checks, insert, timeline, audit row, read-back) — p95, target ≤ 50 ms;
//  3. the workbench of a busy station (500 open tickets, 200 appointments today) over HTTP — p95,
//     target ≤ 100 ms.
// Each is printed with its ratio to a bare query baseline measured in the same run (the machines
// are noisy): the same count as one raw SQL statement, one raw insert, the two raw list queries.
// Run: npm run bench:ledger   (BENCH_RECORDS=200000 by default)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LedgerSummaryQuerySchema, type Role } from '@jobcircle/domain';
import { type Insertable, sql } from 'kysely';
import { buildApp } from '../apps/api/src/app.ts';
import { bootstrap } from '../apps/api/src/composition/bootstrap.ts';
import { createServices } from '../apps/api/src/composition/services.ts';
import { loadConfig, resolveKeys } from '../apps/api/src/config.ts';
import { createDatabase } from '../apps/api/src/db/database.ts';
import { actorFor } from '../apps/api/src/modules/accounts/index.ts';
import { insertStaff } from '../apps/api/src/modules/accounts/staff.repository.ts';
import type { ServiceRecordsTable } from '../apps/api/src/modules/ledger/ledger.table.ts';
import { insertAppointments, insertOpenTickets } from '../apps/api/src/modules/workbench/workbench.fixtures.ts';
import type { ServiceContext } from '../apps/api/src/platform/context.ts';
import { newId } from '../apps/api/src/platform/ids.ts';
import { createLogger } from '../apps/api/src/platform/logging.ts';
import { hashPassword } from '../apps/api/src/platform/passwords.ts';

const records = Number(process.env.BENCH_RECORDS ?? 200_000);
const RUNS = 200;
const DISTRICT = '310151';
const TOWN = '310151101'; // 城桥镇
const PASSWORD = 'Bench#Ledger2026';
const NOW = new Date('2026-11-26T02:00:00.000Z'); // 10:00 in Shanghai

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
async function p95Of(run: (i: number) => Promise<unknown>, runs = RUNS): Promise<number> {
  for (let i = 0; i < 10; i++) await run(i); // warm-up
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run(i);
    timings.push(performance.now() - t0);
  }
  return percentile(timings, 95);
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'jc-bench-ledger-'));
const config = resolveKeys(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO: 'false', SIGN_IN_RATE_LIMIT_PER_MINUTE: '100000' }));
const database = createDatabase(config.database);
const { db } = database;
const services = createServices({ config, database, clock: () => NOW, log: createLogger(config) });
await bootstrap(config, database, services);
const admin = await services.accounts.staff.findAccountByUsername('admin');
if (!admin) throw new Error('no admin');
const adminCtx: ServiceContext = { actor: actorFor(admin), requestId: 'bench', ip: '127.0.0.1', now: NOW };

// ── the town: its villages, a station and one point per village, staff, residents ──
const villages = (await db.selectFrom('regions').select('code').where('parent_code', '=', TOWN).orderBy('code').execute()).map(
  (r) => r.code,
);
const siteBody = (kind: 'station' | 'point', name: string, villageCode?: string) => ({
  kind,
  name,
  townCode: TOWN,
  ...(villageCode ? { villageCode } : {}),
  address: '城桥镇测试路 1 号',
  openingHours: { periods: [{ day: 1, open: '08:30', close: '17:00' }] },
  zones: ['reception'],
  managingUnit: '社区事务受理服务中心',
  serviceItems: [1, 2, 3, 7],
  lng: 121.4,
  lat: 31.6,
});
const station = await services.sites.createSite(adminCtx, siteBody('station', '城桥镇就业服务站') as never);
const points = [];
for (const village of villages.slice(0, 10))
  points.push(await services.sites.createSite(adminCtx, siteBody('point', `服务点${village.slice(-3)}`, village) as never));
const sites = [station, ...points];

const passwordHash = await hashPassword(PASSWORD);
async function addStaff(username: string, role: Role, siteId: string | null, villageCode: string | null) {
  const id = newId();
  await insertStaff(db, {
    id,
    username,
    display_name: username,
    role,
    position: 'service_worker',
    is_full_time: 1,
    site_id: siteId,
    region_level: villageCode ? 'village' : 'town',
    district_code: DISTRICT,
    town_code: TOWN,
    village_code: villageCode,
    grid_code: null,
    password_hash: passwordHash,
    must_change_password: 0,
    password_changed_at: new Date(NOW.getTime() - 86_400_000).toISOString(),
    last_sign_in_at: null,
    is_active: 1,
    is_demo: 0,
    version: 1,
    created_at: NOW.toISOString(),
    updated_at: NOW.toISOString(),
  });
  return id;
}
await addStaff('bench-town', 'town_admin', null, null);
const stationWorkerId = await addStaff('bench-station', 'station_staff', station.id, null);
const staffIds = [stationWorkerId];
for (let i = 0; i < 19; i++) staffIds.push(await addStaff(`bench-staff-${i}`, 'station_staff', station.id, null));

const residentIds: string[] = [];
const residentVillage = new Map<string, string>();
for (let i = 0; i < 400; i++) {
  const village = villages[i % Math.min(villages.length, 10)] as string;
  const id = newId();
  const at = NOW.toISOString();
  await db
    .insertInto('residents')
    .values({
      id,
      district_code: DISTRICT,
      town_code: TOWN,
      village_code: village,
      grid_code: null,
      name: `居民${i}`,
      id_number_cipher: 'v1:bench',
      id_number_blind: `blind-${i}`,
      id_number_masked: '310***********0000',
      id_number_last4: String(1000 + i).slice(-4),
      birth_date: '1980-01-01',
      sex: 'male',
      is_chongming_id: 1,
      mobile_cipher: null,
      mobile_blind: null,
      mobile_masked: null,
      mobile_last4: null,
      hukou_type: 'local_agricultural',
      address: '城桥镇',
      education: 'senior_secondary',
      occupations: '[]',
      skills: '[]',
      certificates: '[]',
      has_disability: 0,
      health_note: null,
      household_id: null,
      household_relation: null,
      employment_status: 'unemployed',
      job_intention: null,
      consent_channel: 'written',
      consent_date: '2026-01-01',
      merged_into_id: null,
      version: 1,
      created_at: at,
      updated_at: at,
    } as never)
    .execute();
  residentIds.push(id);
  residentVillage.set(id, village);
}

// ── N service records over the year to date in the town, written raw in batches ──
const started = performance.now();
const yearStart = Date.parse('2026-01-01T00:00:00+08:00');
const span = NOW.getTime() - yearStart;
const channels = ['walk_in', 'appointment', 'home_visit', 'phone', 'online', 'remote'] as const;
for (let offset = 0; offset < records; offset += 1000) {
  const batch: Insertable<ServiceRecordsTable>[] = [];
  for (let i = offset; i < Math.min(records, offset + 1000); i++) {
    const residentId = i % 5 === 0 ? null : (residentIds[i % residentIds.length] as string);
    const site = sites[i % sites.length] as (typeof sites)[number];
    batch.push({
      id: newId(),
      item_no: (i % 25) + 1,
      resident_id: residentId,
      employer_id: null,
      site_id: site.id,
      staff_id: staffIds[i % staffIds.length] as string,
      channel: channels[i % channels.length] as (typeof channels)[number],
      style: 'standard' as const,
      outcome: 'done' as const,
      note: residentId ? null : '匿名咨询',
      at: new Date(yearStart + Math.floor((((i * 7919) % records) / records) * span)).toISOString(),
      duration_minutes: 10,
      source_module: 'bench',
      source_id: newId(),
      district_code: DISTRICT,
      town_code: TOWN,
      village_code: residentId ? (residentVillage.get(residentId) as string) : site.villageCode,
      grid_code: null,
      created_at: NOW.toISOString(),
    });
  }
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < batch.length; i += 100)
      await trx
        .insertInto('service_records')
        .values(batch.slice(i, i + 100))
        .execute();
  });
}
const seedSeconds = (performance.now() - started) / 1000;

// ── the busy station: 500 open tickets of its worker (a fifth overdue), 200 appointments today ──
const place = { districtCode: DISTRICT, townCode: TOWN, villageCode: null, siteId: station.id, staffId: stationWorkerId };
await insertOpenTickets(
  db,
  place,
  Array.from({ length: 500 }, (_, i) => ({
    dueDate: i % 5 === 0 ? '2026-11-20' : '2026-12-03',
    residentId: residentIds[i % residentIds.length] as string,
  })),
  NOW,
);
await insertAppointments(db, place, residentIds, new Date('2026-11-26T00:00:00Z'), 200, NOW, 2);
await sql`analyze`.execute(db);

// ── 1. month totals ──
const townAdmin = await services.accounts.staff.findAccountByUsername('bench-town');
if (!townAdmin) throw new Error('no town admin');
const townCtx: ServiceContext = { actor: actorFor(townAdmin), requestId: 'bench', ip: '127.0.0.1', now: NOW };
const monthFrom = new Date('2026-11-01T00:00:00+08:00').toISOString();
const monthTo = new Date('2026-12-01T00:00:00+08:00').toISOString();
const monthRows = Number(
  (
    await sql<{
      n: number;
    }>`select count(*) as n from service_records where town_code = ${TOWN} and at >= ${monthFrom} and at < ${monthTo}`.execute(db)
  ).rows[0]?.n,
);
const baselineTotals = await p95Of(() =>
  sql`select item_no, count(*) as n from service_records where town_code = ${TOWN} and at >= ${monthFrom} and at < ${monthTo} group by item_no`.execute(
    db,
  ),
);
const summaryQuery = LedgerSummaryQuerySchema.parse({ groupBy: 'site', month: '2026-11' });
const totals = await p95Of(() => services.ledger.summarise(townCtx, summaryQuery));
const totalsByItem = await services.ledger.summarise(townCtx, summaryQuery);
if (totalsByItem.total !== monthRows) throw new Error(`month totals ${totalsByItem.total} ≠ ${monthRows}`);

// ── 2. quick entry over HTTP ──
const app = await buildApp({ config, database, services });
async function signIn(username: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    headers: { 'x-csrf-token': 'none' },
    payload: { username, password: PASSWORD },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'jc_session')?.value as string;
  const csrf = (response.json() as { csrfToken: string }).csrfToken;
  return { cookies: { jc_session: cookie }, headers: { 'x-csrf-token': csrf } };
}
const worker = await signIn('bench-station');
const baselineInsert = await p95Of(async () => {
  await db.transaction().execute((trx) =>
    trx
      .insertInto('service_records')
      .values({
        id: newId(),
        item_no: 3,
        resident_id: residentIds[0] as string,
        employer_id: null,
        site_id: station.id,
        staff_id: stationWorkerId,
        channel: 'walk_in',
        style: 'standard',
        outcome: 'done',
        note: null,
        at: NOW.toISOString(),
        duration_minutes: null,
        source_module: 'bench-baseline',
        source_id: newId(),
        district_code: DISTRICT,
        town_code: TOWN,
        village_code: residentVillage.get(residentIds[0] as string) as string,
        grid_code: null,
        created_at: NOW.toISOString(),
      })
      .execute(),
  );
});
const quickEntry = await p95Of(async (i) => {
  const response = await app.inject({
    method: 'POST',
    url: '/api/ledger/records',
    ...worker,
    payload: { itemNo: (i % 25) + 1, residentId: residentIds[i % residentIds.length], outcome: 'done' },
  });
  if (response.statusCode !== 201) throw new Error(`quick entry failed: ${response.body}`);
});

// ── 3. the workbench over HTTP ──
const todayFrom = new Date('2026-11-26T00:00:00+08:00').toISOString();
const todayTo = new Date('2026-11-27T00:00:00+08:00').toISOString();
const baselineWorkbench = await p95Of(async () => {
  await sql`select id, due_date from tickets where owner_staff_id = ${stationWorkerId} and state = 'open' order by due_date limit 50`.execute(
    db,
  );
  await sql`select id, starts_at from appointments where site_id = ${station.id} and starts_at >= ${todayFrom} and starts_at < ${todayTo} order by starts_at limit 50`.execute(
    db,
  );
});
const workbench = await p95Of(async () => {
  const response = await app.inject({ method: 'GET', url: '/api/workbench', ...worker });
  if (response.statusCode !== 200) throw new Error(`workbench failed: ${response.body}`);
  const body = response.json() as { openTicketCount: number; appointmentCount: number };
  if (body.openTicketCount !== 500 || body.appointmentCount !== 200)
    throw new Error(`workbench counts ${JSON.stringify(body).slice(0, 200)}`);
});
await app.close();
await database.destroy();

const line = (label: string, p95: number, target: number, baseline: number) =>
  console.log(
    `${label.padEnd(44)} p95 ${p95.toFixed(1).padStart(6)} ms ${p95 <= target ? `≤ ${target} ✓` : `> ${target} ✗`}   baseline p95 ${baseline.toFixed(2)} ms   ratio ${(p95 / baseline).toFixed(1)}×`,
  );
console.log(
  `bench/ledger.ts — a town with ${records} service records (${monthRows} in the month), embedded SQLite (WAL, synchronous=FULL)`,
);
console.log(`seeding the records: ${seedSeconds.toFixed(1)} s`);
line('month totals per item × site (service)', totals, 100, baselineTotals);
line('quick entry, HTTP round trip', quickEntry, 50, baselineInsert);
line('workbench, busy station, HTTP round trip', workbench, 100, baselineWorkbench);
if (totals > 100 || quickEntry > 50 || workbench > 100) process.exitCode = 1;
