// Browser journeys of the staff console: Playwright (playwright-core) in Debian's Chromium, with
// axe-core on every page a journey visits. TypeScript, run by Node through tsx.
//
// It does NOT build. Build first (CI does): `npm run build` at the repository root, which builds
// apps/web (dist/) and apps/api (dist/main.js). Then `npm run test:e2e`.
//
// The runner starts the built server on a free port with a fresh temporary DATA_DIR (a new SQLite
// database, migrated and seeded with the demo accounts), waits for /api/health, runs the journeys
// one after another (the machine has two cores), stops the server and prints
// `e2e: N passed, N failed`. Screenshots and axe reports go to e2e/artifacts/ (gitignored).
//
// Every journey gets a fresh browser context with reduced motion and animations switched off, and
// creates the data it needs itself, so that
//   node --import tsx e2e/run.ts lockout phone    runs only those journeys (by id or part of the name)
//   node --import tsx e2e/run.ts --shuffle        runs them in a random order (the seed is printed;
//                                                  --shuffle=<seed> repeats an order)
// (through npm: `npm run test:e2e -w apps/web -- lockout`; the root script passes no arguments on).
//
// E2E_BASE_URL=http://localhost:3000 runs the journeys against a server you started yourself (a
// demo database; the journeys add their own sites, accounts, employers and residents to it; its
// SIGN_IN_RATE_LIMIT_PER_MINUTE must allow a few dozen sign-ins a minute).
// CHROMIUM_PATH overrides /usr/bin/chromium.

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { JOURNEYS } from './journeys/index.ts';
import {
  ApiSession,
  ARTIFACTS,
  DEMO_PASSWORD,
  DESKTOP,
  type Journey,
  type JourneyContext,
  newJourneyBrowserContext,
  type Report,
  slug,
} from './lib.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');
const SERVER = path.join(ROOT, 'apps/api/dist/main.js');
const WEB_DIST = path.join(ROOT, 'apps/web/dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Server {
  baseUrl: string;
  log: string[];
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, server: ChildProcess | null, log: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}:\n${log.join('')}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer /api/health within 60 s:\n${log.join('')}`);
}

async function startServer(): Promise<Server> {
  for (const [file, hint] of [
    [SERVER, 'the API is not built'],
    [path.join(WEB_DIST, 'index.html'), 'the web app is not built'],
  ] as const) {
    if (!existsSync(file)) throw new Error(`${hint} (${file} is missing): run \`npm run build\` first`);
  }
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'jobcircle-e2e-'));
  const log: string[] = [];
  const server = spawn(process.execPath, [SERVER], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      WEB_DIST,
      DEMO: 'true',
      // The journeys and their API set-up sign in a few dozen times within a minute from one address.
      SIGN_IN_RATE_LIMIT_PER_MINUTE: '240',
      // QR codes and shared links carry the configured public address (none without it).
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, server, log);
  return {
    baseUrl,
    log,
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (server.exitCode === null) server.kill('SIGKILL');
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

interface Options {
  filters: string[];
  /** Set when the order is shuffled. */
  seed: number | undefined;
}

function parseArgs(args: readonly string[]): Options {
  const filters: string[] = [];
  let seed: number | undefined;
  for (const arg of args) {
    if (arg === '--shuffle') seed = Math.floor(Math.random() * 2 ** 31);
    else if (arg.startsWith('--shuffle=')) seed = Number(arg.slice('--shuffle='.length));
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg} (options: <journey id or part of its name>…, --shuffle[=seed])`);
    else filters.push(arg);
  }
  if (seed !== undefined && !Number.isSafeInteger(seed)) throw new Error('--shuffle=<seed> takes an integer');
  return { filters, seed };
}

/** The journeys asked for: each filter by its exact id or, when no id is equal, by a part of the name. */
function select(journeys: readonly Journey[], filters: readonly string[]): Journey[] {
  if (filters.length === 0) return [...journeys];
  const wanted = new Set<Journey>();
  for (const filter of filters) {
    const byId = journeys.filter((j) => j.id === filter);
    const matches = byId.length > 0 ? byId : journeys.filter((j) => j.name.toLowerCase().includes(filter.toLowerCase()));
    if (matches.length === 0) {
      throw new Error(`no journey matches ${filter}; the journeys are:\n${journeys.map((j) => `  ${j.id}  ${j.name}`).join('\n')}`);
    }
    for (const journey of matches) wanted.add(journey);
  }
  return journeys.filter((j) => wanted.has(j));
}

/** Fisher–Yates with a small seeded generator (mulberry32), so that an order can be repeated. */
function shuffle<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  let journeys = select(JOURNEYS, options.filters);
  if (options.seed !== undefined) journeys = shuffle(journeys, options.seed);

  await rm(ARTIFACTS, { recursive: true, force: true });
  await mkdir(ARTIFACTS, { recursive: true });
  const external = process.env.E2E_BASE_URL?.replace(/\/$/, '');
  const server = external ? null : await startServer();
  const baseUrl = external ?? server?.baseUrl ?? '';
  if (external) await waitForHealth(baseUrl, null, []);
  console.log(`e2e: ${baseUrl}${external ? ' (external server)' : ' (fresh server and database)'}`);
  if (options.seed !== undefined) console.log(`e2e: shuffled order (--shuffle=${options.seed})`);

  const started = Date.now();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const report: Report = { axeChecks: [] };
  let passed = 0;
  let failed = 0;
  try {
    for (const journey of journeys) {
      const journeyStarted = Date.now();
      const context = await newJourneyBrowserContext(browser, journey.viewport ?? DESKTOP);
      const extraContexts: BrowserContext[] = [];
      const sessions = new Map<string, Promise<ApiSession>>();
      const page = await context.newPage();
      const pageErrors: string[] = [];
      const watch = (p: typeof page) => p.on('pageerror', (error) => pageErrors.push(String(error)));
      watch(page);
      const journeyContext: JourneyContext = {
        page,
        baseUrl,
        report,
        async newContext(viewport) {
          const extra = await newJourneyBrowserContext(browser, viewport ?? DESKTOP);
          extra.on('page', watch);
          extraContexts.push(extra);
          return extra;
        },
        api(username, password = DEMO_PASSWORD) {
          let session = sessions.get(username);
          if (!session) {
            session = ApiSession.signIn(baseUrl, username, password);
            sessions.set(username, session);
          }
          return session;
        },
      };
      try {
        await journey.run(journeyContext);
        if (pageErrors.length > 0) throw new Error(`uncaught errors in the page:\n  ${pageErrors.join('\n  ')}`);
        passed++;
        console.log(`  ✓ ${journey.name} [${journey.id}] (${((Date.now() - journeyStarted) / 1000).toFixed(1)} s)`);
      } catch (error) {
        failed++;
        const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
        console.log(`  ✗ ${journey.name} [${journey.id}]\n    ${stack.split('\n').join('\n    ')}`);
        await page.screenshot({ path: path.join(ARTIFACTS, `failed-${slug(journey.id)}.png`), fullPage: true }).catch(() => undefined);
      } finally {
        for (const extra of extraContexts) await extra.close();
        for (const session of sessions.values()) await session.then((s) => s.dispose()).catch(() => undefined);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    if (failed > 0 && server) console.log(`server log (last lines):\n${server.log.join('').split('\n').slice(-30).join('\n')}`);
    await server?.stop();
  }
  const axeSeconds = report.axeChecks.reduce((n, c) => n + c.ms, 0) / 1000;
  const slowest = [...report.axeChecks].sort((a, b) => b.ms - a.ms).slice(0, 3);
  console.log(
    `axe: ${report.axeChecks.length} page checks, ${report.axeChecks.reduce((n, c) => n + c.violations, 0)} violations, ${axeSeconds.toFixed(0)} s` +
      ` (slowest: ${slowest.map((c) => `${c.name} ${(c.ms / 1000).toFixed(1)} s`).join(', ')})`,
  );
  console.log(`e2e: journeys took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  console.log('e2e: 0 passed, 1 failed');
  process.exitCode = 1;
});
