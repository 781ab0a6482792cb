import type { Kysely } from 'kysely';

// Frozen in time: imports nothing from the app (ARCHITECTURE §3).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('regions')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent_code', 'text', (c) => c.references('regions.code'))
    .addColumn('village_kind', 'text')
    .addColumn('is_statistical', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lng', 'double precision')
    .addColumn('lat', 'double precision')
    .execute();
  await db.schema.createIndex('regions_parent_code_idx').on('regions').column('parent_code').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('regions').execute();
}
