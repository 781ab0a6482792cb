import { type Kysely, type MigrationResultSet, Migrator, NO_MIGRATIONS } from 'kysely';
import type { Database } from './database-schema.ts';
import { migrations } from './migrations/index.ts';

function migrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

function unwrap(result: MigrationResultSet): MigrationResultSet {
  if (result.error) throw result.error;
  return result;
}

export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationResultSet> {
  return unwrap(await migrator(db).migrateToLatest());
}

/** Every migration's `down`, newest first. */
export async function migrateToEmpty(db: Kysely<Database>): Promise<MigrationResultSet> {
  return unwrap(await migrator(db).migrateTo(NO_MIGRATIONS));
}

export async function migrateDown(db: Kysely<Database>): Promise<MigrationResultSet> {
  return unwrap(await migrator(db).migrateDown());
}

/**
 * Undoes `name` and every migration after it, newest first (for tests of one migration's `down`
 * that must not depend on how many migrations came later).
 */
export async function migrateBefore(db: Kysely<Database>, name: string): Promise<MigrationResultSet> {
  const names = Object.keys(migrations).sort();
  const at = names.indexOf(name);
  if (at < 0) throw new Error(`no migration named ${name}`);
  return unwrap(await migrator(db).migrateTo(at === 0 ? NO_MIGRATIONS : (names[at - 1] as string)));
}
