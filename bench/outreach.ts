// bench/outreach.ts — outreach screening (政策找人, issue 11 §4) at district scale: N residents
// (raw rows: a status record each, one in five in a key group, one in four in a household) screened
// against every seeded policy in force, through the real service (keyset pages of residents, the
// facts of a page in four queries, the rules, the tasks written in one transaction per page).
// Printed: residents per second, and the ratio to a bare scan of the same rows (the same keyset pages
// of the residents table, nothing judged, nothing written) measured in the same run. Target: 100,000
// residents against the seeded policies ≤ 30 s on the embedded default.
// Run: npm run bench:outreach   (BENCH_RESIDENTS=100000 by default)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addCalendarDays, type EmploymentStatus, type HukouType, type KeyGroup } from '@jobcircle/domain';
import type { Insertable } from 'kysely';
import { bootstrap } from '../apps/api/src/composition/bootstrap.ts';
import { createServices } from '../apps/api/src/composition/services.ts';
import { loadConfig, resolveKeys } from '../apps/api/src/config.ts';
import { createDatabase } from '../apps/api/src/db/database.ts';
import { systemScope } from '../apps/api/src/db/scope.ts';
import type { ResidentsTable } from '../apps/api/src/modules/residents/residents.table.ts';
import { newId } from '../apps/api/src/platform/ids.ts';
import { createLogger } from '../apps/api/src/platform/logging.ts';

const residents = Number(process.env.BENCH_RESIDENTS ?? 100_000);
const DISTRICT = '310151';
const NOW = new Date('2026-11-26T02:00:00.000Z'); // 10:00 in Shanghai
const TARGET_SECONDS = 30;

const dataDir = mkdtempSync(path.join(tmpdir(), 'jc-bench-outreach-'));
const config = resolveKeys(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO: 'false' }));
const database = createDatabase(config.database);
const { db } = database;
const services = createServices({ config, database, clock: () => NOW, log: createLogger(config) });
await bootstrap(config, database, services);
const villages = await db.selectFrom('regions').select(['code', 'parent_code']).where('level', '=', 'village').orderBy('code').execute();
const policies = await services.policies.listPolicies(null as never, { activeOn: '2026-11-26' });

