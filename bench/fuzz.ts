// Fuzzing the API from its OpenAPI document (issue 14 §6): requests with wrong types, huge strings,
// deep nesting, `__proto__` keys, bad UTF-8 and extreme page sizes, signed in as each role (and
// anonymous), through app.inject on a fresh database. Asserts no 5xx, no stack or source path in
// any answer, and no polluted Object prototype.
//
//   npm run fuzz                 10,000 requests (seed 1)
//   npm run fuzz -- 2000 7       2,000 requests, seed 7
// The vitest test apps/api/src/platform/fuzz.routes.test.ts runs it at a small count.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

export interface FuzzAgent {
  role: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  format?: string;
  nullable?: boolean;
}

interface Operation {
  method: string;
  path: string;
  query: { name: string; schema: Schema }[];
  body: Schema | undefined;
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { in: string; name: string; schema: Schema }[];
        requestBody?: { content?: Record<string, { schema?: Schema }> };
      }
    >
  >;
}

export interface FuzzResult {
  requests: number;
  operations: number;
  byStatus: Record<string, number>;
  failures: { method: string; url: string; role: string; status: number; why: string; body: string }[];
  ms: number;
}

/** Routes a fuzzer must not call as a signed-in role: they end the session the rest of the run uses. */
const SKIP = [/^\/api\/auth\/sign-out$/];

/** A small deterministic generator (mulberry32), so a failure can be replayed by its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}
type Random = ReturnType<typeof random>;

const HUGE = 'å'.repeat(100_000);
/** Values of every wrong kind: types, sizes, injections, numbers at the edges. */
const JUNK: unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  -(2 ** 53) - 2,
  Number.MAX_SAFE_INTEGER,
  '',
  ' ',
  HUGE,
  '\u0000',
  '\ud800',
  '💥'.repeat(1000),
  "' or 1=1 --",
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  '../../etc/passwd',
  '__proto__',
  '2026-02-30',
  '9999-99-99T99:99:99Z',
  '019d0000-0000-7000-8000-000000000000',
  [],
  [null],
  Array.from({ length: 1000 }, () => 'x'),
  {},
  { __proto__: { polluted: 1 } },
  { constructor: { prototype: { polluted: 1 } } },
];
const QUERY_JUNK = ['', '-1', '0', '1e309', '99999999999999999999', 'NaN', 'true', HUGE.slice(0, 5000), '%00', '[]', '{}', '__proto__'];
const PATH_JUNK = [
  '019d0000-0000-7000-8000-000000000000',
  'not-an-id',
  '0',
  '-1',
  'x'.repeat(3000),
  '%00',
  '%E0%A4%A',
  '..%2F..%2Fetc',
  '__proto__',
  '310151101001',
  '%F0%9F%92%A5',
];

function schemaType(schema: Schema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
  return schema.type;
}

/** A value the schema accepts, roughly: the fuzzer mutates it afterwards, so deep validation is reached. */
function sampleOf(schema: Schema | undefined, r: Random, depth = 0): unknown {
  if (!schema || depth > 6) return null;
  const variant = schema.anyOf ?? schema.oneOf;
  if (variant?.length) return sampleOf(r.pick(variant), r, depth + 1);
  if (schema.allOf?.length) return sampleOf(schema.allOf[0], r, depth + 1);
  if (schema.enum?.length) return r.pick(schema.enum);
  switch (schemaType(schema)) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        if (schema.required?.includes(key) || r.chance(0.5)) out[key] = sampleOf(property, r, depth + 1);
      }
      return out;
    }
    case 'array':
      return Array.from({ length: r.int(3) }, () => sampleOf(schema.items, r, depth + 1));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return r.chance(0.5);
    case 'string':
      if (schema.format === 'date') return '2026-11-26';
      if (schema.format === 'date-time') return '2026-11-26T02:00:00.000Z';
      return 'a'.repeat(Math.max(1, schema.minLength ?? 1));
    default:
      return null;
  }
}

/** Replaces one value somewhere in `value` (or the whole of it) with junk. */
function mutate(value: unknown, r: Random): unknown {
  if (value && typeof value === 'object' && r.chance(0.8)) {
    const keys = Object.keys(value);
    if (keys.length > 0) {
      const key = r.pick(keys);
      const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string, unknown>;
      copy[key] = mutate(copy[key], r);
      return copy;
    }
  }
  return r.pick(JUNK);
}

/** A JSON body nested `depth` levels deep, as text (no recursion limit of ours is reached building it). */
const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [route, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      operations.push({
        method: method.toUpperCase(),
        path: route,
        query: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema })),
        body: operation.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return operations;
}

function requestFor(operation: Operation, r: Random): InjectOptions {
  const url = operation.path.replace(/\{[^}]+\}/g, () => (r.chance(0.3) ? '019d0000-0000-7000-8000-000000000000' : r.pick(PATH_JUNK)));
  const query: string[] = [];
  for (const parameter of operation.query) {
    if (r.chance(0.5)) continue;
    const value = r.chance(0.6) ? r.pick(QUERY_JUNK) : String(sampleOf(parameter.schema, r));
    query.push(`${encodeURIComponent(parameter.name)}=${encodeURIComponent(value)}`);
  }
  if (r.chance(0.2)) query.push(r.pick(['pageSize=1000000', 'page=-5', 'pageSize=0', 'page=99999999', 'pageSize=1e3']));
  if (r.chance(0.1)) query.push(r.pick(['__proto__[polluted]=1', 'constructor[prototype][polluted]=1', '__proto__=x']));
  const options: InjectOptions = {
    method: operation.method as InjectOptions['method'],
    url: query.length ? `${url}?${query.join('&')}` : url,
  };
  if (operation.method === 'GET' || operation.method === 'DELETE') return options;
  const kind = r.int(10);
  if (kind === 0) return { ...options, payload: deepJson(r.pick([100, 10_000, 100_000])), headers: { 'content-type': 'application/json' } };
  if (kind === 1)
    return {
      ...options,
      payload: '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}',
      headers: { 'content-type': 'application/json' },
    };
  if (kind === 2)
    return {
      ...options,
      payload: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]),
      headers: { 'content-type': 'application/json' },
    };
  if (kind === 3)
    return {
      ...options,
      payload: r.pick(['', 'not json', '{', '[]', 'null', '"x"']),
      headers: { 'content-type': r.pick(['application/json', 'text/plain', 'application/x-www-form-urlencoded']) },
    };
  const valid = sampleOf(operation.body, r);
  return { ...options, payload: (kind < 6 ? valid : mutate(valid, r)) as InjectOptions['payload'] };
}

