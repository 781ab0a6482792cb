import { type Kysely, sql } from 'kysely';

// Frozen in time: imports nothing from the app (ARCHITECTURE §3). The gig market's sign-ups (零工报名):
// a worker signed up by staff for a day job, checked in and out, the work and the pay confirmed.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('gig_signups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('job_id', 'text', (c) => c.notNull().references('jobs.id'))
    .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id'))
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('work_date', 'text', (c) => c.notNull())
    .addColumn('checked_in_at', 'text')
    .addColumn('checked_out_at', 'text')
    .addColumn('paid_fen', 'integer')
    .addColumn('completed_at', 'text')
    .addColumn('service_record_id', 'text', (c) => c.references('service_records.id'))
    .addColumn('created_by', 'text', (c) => c.references('staff.id'))
    .addColumn('district_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('town_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('village_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('gig_signups_paid_fen_check', sql`paid_fen is null or paid_fen >= 0`)
    .execute();
  await db.schema.createIndex('gig_signups_job_id_resident_id_key').on('gig_signups').columns(['job_id', 'resident_id']).unique().execute();
  for (const columns of [
    ['resident_id'],
    ['site_id'],
    ['service_record_id'],
    ['created_by'],
    ['town_code', 'work_date'],
    ['village_code'],
  ]) {
    await db.schema
      .createIndex(`gig_signups_${columns.join('_')}_idx`)
      .on('gig_signups')
      .columns(columns)
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('gig_signups').execute();
}
