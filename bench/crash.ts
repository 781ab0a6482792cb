// Crash test (issue 14 §5): the real server process, started from source on a fresh embedded
// database, is killed with SIGKILL at a seeded random moment while clients write concurrently
// (residents created and updated, services recorded in the ledger, a registry import accepted), and
// restarted, N times. After every restart: every acknowledged write (a 2xx with its id) is present,
// nothing is written twice (counts between the acknowledged and the attempted), the audit chain
// verifies against its signed checkpoints, and the import resumes and completes with one row per
// resident. Prints the figures; exits 1 on any failure.
//
//   npm run crash                 100 rounds (seed 1)
//   npm run crash -- 20 7         20 rounds, seed 7
//   npm run crash -- --postgres 20   PostgreSQL connections terminated under load for 20 s (below)
//   CRASH_IMPORT_ROWS=2500 CRASH_WRITERS=4 CRASH_MIN_KILL_MS=300 CRASH_MAX_KILL_MS=4000   the defaults
//   (the kill comes at a seeded random moment in that window); CRASH_VERBOSE=1 prints every round
// The vitest test apps/api/src/platform/crash.test.ts runs it at a small count.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { BASIC_SERVICE_ITEM_NOS, CSRF_HEADER, idNumberCheckChar, SESSION_COOKIE } from '@jobcircle/domain';
import { sql } from 'kysely';
import { loadConfig, resolveKeys } from '../apps/api/src/config.ts';
import { createDatabase } from '../apps/api/src/db/database.ts';
import { migrateToLatest } from '../apps/api/src/db/migrate.ts';
import { createKeyedAuditService } from '../apps/api/src/modules/audit/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const apiDir = path.join(here, '..', 'apps', 'api');
const TOWN = '310151101';
const VILLAGE = '310151101001';
const USERNAME = 'demo.town.chengqiao';
const PASSWORD = 'Demo#Chongming2026';
/** Names of the residents this script writes start with it; import rows add the import's number. */
const PREFIX = '崩溃';

/** A small deterministic generator (mulberry32), so a failing run can be replayed by its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid ID number, distinct for every n: a sequence within a birth date, one birth date per 500. */
function idNumber(n: number): string {
  const birth = new Date(Date.UTC(1975, 0, 1) + Math.floor(n / 500) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `310230${birth}${String(((n % 500) * 2 + 1) % 1000).padStart(3, '0')}`;
  return `${first17}${idNumberCheckChar(first17)}`;
}

function residentBody(n: number, name: string) {
  return {
    idNumber: idNumber(n),
    name,
    hukouType: 'local_agricultural',
    address: `城桥镇崩溃路 ${n} 号`,
    townCode: TOWN,
    villageCode: VILLAGE,
    education: 'senior_secondary',
    occupations: [],
    skills: [],
    certificates: [],
    hasDisability: false,
    employmentStatus: 'unemployed',
    keyGroups: [],
    consentChannel: 'written',
    consentDate: '2026-11-01',
  };
}

interface Server {
  child: ChildProcess;
  address: string;
  exited: Promise<void>;
  /** What it printed (its last 2,000 characters go into a failure). */
  output(): string;
}

/** `node --import tsx apps/api/src/main.ts` on a free port; resolves once it prints its address. */
function startServer(env: NodeJS.ProcessEnv): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(apiDir, 'src', 'main.ts')], {
      cwd: apiDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start in 120 s:\n${output.slice(-2000)}`)), 120_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /is running at http:\/\/[^:\s]+:(\d+)/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ child, address: `http://127.0.0.1:${port}`, exited, output: () => output });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before listening:\n${output.slice(-2000)}`));
    });
  });
}

class Client {
  private cookie = '';
  private csrf = 'none';
  constructor(readonly address: string) {}

  async signIn(): Promise<void> {
    const response = await this.send('POST', '/api/auth/sign-in', { username: USERNAME, password: PASSWORD });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    const body = (await response.json()) as { csrfToken?: string };
    if (!response.ok || !cookie || !body.csrfToken) throw new Error(`sign-in failed: ${response.status}`);
    this.cookie = cookie.split(';')[0] ?? '';
    this.csrf = body.csrfToken;
  }