/** A stack frame, a source path or an internal error name: what must never leave the server. */
const LEAK = /\n\s+at .+:\d+:\d+|node_modules|\/work\/|\.ts:\d+|SqliteError|TypeError:|ReferenceError:|ZodError|\bat async\b/;

export async function fuzz(options: { agents: FuzzAgent[]; document: OpenApiDocument; count: number; seed: number }): Promise<FuzzResult> {
  const r = random(options.seed);
  const operations = operationsOf(options.document);
  const result: FuzzResult = { requests: 0, operations: operations.length, byStatus: {}, failures: [], ms: 0 };
  const started = performance.now();
  for (let i = 0; i < options.count; i += 1) {
    const operation = operations[i % operations.length] as Operation;
    const agent = r.pick(options.agents);
    if (agent.role !== 'anonymous' && SKIP.some((skip) => skip.test(operation.path))) continue;
    const request = requestFor(operation, r);
    const response = await agent.request(request);
    result.requests += 1;
    const bucket = `${Math.floor(response.statusCode / 100)}xx`;
    result.byStatus[bucket] = (result.byStatus[bucket] ?? 0) + 1;
    const text = response.headers['content-type']?.toString().includes('json') ? response.body : '';
    const why = response.statusCode >= 500 ? `status ${response.statusCode}` : LEAK.test(text) ? 'leaked internals' : undefined;
    if (why) {
      result.failures.push({
        method: request.method as string,
        url: String(request.url).slice(0, 200),
        role: agent.role,
        status: response.statusCode,
        why,
        body: text.slice(0, 300),
      });
    }
  }
  if (({} as Record<string, unknown>).polluted !== undefined)
    result.failures.push({ method: '-', url: '-', role: '-', status: 0, why: 'Object.prototype polluted', body: '' });
  result.ms = Math.round(performance.now() - started);
  return result;
}

/** The committed OpenAPI document (apps/api/openapi.json). */
export function openApiDocument(): OpenApiDocument {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'apps', 'api', 'openapi.json');
  return JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
}

/** Signs in through the API and returns an agent carrying the cookie and the CSRF token. */
export async function signedIn(app: FastifyInstance, role: string, username: string, password: string): Promise<FuzzAgent> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    headers: { 'x-csrf-token': 'none' },
    payload: { username, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.statusCode}`);
  const cookie = response.cookies.find((c) => c.name === 'jc_session')?.value ?? '';
  const { csrfToken } = response.json() as { csrfToken: string };
  return {
    role,
    request: (options) =>
      app.inject({ ...options, cookies: { jc_session: cookie }, headers: { 'x-csrf-token': csrfToken, ...(options.headers ?? {}) } }),
  };
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  const { buildApp } = await import('../apps/api/src/app.ts');
  const { bootstrap } = await import('../apps/api/src/composition/bootstrap.ts');
  const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import('../apps/api/src/composition/demo-seed.ts');
  const { createServices } = await import('../apps/api/src/composition/services.ts');
  const { loadConfig, resolveKeys } = await import('../apps/api/src/config.ts');
  const { createDatabase } = await import('../apps/api/src/db/database.ts');
  const { createLogger } = await import('../apps/api/src/platform/logging.ts');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jc-fuzz-'));
  const config = resolveKeys(
    loadConfig({
      DATA_DIR: dataDir,
      DEMO: 'true',
      LOG_LEVEL: 'silent',
      SIGN_IN_RATE_LIMIT_PER_MINUTE: '1000000',
      NOT_FOUND_RATE_LIMIT_PER_MINUTE: '1000000',
      AUDIT_CHECKPOINT_FILE: path.join(dataDir, '..', `${path.basename(dataDir)}.checkpoints`),
    }),
  );
  const database = createDatabase(config.database);
  const services = createServices({ config, database, clock: () => new Date(), log: createLogger(config) });
  await bootstrap(config, database, services);
  const app = await buildApp({ config, database, services });
  const agents: FuzzAgent[] = [{ role: 'anonymous', request: (options) => app.inject(options) }];
  for (const account of DEMO_ACCOUNTS) agents.push(await signedIn(app, account.role, account.username, DEMO_PASSWORD));
  const result = await fuzz({ agents, document: openApiDocument(), count, seed });
  console.log(
    `fuzz: ${result.requests} requests over ${result.operations} operations as ${agents.length} identities in ${(result.ms / 1000).toFixed(1)} s (seed ${seed}); ${JSON.stringify(result.byStatus)}; ${result.failures.length} failures; rss ${Math.round(process.memoryUsage().rss / 1048576)} MB`,
  );
  for (const failure of result.failures.slice(0, 20)) console.log(JSON.stringify(failure));
  await app.close();
  await database.destroy();
  process.exitCode = result.failures.length > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
