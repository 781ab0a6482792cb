import type { Kysely } from 'kysely';

// Frozen in time: imports nothing from the app (ARCHITECTURE §3).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('employers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    // Unique when present: both databases let any number of rows hold NULL (sole proprietors).
    .addColumn('credit_code', 'text', (c) => c.unique())
    .addColumn('is_key_employer', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('industry_division', 'text', (c) => c.notNull())
    .addColumn('industry_section', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('town_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('village_code', 'text', (c) => c.references('regions.code'))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('lng', 'double precision')
    .addColumn('lat', 'double precision')
    .addColumn('employee_count', 'integer')
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('employers_district_code_idx').on('employers').column('district_code').execute();
  await db.schema.createIndex('employers_town_code_idx').on('employers').column('town_code').execute();
  await db.schema.createIndex('employers_village_code_idx').on('employers').column('village_code').execute();

  await db.schema
    .createTable('employer_contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('employer_id', 'text', (c) => c.notNull().references('employers.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    // The phone encrypted (AES-256-GCM) and its masked display form; never the plain number.
    .addColumn('phone_cipher', 'text', (c) => c.notNull())
    .addColumn('phone_masked', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('employer_contacts_employer_id_idx').on('employer_contacts').column('employer_id').execute();

  await db.schema
    .createTable('employer_contact_logs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('employer_id', 'text', (c) => c.notNull().references('employers.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('jobs_collected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // Leads with the foreign key, and serves the newest-first history of one employer.
  await db.schema
    .createIndex('employer_contact_logs_employer_id_at_idx')
    .on('employer_contact_logs')
    .columns(['employer_id', 'at'])
    .execute();
  await db.schema.createIndex('employer_contact_logs_staff_id_idx').on('employer_contact_logs').column('staff_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('employer_contact_logs').execute();
  await db.schema.dropTable('employer_contacts').execute();
  await db.schema.dropTable('employers').execute();
}
