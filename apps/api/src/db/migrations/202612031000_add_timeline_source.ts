import type { Kysely } from 'kysely';

// Frozen in time: imports nothing from the app (ARCHITECTURE §3).
// A timeline entry written by another module (service ledger, visits, the desk …) names its
// source record, so the entry and the record can be found from each other.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('resident_timeline').addColumn('source_module', 'text').execute();
  await db.schema.alterTable('resident_timeline').addColumn('source_id', 'text').execute();
  await db.schema.createIndex('resident_timeline_source_idx').on('resident_timeline').columns(['source_module', 'source_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('resident_timeline_source_idx').execute();
  await db.schema.alterTable('resident_timeline').dropColumn('source_id').execute();
  await db.schema.alterTable('resident_timeline').dropColumn('source_module').execute();
}
