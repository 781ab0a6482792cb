// Browser journeys of the staff console: Playwright (playwright-core) in Debian's Chromium, with
// axe-core on every page a journey visits.
//
// It does NOT build. Build first (CI does): `npm run build` at the repository root, which builds
// apps/web (dist/) and apps/api (dist/main.js). Then `npm run test:e2e`.
//
// The runner starts the built server on a free port with a fresh temporary DATA_DIR (a new SQLite
// database, migrated and seeded with the demo accounts), waits for /api/health, runs the journeys
// one after another (the machine has two cores), stops the server and prints
// `e2e: N passed, N failed`. Screenshots and axe reports go to e2e/artifacts/ (gitignored).
//
// E2E_BASE_URL=http://localhost:3000 runs the journeys against a server you started yourself
// (it must be a fresh demo database: the journeys create a point and an account `e2e.point`).
// CHROMIUM_PATH overrides /usr/bin/chromium.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { JOURNEYS } from './journeys.mjs';
import { ARTIFACTS, slug } from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');
const SERVER = path.join(ROOT, 'apps/api/dist/main.js');
const WEB_DIST = path.join(ROOT, 'apps/web/dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl, server, log) {
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

async function startServer() {
  for (const [file, hint] of [
    [SERVER, 'the API is not built'],
    [path.join(WEB_DIST, 'index.html'), 'the web app is not built'],
  ]) {
    if (!existsSync(file)) throw new Error(`${hint} (${file} is missing): run \`npm run build\` first`);
  }
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'jobcircle-e2e-'));
  const log = [];
  const server = spawn(process.execPath, [SERVER], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      WEB_DIST,
      DEMO: 'true',
      // The journeys sign in a dozen times within a minute from one address.
      SIGN_IN_RATE_LIMIT_PER_MINUTE: '120',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (chunk) => log.push(chunk.toString()));
  server.stderr.on('data', (chunk) => log.push(chunk.toString()));
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

async function main() {
  await rm(ARTIFACTS, { recursive: true, force: true });
  await mkdir(ARTIFACTS, { recursive: true });
  const external = process.env.E2E_BASE_URL?.replace(/\/$/, '');
  const server = external ? null : await startServer();
  const baseUrl = external ?? server.baseUrl;
  if (external) await waitForHealth(baseUrl, null, []);
  console.log(`e2e: ${baseUrl}${external ? ' (external server)' : ' (fresh server and database)'}`);

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
  const report = { axeChecks: [] };
  const state = {};
  let passed = 0;
  let failed = 0;
  try {
    for (const journey of JOURNEYS) {
      const started = Date.now();
      const context = await browser.newContext({
        viewport: journey.viewport ?? { width: 1280, height: 900 },
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      const consoleErrors = [];
      page.on('pageerror', (error) => consoleErrors.push(String(error)));
      try {
        await journey.run({ page, browser, baseUrl, report, state });
        if (consoleErrors.length > 0) throw new Error(`uncaught errors in the page:\n  ${consoleErrors.join('\n  ')}`);
        passed++;
        console.log(`  ✓ ${journey.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (error) {
        failed++;
        console.log(
          `  ✗ ${journey.name}\n    ${String(error?.stack ?? error)
            .split('\n')
            .join('\n    ')}`,
        );
        await page.screenshot({ path: path.join(ARTIFACTS, `failed-${slug(journey.name)}.png`), fullPage: true }).catch(() => undefined);
      } finally {
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
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  console.log('e2e: 0 passed, 1 failed');
  process.exitCode = 1;
});