// ── the registry, raw ──
const STATUSES: EmploymentStatus[] = ['unemployed', 'employed', 'flexible', 'unemployed', 'not_in_labour_force', 'unknown'];
const HUKOU: HukouType[] = ['local_agricultural', 'local_non_agricultural', 'non_local', 'unknown'];
const GROUPS: KeyGroup[] = ['hardship', 'registered_unemployed', 'graduate'];
const t0 = performance.now();
let head: string | null = null;
for (let start = 0; start < residents; start += 1000) {
  const rows: Insertable<ResidentsTable>[] = [];
  const history: {
    id: string;
    resident_id: string;
    status: EmploymentStatus;
    previous_status: null;
    effective_date: string;
    reason: string;
    changed_by: null;
    changed_at: string;
  }[] = [];
  const groups: {
    id: string;
    resident_id: string;
    key_group: KeyGroup;
    source: string;
    valid_from: string;
    valid_to: string | null;
    hardship_category: null;
    certifying_org: null;
  }[] = [];
  for (let i = start; i < Math.min(residents, start + 1000); i++) {
    const id = newId();
    const village = villages[i % villages.length];
    if (!village) throw new Error('no villages');
    const year = 1965 + (i % 40);
    const birth = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const status = STATUSES[i % STATUSES.length] as EmploymentStatus;
    const inHousehold = i % 4 === 0;
    if (i % 8 === 0) head = id;
    rows.push({
      id,
      district_code: DISTRICT,
      town_code: village.parent_code as string,
      village_code: village.code,
      grid_code: null,
      name: `居民${i}`,
      id_number_cipher: 'x',
      id_number_blind: `blind-${i}`,
      id_number_masked: '310***********0000',
      id_number_last4: String(i % 10_000).padStart(4, '0'),
      birth_date: birth,
      sex: i % 2 === 0 ? 'male' : 'female',
      is_chongming_id: 1,
      mobile_cipher: null,
      mobile_blind: null,
      mobile_masked: null,
      mobile_last4: null,
      hukou_type: HUKOU[i % HUKOU.length] as HukouType,
      address: '测试路 1 号',
      education: 'senior_secondary',
      occupations: '[]',
      skills: '[]',
      certificates: '[]',
      has_disability: 0,
      health_note: null,
      household_id: inHousehold && head !== id ? head : null,
      household_relation: null,
      employment_status: status,
      job_intention: null,
      consent_channel: 'written',
      consent_date: '2026-01-01',
      merged_into_id: null,
      version: 1,
      created_at: NOW.toISOString(),
      updated_at: NOW.toISOString(),
    });
    if (status !== 'unknown') {
      history.push({
        id: newId(),
        resident_id: id,
        status,
        previous_status: null,
        effective_date: addCalendarDays('2026-11-26', -(i % 800)),
        reason: '登记',
        changed_by: null,
        changed_at: NOW.toISOString(),
      });
    }
    if (i % 5 === 0) {
      groups.push({
        id: newId(),
        resident_id: id,
        key_group: GROUPS[i % GROUPS.length] as KeyGroup,
        source: '认定',
        valid_from: '2026-01-01',
        valid_to: i % 10 === 0 ? '2026-12-15' : null,
        hardship_category: null,
        certifying_org: null,
      });
    }
  }
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 20)
      await trx
        .insertInto('residents')
        .values(rows.slice(i, i + 20))
        .execute();
    for (let i = 0; i < history.length; i += 100)
      await trx
        .insertInto('employment_status_history')
        .values(history.slice(i, i + 100))
        .execute();
    for (let i = 0; i < groups.length; i += 100)
      await trx
        .insertInto('resident_key_groups')
        .values(groups.slice(i, i + 100))
        .execute();
  });
}
console.log(`registry: ${residents} residents in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${policies.length} policies in force`);

// ── baseline: a bare scan of the same rows in the same keyset pages ──
const b0 = performance.now();
let after: string | null = null;
let scanned = 0;
for (;;) {
  const page = await db
    .selectFrom('residents')
    .select(['id', 'birth_date', 'sex', 'hukou_type', 'employment_status', 'household_id', 'village_code', 'grid_code'])
    .where('district_code', '=', DISTRICT)
    .where('merged_into_id', 'is', null)
    .$if(after !== null, (qb) => qb.where('id', '>', after as string))
    .orderBy('id')
    .limit(500)
    .execute();
  if (page.length === 0) break;
  scanned += page.length;
  after = page[page.length - 1]?.id ?? null;
}
const bareSeconds = (performance.now() - b0) / 1000;

// ── the screening ──
const s0 = performance.now();
const result = await services.outreach.screenScope(NOW, systemScope(DISTRICT));
const screenSeconds = (performance.now() - s0) / 1000;
const r0 = performance.now();
const again = await services.outreach.screenScope(NOW, systemScope(DISTRICT));
const rerunSeconds = (performance.now() - r0) / 1000;

const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en-US');
console.log(`bare scan:  ${scanned} rows in ${bareSeconds.toFixed(2)} s — ${rate(scanned, bareSeconds)} rows/s`);
console.log(
  `screening:  ${result.screened} residents × ${result.policies} policies in ${screenSeconds.toFixed(2)} s — ${rate(result.screened, screenSeconds)} rows/s, ` +
    `${(screenSeconds / bareSeconds).toFixed(1)}× the bare scan; ${result.created} outreach tasks`,
);
console.log(`re-run:     ${again.screened} residents in ${rerunSeconds.toFixed(2)} s; ${again.created} tasks created (must be 0)`);
const verdict = screenSeconds * (100_000 / Math.max(1, residents)) <= TARGET_SECONDS ? 'within' : 'OVER';
console.log(`target: 100,000 residents ≤ ${TARGET_SECONDS} s (scaled from this run: ${verdict})`);
if (again.created !== 0) process.exitCode = 1;
await database.destroy();
