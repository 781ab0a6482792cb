import type { Kysely } from 'kysely';

// Frozen in time: imports nothing from the app (ARCHITECTURE §3). Policies as dated rule packs
// (issue 11): the policy with its document and validity, every version of its rule pack (never
// rewritten), and the eligibility decisions recorded for residents with the version they used.

async function index(db: Kysely<any>, table: string, columns: string[]): Promise<void> {
  await db.schema
    .createIndex(`${table}_${columns.join('_')}_idx`)
    .on(table)
    .columns(columns)
    .execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('policies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('document_number', 'text', (c) => c.notNull())
    .addColumn('issuing_body', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'text')
    .addColumn('effective_to', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('current_version_no', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text', (c) => c.references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await index(db, 'policies', ['created_by']);

  await db.schema
    .createTable('policy_versions')
    .addColumn('policy_id', 'text', (c) => c.notNull().references('policies.id'))
    .addColumn('version_no', 'integer', (c) => c.notNull())
    /** JSON text of the rule pack (conditions, amounts, period, evidence). */
    .addColumn('rule_pack', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('policy_versions_pk', ['policy_id', 'version_no'])
    .execute();
  await index(db, 'policy_versions', ['created_by']);

  await db.schema
    .createTable('policy_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('policy_id', 'text', (c) => c.notNull())
    .addColumn('version_no', 'integer', (c) => c.notNull())
    .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id'))
    .addColumn('district_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('town_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('village_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('grid_code', 'text')
    .addColumn('judged_on', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    /** JSON text of the per-condition outcomes and the missing evidence, as they were. */
    .addColumn('conditions', 'text', (c) => c.notNull())
    .addColumn('missing_evidence', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('service_record_id', 'text', (c) => c.notNull().references('service_records.id'))
    .addColumn('decided_by', 'text', (c) => c.references('staff.id'))
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint('policy_decisions_version_fk', ['policy_id', 'version_no'], 'policy_versions', ['policy_id', 'version_no'])
    .execute();
  await index(db, 'policy_decisions', ['policy_id', 'version_no']);
  await index(db, 'policy_decisions', ['resident_id', 'decided_at']);
  await index(db, 'policy_decisions', ['town_code']);
  await index(db, 'policy_decisions', ['village_code']);
  await index(db, 'policy_decisions', ['district_code']);
  await index(db, 'policy_decisions', ['service_record_id']);
  await index(db, 'policy_decisions', ['decided_by']);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('policy_decisions').execute();
  await db.schema.dropTable('policy_versions').execute();
  await db.schema.dropTable('policies').execute();
}
