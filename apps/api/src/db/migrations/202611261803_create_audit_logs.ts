import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Frozen in time: imports nothing from the app (ARCHITECTURE §3).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_logs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull().unique())
    .addColumn('at', 'text', (c) => c.notNull())
    // No foreign keys: an audit row outlives whatever it names.
    .addColumn('actor_id', 'text')
    .addColumn('actor_username', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('district_code', 'text')
    .addColumn('town_code', 'text')
    .addColumn('village_code', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('request_id', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_logs_at_idx').on('audit_logs').column('at').execute();
  await db.schema.createIndex('audit_logs_actor_id_idx').on('audit_logs').column('actor_id').execute();
  await db.schema.createIndex('audit_logs_entity_idx').on('audit_logs').columns(['entity_type', 'entity_id']).execute();
  await db.schema.createIndex('audit_logs_town_code_idx').on('audit_logs').column('town_code').execute();

  // One row holding the chain's head: updating it serialises writers on PostgreSQL too.
  await db.schema
    .createTable('audit_chain_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('audit_chain_head')
    .values({ id: 1, seq: 0, hash: '0'.repeat(64) })
    .execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`create function audit_logs_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_logs is append-only'; end $$`.execute(db);
    await sql`create trigger audit_logs_append_only before update or delete on audit_logs
      for each row execute function audit_logs_append_only()`.execute(db);
  } else {
    await sql`create trigger audit_logs_no_update before update on audit_logs
      begin select raise(abort, 'audit_logs is append-only'); end`.execute(db);
    await sql`create trigger audit_logs_no_delete before delete on audit_logs
      begin select raise(abort, 'audit_logs is append-only'); end`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_chain_head').execute();
  await db.schema.dropTable('audit_logs').execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`drop function audit_logs_append_only()`.execute(db);
  }
}
