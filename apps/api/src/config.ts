import { hkdfSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ExternalPlatform, type Role, RoleSchema } from '@jobcircle/domain';
import { z } from 'zod';
import { decodeKey, generateKey } from './platform/crypto.ts';

/**
 * The only reader of process.env. Every setting is validated once at start-up; a bad value stops
 * the server with a readable list. See the configuration table in the README.
 */
/** 天地图's web map, centred on the point with a marker (CGCS2000 ≈ WGS-84, the sites' datum). */
const DEFAULT_DIRECTIONS_URL = 'https://map.tianditu.gov.cn/?lng={lng}&lat={lat}&zoom=17&title={name}';

const EnvSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  DEMO: z.enum(['true', 'false']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(120).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24).default(12),
  LOCKOUT_THRESHOLD: z.coerce.number().int().min(3).max(10).default(5),
  LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  SIGN_IN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  NOT_FOUND_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  WEB_DIST: z.string().optional(),
  TIANDITU_KEY: z.string().optional(),
  /** The address residents reach the console at (https://jobs.example.gov.cn): QR codes and posters encode it. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** The directions link of a site's public page: {lng}, {lat} (WGS-84) and {name} are filled in. */
  DIRECTIONS_URL: z.string().includes('{lng}').includes('{lat}').default(DEFAULT_DIRECTIONS_URL),
  EXTERNAL_PLATFORMS: z.string().optional(),
  ENCRYPTION_KEY: z.string().optional(),
  BLIND_INDEX_KEY: z.string().optional(),
  AUDIT_KEY: z.string().optional(),
  AUDIT_SIGNING_KEY: z.string().optional(),
  AUDIT_CHECKPOINT_FILE: z.string().optional(),
  AUDIT_CHECKPOINT_MINUTES: z.coerce.number().int().min(1).max(1440).default(10),
  PASSWORD_MAX_AGE_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
  SECOND_FACTOR_ROLES: z
    .string()
    .default('district_admin,town_admin')
    .transform((text) =>
      text
        .split(',')
        .map((role) => role.trim())
        .filter(Boolean),
    )
    .pipe(z.array(RoleSchema)),
  BACKUP_DIR: z.string().optional(),
  BACKUP_INTERVAL_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  SMS_GATEWAY_URL: z.url().optional(),
  SMS_GATEWAY_TOKEN: z.string().min(1).optional(),
});

export type DatabaseTarget = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  database: DatabaseTarget;
  demo: boolean;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  session: { idleMinutes: number; absoluteHours: number };
  lockout: { threshold: number; minutes: number };
  signInRateLimitPerMinute: number;
  /** Requests per IP and minute that end in the not-found handler (probing for routes), pages of the web app included. */
  notFoundRateLimitPerMinute: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  /** The built web app; undefined when it has not been built (the API still runs). */
  webDist: string | undefined;
  tiandituKey: string | undefined;
  /** PUBLIC_URL without its trailing slash; posters need it. */
  publicUrl: string | undefined;
  directionsUrl: string;
  externalPlatforms: ExternalPlatform[];
  /**
   * Keys (base64, 32 bytes) for ID numbers and phones. Required with PostgreSQL; on the embedded
   * default they are generated into DATA_DIR/keys.json on first run when not set.
   */
  keys: Keys | undefined;
  /**
   * Signed checkpoints of the audit chain (row count + head) are appended to this file, outside the
   * data directory, every `intervalMinutes`, at start-up and at shutdown; `audit:verify` checks the
   * chain against the latest one.
   */
  auditCheckpoints: { file: string; intervalMinutes: number };
  /** A password older than this must be changed at sign-in (0 = never expires). */
  passwordMaxAgeDays: number;
  /** Roles that must enrol a second factor (TOTP) before anything else; demo accounts are exempt while DEMO is on. */
  secondFactorRoles: Role[];
  /**
   * The SMS gateway notifications go through (POST JSON { to, text } with a bearer token); none
   * configured = SMS notifications are stored as not sent, never faked.
   */
  smsGateway: { url: string; token: string | undefined } | undefined;
  /**
   * Scheduled backups of the embedded database (BACKUP_DIR, every BACKUP_INTERVAL_HOURS) through
   * the task queue; none without BACKUP_DIR. `npm run backup` writes there too (else ./backups).
   */
  backup: { dir: string; intervalHours: number } | undefined;
}

