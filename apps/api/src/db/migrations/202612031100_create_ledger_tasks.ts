import { type Kysely, sql } from 'kysely';

// Frozen in time: imports nothing from the app (ARCHITECTURE §3). The service ledger, the durable
// task queue and the notification outbox (ARCHITECTURE §9).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('service_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_no', 'integer', (c) => c.notNull())
    .addColumn('resident_id', 'text', (c) => c.references('residents.id'))
    .addColumn('employer_id', 'text', (c) => c.references('employers.id'))
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('style', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer')
    .addColumn('source_module', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('town_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('village_code', 'text', (c) => c.references('regions.code'))
    .addColumn('grid_code', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('service_records_item_no_check', sql`item_no between 1 and 25`)
    .execute();
  // Month totals and the export of a town read (town, period) and need only these columns.
  await db.schema
    .createIndex('service_records_town_at_idx')
    .on('service_records')
    .columns(['town_code', 'at', 'item_no', 'site_id', 'staff_id'])
    .execute();
  await db.schema.createIndex('service_records_village_at_idx').on('service_records').columns(['village_code', 'at']).execute();
  await db.schema.createIndex('service_records_district_at_idx').on('service_records').columns(['district_code', 'at']).execute();
  await db.schema.createIndex('service_records_site_at_idx').on('service_records').columns(['site_id', 'at', 'item_no']).execute();
  await db.schema.createIndex('service_records_staff_at_idx').on('service_records').columns(['staff_id', 'at']).execute();
  await db.schema.createIndex('service_records_resident_at_idx').on('service_records').columns(['resident_id', 'at']).execute();
  await db.schema.createIndex('service_records_employer_id_idx').on('service_records').column('employer_id').execute();
  await db.schema.createIndex('service_records_source_idx').on('service_records').columns(['source_module', 'source_id']).execute();

  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    // The idempotency key: the same key enqueued twice is one task.
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('locked_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The runner's poll: due queued tasks, and running ones whose lock has expired.
  await db.schema.createIndex('tasks_state_run_at_idx').on('tasks').columns(['state', 'run_at']).execute();
  await db.schema.createIndex('tasks_state_locked_until_idx').on('tasks').columns(['state', 'locked_until']).execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Optional idempotency key: a retried task that queues the same message queues it once.
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('recipient_staff_id', 'text', (c) => c.references('staff.id'))
    .addColumn('resident_id', 'text', (c) => c.references('residents.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    // Why it was not sent (no gateway, no phone) or why it failed.
    .addColumn('reason', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('read_at', 'text')
    .addColumn('source_module', 'text')
    .addColumn('source_id', 'text')
    .addColumn('district_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('town_code', 'text', (c) => c.references('regions.code'))
    .addColumn('village_code', 'text', (c) => c.references('regions.code'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('notifications_recipient_staff_idx')
    .on('notifications')
    .columns(['recipient_staff_id', 'created_at'])
    .execute();
  await db.schema.createIndex('notifications_resident_id_idx').on('notifications').column('resident_id').execute();
  await db.schema.createIndex('notifications_source_idx').on('notifications').columns(['source_module', 'source_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notifications').execute();
  await db.schema.dropTable('tasks').execute();
  await db.schema.dropTable('service_records').execute();
}
