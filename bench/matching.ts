// bench/matching.ts — explainable matching at district scale (issue 9, "Speed"):
//  1. the top 20 open jobs for a resident, out of BENCH_JOBS open jobs — p95, target ≤ 50 ms;
//  2. the top 50 candidates for a job among the job seekers of one town, out of BENCH_RESIDENTS
//     residents of the district — p95, target ≤ 200 ms;
// each with the ratio to a bare indexed query reading the same rows in the same run (the machines
// are noisy: ratios, not absolute times, are compared between runs).
// Run: npm run bench:matching -w apps/api   (BENCH_JOBS=10000 BENCH_RESIDENTS=100000 by default)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OCCUPATIONS } from '@jobcircle/domain';
import { bootstrap } from '../apps/api/src/composition/bootstrap.ts';
import { createServices } from '../apps/api/src/composition/services.ts';
import { loadConfig, resolveKeys } from '../apps/api/src/config.ts';
import { createDatabase } from '../apps/api/src/db/database.ts';
import { actorFor } from '../apps/api/src/modules/accounts/index.ts';
import { refreshResidentStatistics } from '../apps/api/src/modules/residents/residents.repository.ts';
import type { ServiceContext } from '../apps/api/src/platform/context.ts';
import { newId } from '../apps/api/src/platform/ids.ts';
import { createLogger } from '../apps/api/src/platform/logging.ts';

const JOBS = Number(process.env.BENCH_JOBS ?? 10_000);
const RESIDENTS = Number(process.env.BENCH_RESIDENTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const NOW = new Date('2026-12-03T02:00:00.000Z');
const TOWN = '310151101';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
async function timings(run: (i: number) => Promise<unknown>, runs = RUNS): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 5; i++) await run(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run(i);
    times.push(performance.now() - t0);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}
const ms = (n: number) => `${n.toFixed(1)} ms`;

const dataDir = mkdtempSync(path.join(tmpdir(), 'jc-bench-matching-'));
const config = resolveKeys(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO: 'false' }));
const database = createDatabase(config.database);
const { db } = database;
const services = createServices({ config, database, clock: () => NOW, log: createLogger(config) });
await bootstrap(config, database, services);
const admin = await services.accounts.staff.findAccountByUsername('admin');
if (!admin) throw new Error('no admin');
const districtCtx: ServiceContext = { actor: actorFor(admin), requestId: 'bench', ip: '127.0.0.1', now: NOW };
const townCtx: ServiceContext = {
  ...districtCtx,
  actor: { ...districtCtx.actor, scope: { level: 'town', districtCode: districtCtx.actor.scope.districtCode, townCode: TOWN } },
};