/**
 * Secrets kept outside the database (base64, 32 bytes each): the field cipher's two keys, the audit
 * chain's HMAC key and the seed of the Ed25519 key that signs audit checkpoints.
 */
export interface Keys {
  encryptionKey: string;
  blindIndexKey: string;
  auditKey: string;
  auditSigningKey: string;
}

/**
 * When only the field keys are given (deployments from before the keyed audit chain), the audit
 * keys are derived from them with HKDF-SHA-256 under their own labels: still outside the database,
 * and never equal to either field key. Setting AUDIT_KEY / AUDIT_SIGNING_KEY replaces them.
 */
export function deriveAuditKey(encryptionKey: string, blindIndexKey: string, label: 'audit-hmac' | 'audit-signing'): string {
  const material = Buffer.concat([Buffer.from(encryptionKey, 'base64'), Buffer.from(blindIndexKey, 'base64')]);
  return Buffer.from(hkdfSync('sha256', material, Buffer.alloc(0), `jobcircle ${label} v1`, 32)).toString('base64');
}

function keysFrom(e: {
  ENCRYPTION_KEY?: string | undefined;
  BLIND_INDEX_KEY?: string | undefined;
  AUDIT_KEY?: string | undefined;
  AUDIT_SIGNING_KEY?: string | undefined;
}): Keys | undefined {
  if (!e.ENCRYPTION_KEY || !e.BLIND_INDEX_KEY) return undefined;
  return {
    encryptionKey: e.ENCRYPTION_KEY,
    blindIndexKey: e.BLIND_INDEX_KEY,
    auditKey: e.AUDIT_KEY ?? deriveAuditKey(e.ENCRYPTION_KEY, e.BLIND_INDEX_KEY, 'audit-hmac'),
    auditSigningKey: e.AUDIT_SIGNING_KEY ?? deriveAuditKey(e.ENCRYPTION_KEY, e.BLIND_INDEX_KEY, 'audit-signing'),
  };
}

/** The plan names these platforms (§二.三, §四.三); their public addresses, overridable by EXTERNAL_PLATFORMS. */
const DEFAULT_EXTERNAL_PLATFORMS: ExternalPlatform[] = [
  { name: '上海公共招聘新平台', url: 'https://jobs.rsj.sh.gov.cn/' },
  { name: '崇明就业·公共招聘', url: 'https://www.shcm.gov.cn/' },
];

