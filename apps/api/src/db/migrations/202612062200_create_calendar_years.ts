import { type Kysely, sql } from 'kysely';

// Frozen in time: imports nothing from the app (ARCHITECTURE §3). The working-day calendar's years
// as the district enters them from each year's State Council notice (国务院办公厅关于部分节假日安排的通知):
// the notice (document number, title, date, source) and the days it names.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calendar_years')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('document_no', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('published_on', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text', (c) => c.references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('staff.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('calendar_years_year_check', sql`year between 2000 and 2099`)
    .execute();
  await db.schema.createIndex('calendar_years_created_by_idx').on('calendar_years').column('created_by').execute();
  await db.schema.createIndex('calendar_years_updated_by_idx').on('calendar_years').column('updated_by').execute();

  // The primary key (year, date) indexes the foreign key; a date belongs to one year only.
  await db.schema
    .createTable('calendar_year_days')
    .addColumn('year', 'integer', (c) => c.notNull().references('calendar_years.year').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('calendar_year_days_pk', ['year', 'date'])
    .addCheckConstraint('calendar_year_days_kind_check', sql`kind in ('holiday', 'adjusted_workday')`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('calendar_year_days').execute();
  await db.schema.dropTable('calendar_years').execute();
}