// ── setup: one station and one employer per town, the jobs and the residents, written raw ──
const started = performance.now();
const villages = await db.selectFrom('regions').select(['code', 'parent_code']).where('level', '=', 'village').orderBy('code').execute();
const towns = [...new Set(villages.map((v) => v.parent_code ?? ''))];
const details = OCCUPATIONS.filter((o) => o.level === 'detail').map((o) => o.code);
const employerOf = new Map<string, string>();
const siteOf = new Map<string, string>();
const at = NOW.toISOString();
for (const [i, town] of towns.entries()) {
  const site = await services.sites.createSite(districtCtx, {
    kind: 'station',
    name: `就业服务站${i}`,
    townCode: town,
    address: '测试路 1 号',
    openingHours: { periods: [{ day: 1, open: '08:30', close: '17:00' }] },
    zones: ['reception'],
    managingUnit: '社区事务受理服务中心',
    serviceItems: [1, 2, 3, 7],
  } as never);
  siteOf.set(town, site.id);
  const employerId = newId();
  await db
    .insertInto('employers')
    .values({
      id: employerId,
      kind: 'company',
      name: `测试企业${i}`,
      credit_code: null,
      is_key_employer: 0,
      industry_division: '13',
      industry_section: 'C',
      district_code: '310151',
      town_code: town,
      village_code: null,
      address: '测试路 2 号',
      lng: null,
      lat: null,
      employee_count: null,
      is_active: 1,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  employerOf.set(town, employerId);
}
const KINDS = ['full_time', 'part_time', 'public_welfare', 'gig'] as const;
const EDUCATION = [
  'none',
  'primary',
  'junior_secondary',
  'senior_secondary',
  'vocational_secondary',
  'junior_college',
  'bachelor',
] as const;
await db.transaction().execute(async (trx) => {
  for (let start = 0; start < JOBS; start += 500) {
    const rows = [];
    for (let i = start; i < Math.min(JOBS, start + 500); i++) {
      const town = towns[i % towns.length] ?? TOWN;
      rows.push({
        id: newId(),
        employer_id: employerOf.get(town) ?? '',
        site_id: siteOf.get(town) ?? '',
        kind: KINDS[i % KINDS.length] ?? 'full_time',
        occupation_code: details[(i * 7) % details.length] ?? '4-09-08-01',
        title: `岗位${i}`,
        description: '岗位描述',
        education_min: i % 3 === 0 ? (EDUCATION[i % EDUCATION.length] ?? null) : null,
        skills: JSON.stringify(i % 2 ? ['电工', '驾驶'] : ['清洁']),
        certificates: JSON.stringify(i % 5 === 0 ? ['健康证'] : []),
        experience_years: null,
        requirements_note: null,
        age_min: i % 11 === 0 ? 18 : null,
        age_max: i % 11 === 0 ? 50 : null,
        age_reason: i % 11 === 0 ? ('public_welfare_policy' as const) : null,
        headcount: 3,
        hired_count: 0,
        pay_min_fen: 300_000 + (i % 50) * 10_000,
        pay_max_fen: 400_000 + (i % 50) * 10_000,
        pay_unit: 'month' as const,
        work_hours: i % 2 ? ('full_time' as const) : ('part_time' as const),
        daily_hours: null,
        shifts: null,
        work_days: null,
        address: '测试路 3 号',
        lng: 121.2 + (i % 97) * 0.007,
        lat: 31.45 + (i % 89) * 0.004,
        benefits: '[]',
        valid_from: '2026-11-01',
        valid_to: '2027-06-30',
        contact_name: '联系人',
        contact_phone_cipher: 'v1:bench',
        contact_phone_masked: '139****0000',
        state: 'open' as const,
        source: 'visit' as const,
        service_record_id: null,
        created_by: null,
        district_code: '310151',
        town_code: town,
        village_code: null,
        version: 1,
        created_at: at,
        updated_at: at,
      });
    }
    await trx.insertInto('jobs').values(rows).execute();
  }
});
const STATUSES = ['unemployed', 'flexible', 'unknown', 'employed'] as const;
await db.transaction().execute(async (trx) => {
  for (let start = 0; start < RESIDENTS; start += 500) {
    const rows = [];
    for (let i = start; i < Math.min(RESIDENTS, start + 500); i++) {
      const village = villages[i % villages.length];
      const occupation = details[(i * 13) % details.length] ?? '4-09-08-01';
      rows.push({
        id: newId(),
        district_code: '310151',
        town_code: village?.parent_code ?? TOWN,
        village_code: village?.code ?? '',
        grid_code: null,
        name: `居民${i}`,
        id_number_cipher: 'v1:bench',
        id_number_blind: `blind-${i}`,
        id_number_masked: '310230********0000',
        id_number_last4: String(i % 10_000).padStart(4, '0'),
        birth_date: `${1960 + (i % 45)}-0${1 + (i % 9)}-15`,
        sex: i % 2 ? ('male' as const) : ('female' as const),
        is_chongming_id: 1,
        mobile_cipher: null,
        mobile_blind: null,
        mobile_masked: null,
        mobile_last4: null,
        hukou_type: 'local_agricultural' as const,
        address: '测试路',
        education: EDUCATION[i % EDUCATION.length] ?? 'junior_secondary',
        occupations: JSON.stringify([occupation]),
        skills: JSON.stringify(i % 3 ? ['电工'] : ['清洁']),
        certificates: JSON.stringify(i % 4 ? [] : [{ name: '健康证' }]),
        has_disability: 0,
        health_note: null,
        household_id: null,
        household_relation: null,
        employment_status: STATUSES[i % STATUSES.length] ?? 'unemployed',
        job_intention:
          i % 2
            ? JSON.stringify({
                occupations: [occupation],
                places: [],
                payMinFen: 400_000,
                payMaxFen: null,
                hours: 'full_time',
                maxCommuteMinutes: 40,
              })
            : null,
        consent_channel: 'written',
        consent_date: '2026-01-05',
        merged_into_id: null,
        version: 1,
        created_at: at,
        updated_at: at,
      });
    }
    await trx.insertInto('residents').values(rows).execute();
  }
});
await refreshResidentStatistics(db);
const setupSeconds = (performance.now() - started) / 1000;

const townResidents = await db
  .selectFrom('residents')
  .select('id')
  .where('town_code', '=', TOWN)
  .limit(RUNS + 10)
  .execute();
const townJobs = await db.selectFrom('jobs').select('id').where('town_code', '=', TOWN).limit(40).execute();

// ── 1. top 20 jobs for a resident ──
let t0 = performance.now();
await services.jobs.index.openJobs();
const indexLoad = performance.now() - t0;
const forResident = await timings((i) =>
  services.matching.jobsForResident(townCtx, townResidents[i % townResidents.length]?.id ?? '', { limit: 20 }),
);
// The same rows read bare (what ranking would cost per request without the index, before scoring).
const bareJobs = await timings(() =>
  db
    .selectFrom('jobs')
    .select([
      'id',
      'kind',
      'occupation_code',
      'education_min',
      'skills',
      'certificates',
      'pay_max_fen',
      'pay_unit',
      'work_hours',
      'age_min',
      'age_max',
      'lng',
      'lat',
    ])
    .where('state', '=', 'open')
    .where('valid_to', '>=', '2026-12-03')
    .execute(),
);

// ── 2. top 50 candidates for a job within a town ──
const forJob = await timings(
  (i) => services.matching.candidatesForJob(townCtx, townJobs[i % townJobs.length]?.id ?? '', { limit: 50 }),
  Math.min(RUNS, 40),
);
const bareSeekers = await timings(
  () =>
    db
      .selectFrom('residents')
      .select([
        'id',
        'name',
        'birth_date',
        'village_code',
        'education',
        'occupations',
        'skills',
        'certificates',
        'job_intention',
        'employment_status',
      ])
      .where('town_code', '=', TOWN)
      .where('merged_into_id', 'is', null)
      .where('employment_status', 'in', ['unemployed', 'flexible', 'unknown'])
      .execute(),
  Math.min(RUNS, 40),
);
t0 = performance.now();
const seekers = (await services.matching.candidatesForJob(townCtx, townJobs[0]?.id ?? '', { limit: 50 })).considered;
const oneCandidates = performance.now() - t0;

console.log(
  `matching: ${JOBS} open jobs, ${RESIDENTS} residents (${seekers} job seekers in ${TOWN}), setup ${setupSeconds.toFixed(1)} s, ${database.dialect}`,
);
console.log(`  index of open jobs loaded once in ${ms(indexLoad)}`);
console.log(
  `  top 20 jobs for a resident:   p50 ${ms(forResident.p50)}, p95 ${ms(forResident.p95)} (target ≤ 50 ms) — bare indexed read of the same ${JOBS} rows p95 ${ms(bareJobs.p95)}, ratio ${(forResident.p95 / bareJobs.p95).toFixed(2)}`,
);
console.log(
  `  top 50 candidates in a town:  p50 ${ms(forJob.p50)}, p95 ${ms(forJob.p95)} (target ≤ 200 ms; one cold ${ms(oneCandidates)}) — bare indexed read of the same ${seekers} rows p95 ${ms(bareSeekers.p95)}, ratio ${(forJob.p95 / bareSeekers.p95).toFixed(2)}`,
);
const ok = forResident.p95 <= 50 && forJob.p95 <= 200;
console.log(ok ? 'matching: within targets' : 'matching: OUTSIDE targets');
await database.destroy();
process.exitCode = ok ? 0 : 1;