const ExternalPlatformsSchema = z.array(z.object({ name: z.string().min(1), url: z.url() }));

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const database = databaseTarget(e.DATABASE_URL, e.DATA_DIR);
  let externalPlatforms = DEFAULT_EXTERNAL_PLATFORMS;
  if (e.EXTERNAL_PLATFORMS) {
    const platforms = ExternalPlatformsSchema.safeParse(safeJson(e.EXTERNAL_PLATFORMS));
    if (!platforms.success) throw new ConfigError('Invalid configuration:\n  EXTERNAL_PLATFORMS: expected a JSON array of {name, url}');
    externalPlatforms = platforms.data;
  }
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: e.DATA_DIR,
    database,
    demo: e.DEMO ? e.DEMO === 'true' : database.dialect === 'sqlite',
    logLevel: e.LOG_LEVEL,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    lockout: { threshold: e.LOCKOUT_THRESHOLD, minutes: e.LOCKOUT_MINUTES },
    signInRateLimitPerMinute: e.SIGN_IN_RATE_LIMIT_PER_MINUTE,
    notFoundRateLimitPerMinute: e.NOT_FOUND_RATE_LIMIT_PER_MINUTE,
    cookieSecure: e.COOKIE_SECURE === 'true',
    trustProxy: e.TRUST_PROXY === 'true',
    webDist: e.WEB_DIST ?? defaultWebDist(),
    tiandituKey: e.TIANDITU_KEY,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    directionsUrl: e.DIRECTIONS_URL,
    externalPlatforms,
    keys: keysFrom(e),
    auditCheckpoints: {
      // Beside the data directory, not in it: a copy or a rewrite of the data folder leaves it alone.
      file: e.AUDIT_CHECKPOINT_FILE ?? path.join(path.dirname(path.resolve(e.DATA_DIR)), 'audit-checkpoints.log'),
      intervalMinutes: e.AUDIT_CHECKPOINT_MINUTES,
    },
    passwordMaxAgeDays: e.PASSWORD_MAX_AGE_DAYS,
    secondFactorRoles: e.SECOND_FACTOR_ROLES,
    smsGateway: e.SMS_GATEWAY_URL ? { url: e.SMS_GATEWAY_URL, token: e.SMS_GATEWAY_TOKEN } : undefined,
    backup: e.BACKUP_DIR ? { dir: e.BACKUP_DIR, intervalHours: e.BACKUP_INTERVAL_HOURS } : undefined,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function databaseTarget(url: string | undefined, dataDir: string): DatabaseTarget {
  if (url && /^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', url };
  if (url?.startsWith('file:')) return { dialect: 'sqlite', file: url.slice('file:'.length) };
  if (url) throw new ConfigError('Invalid configuration:\n  DATABASE_URL: expected postgres://… or file:…');
  return { dialect: 'sqlite', file: path.join(dataDir, 'jobcircle.db') };
}

/** apps/web/dist, found from this file whether it runs from src/ (tsx) or dist/ (bundle). */
function defaultWebDist(): string | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'apps', 'web', 'dist');
    if (existsSync(path.join(candidate, 'index.html'))) return candidate;
    const sibling = path.join(dir, 'web', 'dist');
    if (existsSync(path.join(sibling, 'index.html'))) return sibling;
    dir = path.dirname(dir);
  }
  return undefined;
}

/** The folder that holds the embedded database file. */
export function ensureDataDir(config: Config): void {
  if (config.database.dialect === 'sqlite' && config.database.file !== ':memory:') {
    mkdirSync(path.dirname(config.database.file), { recursive: true });
  }
}

const KeysFileSchema = z.object({
  encryptionKey: z.string(),
  blindIndexKey: z.string(),
  auditKey: z.string().optional(),
  auditSigningKey: z.string().optional(),
});

/**
 * The keys: from the environment; else, on the embedded default, from DATA_DIR/keys.json, created
 * (mode 0600) on first run. A keys file from before the keyed audit chain gains its two audit keys
 * once (rewritten in place, still 0600). PostgreSQL deployments must set the field keys.
 */
export function resolveKeys(config: Config): Config & { keys: Keys } {
  let keys = config.keys;
  if (!keys) {
    if (config.database.dialect !== 'sqlite') {
      throw new ConfigError('Invalid configuration:\n  ENCRYPTION_KEY, BLIND_INDEX_KEY: required with PostgreSQL (32 bytes each, base64)');
    }
    const file = path.join(config.dataDir, 'keys.json');
    if (!existsSync(file)) {
      mkdirSync(config.dataDir, { recursive: true });
      const fresh = { encryptionKey: generateKey(), blindIndexKey: generateKey(), auditKey: generateKey(), auditSigningKey: generateKey() };
      writeFileSync(file, `${JSON.stringify(fresh, null, 2)}\n`, { mode: 0o600 });
    }
    const stored = KeysFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    if (!stored.auditKey || !stored.auditSigningKey) {
      const completed = { ...stored, auditKey: stored.auditKey ?? generateKey(), auditSigningKey: stored.auditSigningKey ?? generateKey() };
      writeFileSync(file, `${JSON.stringify(completed, null, 2)}\n`, { mode: 0o600 });
    }
    keys = KeysFileSchema.required().parse(JSON.parse(readFileSync(file, 'utf8')));
  }
  try {
    decodeKey(keys.encryptionKey, 'ENCRYPTION_KEY');
    decodeKey(keys.blindIndexKey, 'BLIND_INDEX_KEY');
    decodeKey(keys.auditKey, 'AUDIT_KEY');
    decodeKey(keys.auditSigningKey, 'AUDIT_SIGNING_KEY');
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  ${(error as Error).message}`);
  }
  return { ...config, keys };
}
