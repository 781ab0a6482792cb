import type { Kysely } from 'kysely';

// Frozen in time: imports nothing from the app (ARCHITECTURE §3). Outreach (政策找人, issue 11 §4):
// one task per resident and policy (the unique key makes re-screening create none more), with the
// rule-pack version and result it was created from, the worker assigned by grid, and its state.

async function index(db: Kysely<any>, table: string, columns: string[]): Promise<void> {
  await db.schema
    .createIndex(`${table}_${columns.join('_')}_idx`)
    .on(table)
    .columns(columns)
    .execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('outreach_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('policy_id', 'text', (c) => c.notNull().references('policies.id'))
    .addColumn('version_no', 'integer', (c) => c.notNull())
    .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id'))
    .addColumn('district_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('town_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('village_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('grid_code', 'text')
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('assigned_staff_id', 'text', (c) => c.references('staff.id'))
    .addColumn('note', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('outreach_tasks_resident_policy_uq', ['resident_id', 'policy_id'])
    .addForeignKeyConstraint('outreach_tasks_version_fk', ['policy_id', 'version_no'], 'policy_versions', ['policy_id', 'version_no'])
    .execute();
  await index(db, 'outreach_tasks', ['policy_id', 'state']);
  await index(db, 'outreach_tasks', ['policy_id', 'version_no']);
  await index(db, 'outreach_tasks', ['town_code']);
  await index(db, 'outreach_tasks', ['village_code']);
  await index(db, 'outreach_tasks', ['district_code']);
  await index(db, 'outreach_tasks', ['assigned_staff_id']);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('outreach_tasks').execute();
}