  send(method: string, url: string, body?: unknown): Promise<Response> {
    return fetch(`${this.address}${url}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        [CSRF_HEADER]: this.csrf,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
  }
}

/** What the clients were told (2xx with an id) and what they sent without an answer (the kill). */
interface Log {
  created: Map<string, string>;
  updated: Map<string, { version: number; address: string }>;
  recorded: Set<string>;
  unanswered: { create: number; record: number };
  imports: {
    id: string;
    rows: number;
    prefix: string;
    accept: 'sent' | 'acknowledged';
    /** The state the client last saw before the kill ('importing': the kill interrupted it). */
    seen: string;
    checked: boolean;
  }[];
  failures: string[];
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 100);
  const seed = Number(process.argv[3] ?? 1);
  const importRows = Number(process.env.CRASH_IMPORT_ROWS ?? 2500);
  const writers = Number(process.env.CRASH_WRITERS ?? 4);
  const minKillMs = Number(process.env.CRASH_MIN_KILL_MS ?? 300);
  const maxKillMs = Number(process.env.CRASH_MAX_KILL_MS ?? 4000);
  const rng = random(seed);
  const root = mkdtempSync(path.join(tmpdir(), 'jc-crash-'));
  const dataDir = path.join(root, 'data');
  const checkpointFile = path.join(root, 'audit-checkpoints.log');
  const settings = {
    DATA_DIR: dataDir,
    AUDIT_CHECKPOINT_FILE: checkpointFile,
    HOST: '127.0.0.1',
    PORT: '0',
    DEMO: 'true',
    LOG_LEVEL: 'warn',
    SIGN_IN_RATE_LIMIT_PER_MINUTE: '100000',
    NOT_FOUND_RATE_LIMIT_PER_MINUTE: '100000',
  };
  // Only what a process needs from the caller's environment: no DATABASE_URL, keys or backup folder.
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, ...settings };
  const log: Log = {
    created: new Map(),
    updated: new Map(),
    recorded: new Set(),
    unanswered: { create: 0, record: 0 },
    imports: [],
    failures: [],
  };
  let sequence = 0;
  let interrupted = 0;
  let verified = 0;
  let auditRows = 0;
  let lost = 0;
  let duplicated = 0;
  const started = Date.now();

  const fail = (round: number, what: string): void => {
    log.failures.push(`round ${round}: ${what}`);
  };

  /** One writer: create a resident, update it, record a service for it; until the server dies. */
  async function writer(client: Client, siteId: string, round: number, stop: { stopped: boolean }): Promise<void> {
    /** A request the kill left without an answer; before the kill it is a failure. */
    const unanswered = (what: 'create' | 'update' | 'record', error: unknown) => {
      if (what !== 'update') log.unanswered[what] += 1;
      if (!stop.stopped) fail(round, `${what} got no answer before the kill: ${String(error)}`);
    };
    while (!stop.stopped) {
      const n = sequence++;
      const name = `${PREFIX}${n}`;
      let created: { id: string; version: number };
      try {
        const response = await client.send('POST', '/api/residents', residentBody(n, name));
        created = (await response.json()) as { id: string; version: number };
        if (response.status !== 201) return fail(round, `create answered ${response.status} ${JSON.stringify(created).slice(0, 200)}`);
      } catch (error) {
        return unanswered('create', error);
      }
      log.created.set(created.id, name);
      try {
        const address = `城桥镇崩溃路 ${n} 号 第 ${round} 轮`;
        const response = await client.send('PATCH', `/api/residents/${created.id}`, { version: created.version, address });
        const after = (await response.json()) as { version: number };
        if (response.status !== 200) return fail(round, `update answered ${response.status} ${JSON.stringify(after).slice(0, 200)}`);
        log.updated.set(created.id, { version: after.version, address });
      } catch (error) {
        return unanswered('update', error);
      }
      try {
        const response = await client.send('POST', '/api/ledger/records', {
          itemNo: BASIC_SERVICE_ITEM_NOS[n % BASIC_SERVICE_ITEM_NOS.length],
          residentId: created.id,
          siteId,
          outcome: 'done',
          note: `crash ${n}`,
        });
        const record = (await response.json()) as { id: string };
        if (response.status !== 201)
          return fail(round, `service record answered ${response.status} ${JSON.stringify(record).slice(0, 200)}`);
        log.recorded.add(record.id);
      } catch (error) {
        return unanswered('record', error);
      }
    }
  }

  /** Uploads a CSV of new residents and accepts it; the kill may come at any step. */
  async function importer(client: Client): Promise<void> {
    const number = log.imports.length + 1;
    const prefix = `${PREFIX}导入${number}-`;
    const lines = ['姓名,身份证号,村居代码,地址,就业状态'];
    for (let i = 0; i < importRows; i += 1) lines.push(`${prefix}${i},${idNumber(sequence++)},${VILLAGE},城桥镇导入路 ${i} 号,失业`);
    const contentBase64 = Buffer.from(lines.join('\n')).toString('base64');
    try {
      const response = await client.send('POST', '/api/residents/imports', { fileName: `崩溃${number}.csv`, contentBase64 });
      const job = (await response.json()) as { id: string; validRows: number };
      if (response.status !== 201 || job.validRows !== importRows) {
        log.failures.push(`import ${number}: upload answered ${response.status}, ${job.validRows} valid rows of ${importRows}`);
        return;
      }
      const entry: Log['imports'][number] = { id: job.id, rows: importRows, prefix, accept: 'sent', seen: 'previewed', checked: false };
      log.imports.push(entry);
      const accepted = await client.send('POST', `/api/residents/imports/${job.id}/accept`);
      if (accepted.status !== 200) return void log.failures.push(`import ${number}: accept answered ${accepted.status}`);
      entry.accept = 'acknowledged';
      entry.seen = 'importing';
      // Its progress until it ends or the server dies.
      while (entry.seen === 'importing') {
        await sleep(50);
        entry.seen = ((await (await client.send('GET', `/api/residents/imports/${job.id}`)).json()) as { state: string }).state;
      }
    } catch {
      // Killed before an answer: an upload without one has no id to check; an accept is checked below.
    }
  }

  /** After a restart: imports finish, every acknowledged write is there once, the audit chain verifies. */
  async function verify(client: Client, round: number): Promise<void> {
    for (const entry of log.imports.filter((i) => !i.checked)) {
      let job = (await (await client.send('GET', `/api/residents/imports/${entry.id}`)).json()) as { state: string };
      if (entry.seen === 'importing') interrupted += 1;
      if (job.state === 'previewed') {
        if (entry.accept === 'acknowledged') {
          lost += 1;
          fail(round, `import ${entry.id} was accepted but is back to previewed`);
        }
        const accepted = await client.send('POST', `/api/residents/imports/${entry.id}/accept`);
        if (accepted.status !== 200) fail(round, `import ${entry.id}: accept after restart answered ${accepted.status}`);
      }
      const deadline = Date.now() + 120_000;
      while (Date.now() < deadline) {
        job = (await (await client.send('GET', `/api/residents/imports/${entry.id}`)).json()) as { state: string };
        if (job.state !== 'importing') break;
        await sleep(100);
      }
      if (job.state !== 'done') fail(round, `import ${entry.id} ended ${job.state}, not done`);
      entry.checked = true;
    }

    const database = createDatabase({ dialect: 'sqlite', file: path.join(dataDir, 'jobcircle.db') });
    try {
      const { db } = database;
      const ids = [...log.created.keys()];
      const present = new Map<string, { version: number; address: string }>();
      for (let i = 0; i < ids.length; i += 500) {
        const rows = await db
          .selectFrom('residents')
          .select(['id', 'version', 'address'])
          .where('id', 'in', ids.slice(i, i + 500))
          .execute();
        for (const row of rows) present.set(row.id, { version: Number(row.version), address: row.address });
      }
      const lostResidents = ids.filter((id) => !present.has(id));
      lost += lostResidents.length;
      if (lostResidents.length > 0)
        fail(round, `${lostResidents.length} acknowledged residents missing (${lostResidents.slice(0, 3).join(', ')})`);
      const lostUpdates = [...log.updated].filter(([id, update]) => {
        const row = present.get(id);
        return !row || row.version < update.version || (row.version === update.version && row.address !== update.address);
      });
      lost += lostUpdates.length;
      if (lostUpdates.length > 0) fail(round, `${lostUpdates.length} acknowledged updates missing (${lostUpdates[0]?.[0]})`);
      const records = [...log.recorded];
      let recordsPresent = 0;
      for (let i = 0; i < records.length; i += 500) {
        const found = await db
          .selectFrom('service_records')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('id', 'in', records.slice(i, i + 500))
          .executeTakeFirstOrThrow();
        recordsPresent += Number(found.n);
      }
      lost += records.length - recordsPresent;
      if (recordsPresent !== records.length) fail(round, `${records.length - recordsPresent} acknowledged service records missing`);

      // Nothing twice: as many rows as acknowledged, plus at most the requests the kill left unanswered.
      const written = await db
        .selectFrom('residents')
        .select((eb) => [eb.fn.countAll().as('n'), sql<number>`count(distinct id_number_blind)`.as('distinct_ids')])
        .where('name', 'like', `${PREFIX}%`)
        .where('name', 'not like', `${PREFIX}导入%`)
        .executeTakeFirstOrThrow();
      const residents = Number(written.n);
      duplicated += residents - Number(written.distinct_ids);
      if (residents !== Number(written.distinct_ids)) fail(round, `${residents - Number(written.distinct_ids)} residents written twice`);
      if (residents < log.created.size || residents > log.created.size + log.unanswered.create) {
        duplicated += Math.max(0, residents - log.created.size - log.unanswered.create);
        fail(round, `${residents} residents written for ${log.created.size} acknowledged and ${log.unanswered.create} unanswered`);
      }
      const services = await db
        .selectFrom('service_records')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('note', 'like', 'crash %')
        .executeTakeFirstOrThrow();
      if (Number(services.n) < records.length || Number(services.n) > records.length + log.unanswered.record) {
        duplicated += Math.max(0, Number(services.n) - records.length - log.unanswered.record);
        fail(round, `${services.n} service records written for ${records.length} acknowledged and ${log.unanswered.record} unanswered`);
      }
      for (const entry of log.imports) {
        const imported = await db
          .selectFrom('residents')
          .select((eb) => [eb.fn.countAll().as('n'), sql<number>`count(distinct id_number_blind)`.as('distinct_ids')])
          .where('name', 'like', `${entry.prefix}%`)
          .executeTakeFirstOrThrow();
        const timeline = await db
          .selectFrom('resident_timeline')
          .innerJoin('residents', 'residents.id', 'resident_timeline.resident_id')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('residents.name', 'like', `${entry.prefix}%`)
          .executeTakeFirstOrThrow();
        if (Number(imported.n) !== entry.rows || Number(imported.distinct_ids) !== entry.rows || Number(timeline.n) !== entry.rows) {
          lost += Math.max(0, entry.rows - Number(imported.n));
          duplicated += Math.max(0, Number(imported.n) - Number(imported.distinct_ids), Number(timeline.n) - entry.rows);
          fail(
            round,
            `import ${entry.id}: ${imported.n} residents (${imported.distinct_ids} distinct), ${timeline.n} timeline rows for ${entry.rows}`,
          );
        }
      }

      // The audit chain, as `npm run audit:verify` walks it: keyed, against the latest signed checkpoint.
      const config = resolveKeys(loadConfig(settings));
      const result = await createKeyedAuditService({ db, keys: config.keys, checkpointFile }).verifyChain();
      if (result.ok) {
        verified += 1;
        auditRows = result.checked;
      } else fail(round, `audit chain broken at seq ${result.brokenAtSeq ?? '-'} (${result.reason})`);
    } finally {
      await database.destroy();
    }
  }

  let server = await startServer(env);
  let siteId = '';
  let roundsRun = 0;
  try {
    for (let round = 1; round <= rounds && log.failures.length === 0; round += 1) {
      const client = new Client(server.address);
      await client.signIn();
      if (!siteId) {
        const sites = (await (await client.send('GET', '/api/sites?page=1&pageSize=5')).json()) as { items: { id: string }[] };
        siteId = sites.items[0]?.id ?? '';
        if (!siteId) throw new Error('no site in the demo data to record services at');
      }
      await verify(client, round - 1);
      const stop = { stopped: false };
      const work = [importer(client), ...Array.from({ length: writers }, () => writer(client, siteId, round, stop))];
      const delay = minKillMs + Math.floor(rng() * (maxKillMs - minKillMs));
      const before = { created: log.created.size, recorded: log.recorded.size, imports: log.imports.length };
      await sleep(delay);
      stop.stopped = true;
      server.child.kill('SIGKILL');
      await server.exited;
      await Promise.allSettled(work);
      roundsRun = round;
      if (process.env.CRASH_VERBOSE) {
        const entry = log.imports.at(-1);
        console.log(
          `round ${round}: killed after ${delay} ms; +${log.created.size - before.created} residents, +${log.recorded.size - before.recorded} services, ` +
            `import ${log.imports.length > before.imports ? `uploaded, accept ${entry?.accept}, last seen ${entry?.seen}` : 'not uploaded'}`,
        );
      }
      server = await startServer(env);
    }
    const client = new Client(server.address);
    await client.signIn();
    await verify(client, roundsRun);
  } finally {
    // A clean stop (its shutdown checkpoint), then the real CLI over the same files.
    if (server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }
  let cli = '';
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/audit-verify.ts'], { cwd: apiDir, env });
    cli = stdout.trim();
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    log.failures.push(`npm run audit:verify failed: ${failed.stdout ?? ''}${failed.stderr ?? ''}`.trim());
  }

  const acknowledged = log.created.size + log.updated.size + log.recorded.size + log.imports.filter((i) => i.checked).length;
  console.log(
    `crash: ${roundsRun} rounds of kill -9 (seed ${seed}, ${writers} writers, imports of ${importRows} rows) in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `writes acknowledged ${acknowledged} (${log.created.size} residents created, ${log.updated.size} updated, ${log.recorded.size} services recorded, ${log.imports.length} imports), ` +
      `unanswered at the kill ${log.unanswered.create + log.unanswered.record}; lost ${lost}, duplicated ${duplicated}; ` +
      `imports completed ${log.imports.filter((i) => i.checked).length} of ${log.imports.length} (${interrupted} interrupted by the kill and resumed); ` +
      `audit chain verified ${verified} of ${roundsRun + 1} starts (${auditRows} rows)${cli ? `; ${cli}` : ''}; failures ${log.failures.length}`,
  );
  for (const failure of log.failures.slice(0, 20)) console.log(`FAILED ${failure}`);
  if (log.failures.length === 0 && !process.env.CRASH_KEEP) rmSync(root, { recursive: true, force: true });
  else console.log(`data kept in ${root}`);
  process.exitCode = log.failures.length > 0 || roundsRun !== rounds || verified !== rounds + 1 ? 1 : 0;
}

/**
 * PostgreSQL under load (`npm run crash -- --postgres [seconds]`): the server stays up while the
 * app's connections to its own database — one this run creates and drops, never another — are
 * terminated (pg_terminate_backend) every few hundred ms, as a database restart would cut them.
 * Every answer must be a 2xx or a clean 503 DATABASE_UNAVAILABLE; afterwards the same process
 * answers again and every acknowledged write is there.
 */
async function faultsOnPostgres(seconds: number, seed: number): Promise<void> {
  const adminUrl = process.env.CRASH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `jc_crash_${process.pid}_${Date.now()}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const rng = random(seed);
  const admin = createDatabase({ dialect: 'postgres', url: adminUrl });
  const root = mkdtempSync(path.join(tmpdir(), 'jc-crash-pg-'));
  const failures: string[] = [];
  await sql`create database ${sql.id(name)}`.execute(admin.db);
  let server: Server | undefined;
  try {
    const migrating = createDatabase({ dialect: 'postgres', url: url.toString() });
    await migrateToLatest(migrating.db);
    await migrating.destroy();
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TMPDIR: process.env.TMPDIR,
      DATABASE_URL: url.toString(),
      ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
      DATA_DIR: path.join(root, 'data'),
      AUDIT_CHECKPOINT_FILE: path.join(root, 'audit-checkpoints.log'),
      HOST: '127.0.0.1',
      PORT: '0',
      DEMO: 'true',
      LOG_LEVEL: 'fatal',
      SIGN_IN_RATE_LIMIT_PER_MINUTE: '100000',
      NOT_FOUND_RATE_LIMIT_PER_MINUTE: '100000',
    };
    server = await startServer(env);
    const client = new Client(server.address);
    await client.signIn();
    const statuses: Record<string, number> = {};
    const acknowledged: string[] = [];
    let sequence = 0;
    let terminated = 0;
    const stop = { stopped: false };
    /** A 2xx, or a 503 that says why; anything else (a 500, a stack, no answer) fails the run. */
    const check = async (response: Response, what: string): Promise<{ id?: string } | undefined> => {
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      const body = (await response.json()) as { id?: string; code?: string };
      if (response.ok) return body;
      if (response.status !== 503 || body.code !== 'DATABASE_UNAVAILABLE') {
        failures.push(`${what} answered ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
      }
      return undefined;
    };
    const worker = async () => {
      while (!stop.stopped) {
        const n = sequence++;
        try {
          const created = await check(await client.send('POST', '/api/residents', residentBody(n, `${PREFIX}${n}`)), 'create');
          if (created?.id) acknowledged.push(created.id);
          await check(await client.send('GET', '/api/residents?page=1&pageSize=20'), 'list');
        } catch (error) {
          failures.push(`no answer: ${String(error)}`);
          return;
        }
      }
    };
    const terminator = async () => {
      while (!stop.stopped) {
        await sleep(200 + Math.floor(rng() * 600));
        const result = await sql<{ n: number }>`
          select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
          where datname = ${name} and pid <> pg_backend_pid()`.execute(admin.db);
        terminated += result.rows[0]?.n ?? 0;
      }
    };
    const work = [terminator(), worker(), worker(), worker()];
    await sleep(seconds * 1000);
    stop.stopped = true;
    await Promise.all(work);
    // The same process answers again once the database does.
    let recovered = false;
    const deadline = Date.now() + 15_000;
    while (!recovered && Date.now() < deadline && server.child.exitCode === null) {
      const health = await fetch(`${server.address}/api/health`);
      const created = await client.send('POST', '/api/residents', residentBody(sequence, `${PREFIX}${sequence}`));
      sequence += 1;
      if (health.status === 200 && created.status === 201) {
        acknowledged.push(((await created.json()) as { id: string }).id);
        recovered = true;
      } else await sleep(200);
    }
    if (!recovered) failures.push('the server did not recover within 15 s');
    if (server.child.exitCode !== null) failures.push(`the server exited (${server.child.exitCode}): ${server.output().slice(-2000)}`);
    const reading = createDatabase({ dialect: 'postgres', url: url.toString() });
    let present = 0;
    for (let i = 0; i < acknowledged.length; i += 500) {
      const found = await reading.db
        .selectFrom('residents')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('id', 'in', acknowledged.slice(i, i + 500))
        .executeTakeFirstOrThrow();
      present += Number(found.n);
    }
    await reading.destroy();
    if (present !== acknowledged.length) failures.push(`${acknowledged.length - present} acknowledged residents missing`);
    if (!statuses['503']) failures.push('no request met a terminated connection (no 503): the fault was not exercised');
    console.log(
      `crash --postgres: ${seconds} s, ${terminated} connections terminated; answers ${JSON.stringify(statuses)}; ` +
        `writes acknowledged ${acknowledged.length}, lost ${acknowledged.length - present}; recovered without a restart ${recovered && server.child.exitCode === null ? 'yes' : 'no'}; failures ${failures.length}`,
    );
    for (const failure of failures.slice(0, 20)) console.log(`FAILED ${failure}`);
    process.exitCode = failures.length > 0 ? 1 : 0;
  } finally {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
    await admin.destroy();
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--postgres') await faultsOnPostgres(Number(process.argv[3] ?? 20), Number(process.argv[4] ?? 1));
  else await main();
}
