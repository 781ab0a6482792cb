import { type Kysely, sql } from 'kysely';

// Frozen in time: imports nothing from the app (ARCHITECTURE §3). Jobs collected from employers
// (岗位募集, items 4–6) and referrals of residents to them through to a hire (items 7, 9, 10).
type Builder = ReturnType<Kysely<any>['schema']['createTable']>;

function withRegion(table: Builder, villageRequired = false): Builder {
  return table
    .addColumn('district_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('town_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('village_code', 'text', (c) => (villageRequired ? c.notNull().references('regions.code') : c.references('regions.code')));
}

async function index(db: Kysely<any>, table: string, columns: string[]): Promise<void> {
  await db.schema
    .createIndex(`${table}_${columns.join('_')}_idx`)
    .on(table)
    .columns(columns)
    .execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await withRegion(
    db.schema
      .createTable('jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('employer_id', 'text', (c) => c.notNull().references('employers.id'))
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('occupation_code', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('education_min', 'text')
      .addColumn('skills', 'text', (c) => c.notNull())
      .addColumn('certificates', 'text', (c) => c.notNull())
      .addColumn('experience_years', 'integer')
      .addColumn('requirements_note', 'text')
      .addColumn('age_min', 'integer')
      .addColumn('age_max', 'integer')
      .addColumn('age_reason', 'text')
      .addColumn('headcount', 'integer', (c) => c.notNull())
      .addColumn('hired_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('pay_min_fen', 'integer', (c) => c.notNull())
      .addColumn('pay_max_fen', 'integer', (c) => c.notNull())
      .addColumn('pay_unit', 'text', (c) => c.notNull())
      .addColumn('work_hours', 'text', (c) => c.notNull())
      .addColumn('daily_hours', 'text')
      .addColumn('shifts', 'text')
      .addColumn('work_days', 'text')
      .addColumn('address', 'text', (c) => c.notNull())
      .addColumn('lng', 'double precision')
      .addColumn('lat', 'double precision')
      .addColumn('benefits', 'text', (c) => c.notNull())
      .addColumn('valid_from', 'text', (c) => c.notNull())
      .addColumn('valid_to', 'text', (c) => c.notNull())
      .addColumn('contact_name', 'text', (c) => c.notNull())
      .addColumn('contact_phone_cipher', 'text', (c) => c.notNull())
      .addColumn('contact_phone_masked', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('service_record_id', 'text', (c) => c.references('service_records.id'))
      .addColumn('created_by', 'text', (c) => c.references('staff.id')),
  )
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('jobs_headcount_check', sql`headcount >= 1 and hired_count >= 0`)
    .addCheckConstraint('jobs_pay_check', sql`pay_min_fen >= 0 and pay_max_fen >= pay_min_fen`)
    .execute();
  await index(db, 'jobs', ['employer_id']);
  await index(db, 'jobs', ['site_id']);
  await index(db, 'jobs', ['service_record_id']);
  await index(db, 'jobs', ['created_by']);
  await index(db, 'jobs', ['state', 'valid_to']);
  await index(db, 'jobs', ['town_code', 'state']);
  await index(db, 'jobs', ['village_code']);
  await index(db, 'jobs', ['district_code', 'updated_at']);
  await index(db, 'jobs', ['occupation_code']);

  await withRegion(
    db.schema
      .createTable('referrals')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('job_id', 'text', (c) => c.notNull().references('jobs.id'))
      .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id'))
      .addColumn('employer_id', 'text', (c) => c.notNull().references('employers.id'))
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('interview_at', 'text')
      .addColumn('interview_place', 'text')
      .addColumn('health_check_help', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('not_hired_reason', 'text')
      .addColumn('hired_on', 'text')
      .addColumn('insured_on', 'text')
      .addColumn('follow_up_1_on', 'text')
      .addColumn('follow_up_3_on', 'text')
      .addColumn('created_by', 'text', (c) => c.references('staff.id')),
    true,
  )
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One live referral per resident and job: a second recommendation continues the first.
  await db.schema.createIndex('referrals_job_id_resident_id_key').on('referrals').columns(['job_id', 'resident_id']).unique().execute();
  await index(db, 'referrals', ['resident_id']);
  await index(db, 'referrals', ['employer_id']);
  await index(db, 'referrals', ['site_id', 'stage']);
  await index(db, 'referrals', ['created_by']);
  await index(db, 'referrals', ['town_code', 'stage']);
  await index(db, 'referrals', ['village_code']);

  await db.schema
    .createTable('referral_steps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('referral_id', 'text', (c) => c.notNull().references('referrals.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('staff_id', 'text', (c) => c.references('staff.id'))
    .addColumn('service_record_id', 'text', (c) => c.references('service_records.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await index(db, 'referral_steps', ['referral_id', 'at']);
  await index(db, 'referral_steps', ['staff_id']);
  await index(db, 'referral_steps', ['service_record_id']);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['referral_steps', 'referrals', 'jobs']) {
    await db.schema.dropTable(table).execute();
  }
}
