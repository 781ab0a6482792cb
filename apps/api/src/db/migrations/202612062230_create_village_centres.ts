import { type Kysely, sql } from 'kysely';

// Frozen in time: imports nothing from the app (ARCHITECTURE §3). The 15-minute circle (issue 13):
// a village's centre point (WGS-84) as an admin placed it on the map or a CSV import brought it,
// and the village's official population (with its source and year), for coverage before the
// registry is full. One row per village at most; region codes on both for the scope filter.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('village_centres')
    .addColumn('village_code', 'text', (c) => c.primaryKey().references('regions.code'))
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('town_code', 'text', (c) => c.notNull())
    .addColumn('lng', 'double precision', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'text', (c) => c.references('staff.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('village_centres_lng_check', sql`lng between -180 and 180`)
    .addCheckConstraint('village_centres_lat_check', sql`lat between -90 and 90`)
    .execute();
  await db.schema.createIndex('village_centres_town_code_idx').on('village_centres').column('town_code').execute();
  await db.schema.createIndex('village_centres_updated_by_idx').on('village_centres').column('updated_by').execute();

  await db.schema
    .createTable('village_populations')
    .addColumn('village_code', 'text', (c) => c.primaryKey().references('regions.code'))
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('town_code', 'text', (c) => c.notNull())
    .addColumn('population', 'integer', (c) => c.notNull())
    .addColumn('labour_force', 'integer')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('staff.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('village_populations_population_check', sql`population >= 0`)
    .addCheckConstraint(
      'village_populations_labour_force_check',
      sql`labour_force is null or (labour_force >= 0 and labour_force <= population)`,
    )
    .execute();
  await db.schema.createIndex('village_populations_town_code_idx').on('village_populations').column('town_code').execute();
  await db.schema.createIndex('village_populations_updated_by_idx').on('village_populations').column('updated_by').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('village_populations').execute();
  await db.schema.dropTable('village_centres').execute();
}
