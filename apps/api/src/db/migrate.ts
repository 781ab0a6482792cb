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
