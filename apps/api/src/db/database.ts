import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { DatabaseTarget } from '../config.ts';
import type { Database } from './database-schema.ts';

export type Dialect = DatabaseTarget['dialect'];

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Answers when the database answers a trivial query. */
  ping(): Promise<void>;
  /** SQLite only: an online copy into `file` through the driver's backup API (consistent while writes go on). */
  backup?(file: string): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * Kysely over the embedded SQLite (WAL, foreign keys on, synchronous=FULL so that an acknowledged
 * write survives a power loss) or PostgreSQL. Both store the same portable types (ARCHITECTURE §3).
 */
export function createDatabase(target: DatabaseTarget): DatabaseHandle {
  if (target.dialect === 'sqlite') {
    if (target.file !== ':memory:') ownerOnly(target.file);
    const sqlite = new SQLite(target.file);
    if (target.file !== ':memory:') sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('busy_timeout = 5000');
    // ANALYZE samples instead of reading whole tables (imports refresh the statistics).
    sqlite.pragma('analysis_limit = 1000');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    return {
      db,
      dialect: 'sqlite',
      ping: async () => {
        await sql`select 1`.execute(db);
      },
      backup: async (file) => {
        await sqlite.backup(file);
      },
      destroy: () => db.destroy(),
    };
  }
  const pool = new pg.Pool({ connectionString: target.url, max: 10 });
  // An idle client that loses its server (a restart, a terminated backend) is dropped by the pool
  // and replaced on next use; without a listener its error would end the process.
  pool.on('error', () => undefined);
  // A client in use when its connection is cut (a terminated backend) emits the error too, with no
  // pool listener attached while it is checked out: the query in flight fails (a 503, see
  // platform/errors.ts) and the pool drops the client on release, instead of the process ending.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    destroy: () => db.destroy(),
  };
}

/**
 * The embedded database holds personal data: its file is created owner-only (0600) like the keys,
 * and a file made by an older version is narrowed at start. SQLite gives the -wal and -shm files
 * the main file's mode; existing ones are narrowed too.
 */
function ownerOnly(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(path)) chmodSync(path, 0o600);
  }
}

/**
 * Kysely prepares every query anew; preparing costs more than running most of ours. Statements are
 * reusable, so keep them by SQL text (bounded: the cache is emptied past 1,000 distinct texts).
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (text: string) => {
      let statement = statements.get(text);
      if (!statement) {
        if (statements.size >= 1000) statements.clear();
        statement = sqlite.prepare(text);
        statements.set(text, statement);
      }
      return statement;
    },
  };
}
