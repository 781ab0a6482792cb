import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Role, StaffPosition } from '@jobcircle/domain';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../app.ts';
import { createServices, type Services } from '../composition/services.ts';
import { type Config, loadConfig } from '../config.ts';
import { createDatabase, type DatabaseHandle } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { insertStaff } from '../modules/accounts/staff.repository.ts';
import { newId } from '../platform/ids.ts';
import { createLogger } from '../platform/logging.ts';
import { hashPassword } from '../platform/passwords.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dialect: 'sqlite' | 'postgres';
    postgresUrl: string;
  }
}

export const TEST_PASSWORD = 'Station#Work2026';
/** Fixed field-encryption keys for tests (never used anywhere else). */
export const TEST_KEYS = {
  ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
  BLIND_INDEX_KEY: Buffer.alloc(32, 2).toString('base64'),
};
export const DISTRICT = '310151';
export const CHENGQIAO = '310151101';
export const BAOZHEN = '310151102';
/** Two villages of 城桥镇 and one of 堡镇, from the real divisions. */
export const CHENGQIAO_VILLAGE = '310151101001';
export const CHENGQIAO_VILLAGE_2 = '310151101002';
export const BAOZHEN_VILLAGE = '310151102001';

let passwordHash: Promise<string> | undefined;

/**
 * A fresh database for one test file: in-memory SQLite, or — in the PostgreSQL project — a new
 * database made from TEST_DATABASE_URL and dropped at the end. Nothing else is ever touched.
 */
async function freshDatabase(): Promise<{ database: DatabaseHandle; drop: () => Promise<void> }> {
  if (inject('dialect') === 'sqlite') {
    return { database: createDatabase({ dialect: 'sqlite', file: ':memory:' }), drop: async () => {} };
  }
  const adminUrl = new URL(inject('postgresUrl'));
  const name = `jobcircle_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    database: createDatabase({ dialect: 'postgres', url: url.toString() }),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl.toString() });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export interface Agent {
  username: string;
  staffId: string;
  csrfToken: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  services: Services;
  config: Config;
  clock: { now: Date; advanceMinutes(minutes: number): void };
  /** Inserts an account directly, with TEST_PASSWORD and no forced change unless asked. */
  createAccount(options: AccountOptions): Promise<{ id: string; username: string }>;
  /** Signs in and returns an agent that carries the cookie and the CSRF token. */
  signIn(username: string, password?: string): Promise<Agent>;
  /** createAccount + signIn. */
  as(role: Role, regionCode: string, options?: Partial<AccountOptions>): Promise<Agent>;
  close(): Promise<void>;
}

export interface AccountOptions {
  role: Role;
  regionCode: string;
  username?: string;
  position?: StaffPosition;
  siteId?: string | null;
  mustChangePassword?: boolean;
}

let accountCounter = 0;

export async function buildTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const { database, drop } = await freshDatabase();
  await migrateToLatest(database.db);
  // Tests sign in as admins everywhere: the second factor is required only where a test asks
  // (SECOND_FACTOR_ROLES), so that the rest need not enrol one.
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    SIGN_IN_RATE_LIMIT_PER_MINUTE: '10000',
    DEMO: 'false',
    SECOND_FACTOR_ROLES: '',
    // Never the default beside ./data: a server started from the checkout writes there with its own key.
    AUDIT_CHECKPOINT_FILE: path.join(tmpdir(), `jc-test-checkpoints-${randomBytes(6).toString('hex')}.log`),
    ...TEST_KEYS,
    ...env,
  });
  const clock = {
    now: new Date('2026-11-26T02:00:00.000Z'),
    advanceMinutes(minutes: number) {
      clock.now = new Date(clock.now.getTime() + minutes * 60_000);
    },
  };
  const services = createServices({ config, database, clock: () => clock.now, log: createLogger(config) });
  await services.regions.importReference();
  await services.calendar.load();
  const app = await buildApp({ config, database, services });

  async function createAccount(options: AccountOptions) {
    passwordHash ??= hashPassword(TEST_PASSWORD);
    accountCounter += 1;
    const username = options.username ?? `${options.role.replace('_', '-')}-${accountCounter}`;
    // A grid code (village code + '-NN') places the account on that grid, which must exist.
    const grid = options.regionCode.includes('-') ? await services.grids.findActiveGrid(database.db, options.regionCode) : undefined;
    const placement = grid ?? (await services.regions.placementOf(options.regionCode));
    if (!placement) throw new Error(`unknown region ${options.regionCode}`);
    const id = newId();
    const at = clock.now.toISOString();
    await insertStaff(database.db, {
      id,
      username,
      display_name: `测试${username}`,
      role: options.role,
      position: options.position ?? 'service_worker',
      is_full_time: 1,
      site_id: options.siteId ?? null,
      region_level: grid ? 'grid' : placement.villageCode ? 'village' : placement.townCode ? 'town' : 'district',
      district_code: placement.districtCode,
      town_code: placement.townCode,
      village_code: placement.villageCode,
      grid_code: grid?.code ?? null,
      password_hash: await passwordHash,
      must_change_password: options.mustChangePassword ? 1 : 0,
      password_changed_at: new Date(clock.now.getTime() - 60_000).toISOString(),
      last_sign_in_at: null,
      is_active: 1,
      is_demo: 0,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    return { id, username };
  }

  async function signIn(username: string, password = TEST_PASSWORD): Promise<Agent> {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'x-csrf-token': 'none' },
      payload: { username, password },
    });
    if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'jc_session');
    if (!cookie) throw new Error('no session cookie');
    const me = response.json() as { id: string; csrfToken: string };
    const request = (options: InjectOptions) =>
      app.inject({
        ...options,
        cookies: { jc_session: cookie.value },
        headers: { 'x-csrf-token': me.csrfToken, ...(options.headers ?? {}) },
      });
    return {
      username,
      staffId: me.id,
      csrfToken: me.csrfToken,
      request,
      get: (url) => request({ method: 'GET', url }),
      post: (url, payload) =>
        request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }) }),
      patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
    };
  }

  return {
    app,
    database,
    services,
    config,
    clock,
    createAccount,
    signIn,
    async as(role, regionCode, options = {}) {
      const { username } = await createAccount({ role, regionCode, ...options });
      return signIn(username);
    },
    async close() {
      await app.close();
      // A test may have closed the database itself (the health check's failure case).
      await database.destroy().catch(() => undefined);
      await drop();
    },
  };
}
