// bench/http.ts — requests per second of GET /api/health and of an authenticated, scoped GET of a
// page of sites, each as a ratio to a bare Fastify handler measured in the same run (targets ≥ 0.5
// and ≥ 0.25; ../shared/research/targets.md A4). Run: npm run bench  (BENCH_SECONDS=10 by default).
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const here = path.dirname(fileURLToPath(import.meta.url));

function startServer(mode: 'bare' | 'app'): Promise<{ child: ChildProcess; address: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'serve.ts'), mode], { stdio: ['ignore', 'pipe', 'inherit'] });
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => l.startsWith('{"address"'));
      if (line) resolve({ child, address: (JSON.parse(line) as { address: string }).address });
    });
    child.on('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
}

async function measure(url: string, headers: Record<string, string> = {}): Promise<{ rps: number; p99: number; errors: number }> {
  const options = { url, headers, connections: 100, pipelining: 1 };
  await autocannon({ ...options, duration: 2 }); // warm-up
  const result = await autocannon({ ...options, duration: seconds });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function signIn(address: string): Promise<string> {
  const response = await fetch(`${address}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': 'none' },
    body: JSON.stringify({ username: 'demo.town.chengqiao', password: 'Demo#Chongming2026' }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!response.ok || !cookie) throw new Error(`sign-in failed: ${response.status}`);
  return cookie;
}

const bare = await startServer('bare');
const baseline = await measure(`${bare.address}/hello`);
bare.child.kill();

const app = await startServer('app');
const cookie = await signIn(app.address);
const health = await measure(`${app.address}/api/health`);
const sites = await measure(`${app.address}/api/sites?page=1&pageSize=20`, { cookie });
app.child.kill();

const row = (name: string, r: { rps: number; p99: number; errors: number }, target?: number) => {
  const ratio = r.rps / baseline.rps;
  const verdict = target === undefined ? '' : ratio >= target ? `  ≥ ${target} ✓` : `  < ${target} ✗`;
  console.log(
    `${name.padEnd(38)} ${r.rps.toFixed(0).padStart(7)} req/s  p99 ${String(r.p99).padStart(4)} ms  errors ${r.errors}  ratio ${ratio.toFixed(2)}${verdict}`,
  );
  return ratio;
};
console.log(`bench/http.ts — ${seconds} s per run, 100 connections, pipelining 1, load generator on the same machine`);
row('bare Fastify handler (baseline)', baseline);
const ok = [row('GET /api/health', health, 0.5), row('GET /api/sites (signed in, town scope)', sites, 0.25)];
const [healthRatio = 0, sitesRatio = 0] = ok;
if (healthRatio < 0.5 || sitesRatio < 0.25) process.exitCode = 1;
