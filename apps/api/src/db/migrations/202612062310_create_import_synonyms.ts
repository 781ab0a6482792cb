import type { Kysely } from 'kysely';

// Frozen in time: imports nothing from the app (ARCHITECTURE §3). Value synonyms of the registry import
// (issue 15 §5): the words a district admin adds to the built-in table (农业户口 → local_agricultural),
// one per district, field and word; and, on each import, the values its preview read that way.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('import_synonyms')
    .addColumn('district_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_synonyms_pk', ['district_code', 'field', 'text'])
    .execute();
  await db.schema.createIndex('import_synonyms_updated_by_idx').on('import_synonyms').column('updated_by').execute();
  await db.schema
    .alterTable('resident_imports')
    .addColumn('value_mappings', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('resident_imports').dropColumn('value_mappings').execute();
  await db.schema.dropTable('import_synonyms').execute();
}
