import { type Kysely, sql } from 'kysely';

// Frozen in time: imports nothing from the app (ARCHITECTURE §3). The service desk's flows:
// first-inquiry tickets (首问责任), appointments (预约), ratings and complaints (群众监督).
type Builder = ReturnType<Kysely<any>['schema']['createTable']>;

function withRegion(table: Builder): Builder {
  return table
    .addColumn('district_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('town_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('village_code', 'text', (c) => c.references('regions.code'));
}

async function index(db: Kysely<any>, table: string, columns: string[]): Promise<void> {
  await db.schema
    .createIndex(`${table}_${columns.join('_')}_idx`)
    .on(table)
    .columns(columns)
    .execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ticket_item_deadlines')
    .addColumn('item_no', 'integer', (c) => c.primaryKey())
    .addColumn('working_days', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('staff.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('ticket_item_deadlines_item_no_check', sql`item_no between 1 and 25`)
    .addCheckConstraint('ticket_item_deadlines_working_days_check', sql`working_days between 1 and 60`)
    .execute();
  await index(db, 'ticket_item_deadlines', ['updated_by']);

  await withRegion(
    db.schema
      .createTable('tickets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('receipt_code', 'text', (c) => c.notNull().unique())
      .addColumn('item_no', 'integer', (c) => c.notNull())
      .addColumn('resident_id', 'text', (c) => c.references('residents.id'))
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('received_by_staff_id', 'text', (c) => c.notNull().references('staff.id'))
      .addColumn('owner_staff_id', 'text', (c) => c.references('staff.id'))
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('due_date', 'text', (c) => c.notNull())
      .addColumn('escalation_level', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('resolution', 'text')
      .addColumn('resolved_at', 'text')
      .addColumn('resolved_by_staff_id', 'text', (c) => c.references('staff.id'))
      .addColumn('service_record_id', 'text', (c) => c.references('service_records.id'))
      .addColumn('reopen_count', 'integer', (c) => c.notNull().defaultTo(0)),
  )
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('tickets_item_no_check', sql`item_no between 1 and 25`)
    .execute();
  // "My open tickets, overdue first" and the site and region lists read by (…, state, due_date).
  await index(db, 'tickets', ['owner_staff_id', 'state', 'due_date']);
  await index(db, 'tickets', ['site_id', 'state', 'due_date']);
  await index(db, 'tickets', ['town_code', 'state', 'due_date']);
  await index(db, 'tickets', ['village_code', 'state', 'due_date']);
  await index(db, 'tickets', ['district_code', 'state', 'due_date']);
  await index(db, 'tickets', ['resident_id']);
  await index(db, 'tickets', ['received_by_staff_id']);
  await index(db, 'tickets', ['resolved_by_staff_id']);
  await index(db, 'tickets', ['service_record_id']);

  await db.schema
    .createTable('ticket_handovers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by_staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('from_staff_id', 'text', (c) => c.references('staff.id'))
    .addColumn('from_site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('to_staff_id', 'text', (c) => c.references('staff.id'))
    .addColumn('to_site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addUniqueConstraint('ticket_handovers_ticket_id_seq_key', ['ticket_id', 'seq'])
    .execute();
  await index(db, 'ticket_handovers', ['by_staff_id']);
  await index(db, 'ticket_handovers', ['from_staff_id']);
  await index(db, 'ticket_handovers', ['from_site_id']);
  await index(db, 'ticket_handovers', ['to_staff_id']);
  await index(db, 'ticket_handovers', ['to_site_id']);

  await withRegion(
    db.schema
      .createTable('appointment_slot_rules')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('staff_id', 'text', (c) => c.references('staff.id'))
      .addColumn('item_no', 'integer')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('weekdays', 'text', (c) => c.notNull())
      .addColumn('start_time', 'text', (c) => c.notNull())
      .addColumn('end_time', 'text', (c) => c.notNull())
      .addColumn('slot_minutes', 'integer', (c) => c.notNull())
      .addColumn('capacity', 'integer', (c) => c.notNull())
      .addColumn('valid_from', 'text', (c) => c.notNull())
      .addColumn('valid_to', 'text')
      .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_by', 'text', (c) => c.notNull().references('staff.id')),
  )
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await index(db, 'appointment_slot_rules', ['site_id']);
  await index(db, 'appointment_slot_rules', ['staff_id']);
  await index(db, 'appointment_slot_rules', ['created_by']);
  await index(db, 'appointment_slot_rules', ['town_code']);
  await index(db, 'appointment_slot_rules', ['village_code']);
  await index(db, 'appointment_slot_rules', ['district_code']);

  await db.schema
    .createTable('appointment_slots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rule_id', 'text', (c) => c.notNull().references('appointment_slot_rules.id'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('booked', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('appointment_slots_rule_id_starts_at_key', ['rule_id', 'starts_at'])
    // The last guard: whatever the code does, a slot never holds more bookings than places.
    .addCheckConstraint('appointment_slots_booked_check', sql`booked >= 0 and booked <= capacity`)
    .execute();

  await withRegion(
    db.schema
      .createTable('appointments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('slot_id', 'text', (c) => c.notNull().references('appointment_slots.id'))
      .addColumn('rule_id', 'text', (c) => c.notNull().references('appointment_slot_rules.id'))
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('staff_id', 'text', (c) => c.references('staff.id'))
      .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id'))
      .addColumn('item_no', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('ends_at', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('reminder_state', 'text', (c) => c.notNull())
      .addColumn('booked_by_staff_id', 'text', (c) => c.notNull().references('staff.id'))
      .addColumn('checked_in_at', 'text')
      .addColumn('cancelled_at', 'text')
      .addColumn('service_record_id', 'text', (c) => c.references('service_records.id')),
  )
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await index(db, 'appointments', ['slot_id']);
  // A resident holds at most one booked place of a slot (a double click books once).
  await db.schema
    .createIndex('appointments_slot_id_resident_id_booked_key')
    .on('appointments')
    .columns(['slot_id', 'resident_id'])
    .unique()
    .where(sql.ref('state'), '=', sql.lit('booked'))
    .execute();
  await index(db, 'appointments', ['rule_id']);
  await index(db, 'appointments', ['site_id', 'starts_at']);
  await index(db, 'appointments', ['staff_id', 'starts_at']);
  await index(db, 'appointments', ['resident_id']);
  await index(db, 'appointments', ['booked_by_staff_id']);
  await index(db, 'appointments', ['service_record_id']);
  await index(db, 'appointments', ['town_code', 'starts_at']);
  await index(db, 'appointments', ['village_code', 'starts_at']);
  await index(db, 'appointments', ['district_code', 'starts_at']);

  await withRegion(
    db.schema
      .createTable('feedback_links')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('service_record_id', 'text', (c) => c.notNull().unique().references('service_records.id'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('item_no', 'integer', (c) => c.notNull())
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
      .addColumn('service_at', 'text', (c) => c.notNull())
      .addColumn('issued_by', 'text', (c) => c.notNull().references('staff.id'))
      .addColumn('issued_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('rating', 'integer')
      .addColumn('comment', 'text')
      .addColumn('rated_at', 'text'),
  )
    .addCheckConstraint('feedback_links_rating_check', sql`rating is null or rating between 1 and 5`)
    .execute();
  // Figures per site and per staff member over a period of ratings.
  await index(db, 'feedback_links', ['site_id', 'rated_at']);
  await index(db, 'feedback_links', ['staff_id', 'rated_at']);
  await index(db, 'feedback_links', ['issued_by']);
  await index(db, 'feedback_links', ['town_code', 'rated_at']);
  await index(db, 'feedback_links', ['village_code']);
  await index(db, 'feedback_links', ['district_code', 'rated_at']);

  await withRegion(
    db.schema
      .createTable('complaints')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('staff_id', 'text', (c) => c.references('staff.id'))
      .addColumn('service_record_id', 'text', (c) => c.references('service_records.id'))
      .addColumn('resident_id', 'text', (c) => c.references('residents.id'))
      .addColumn('content', 'text', (c) => c.notNull())
      .addColumn('handler_staff_id', 'text', (c) => c.notNull().references('staff.id'))
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('deadline', 'text', (c) => c.notNull())
      .addColumn('reply', 'text')
      .addColumn('replied_at', 'text')
      .addColumn('closed_at', 'text')
      .addColumn('reopen_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_by', 'text', (c) => c.notNull().references('staff.id')),
  )
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await index(db, 'complaints', ['site_id']);
  await index(db, 'complaints', ['staff_id']);
  await index(db, 'complaints', ['service_record_id']);
  await index(db, 'complaints', ['resident_id']);
  await index(db, 'complaints', ['handler_staff_id', 'state']);
  await index(db, 'complaints', ['created_by']);
  await index(db, 'complaints', ['town_code', 'created_at']);
  await index(db, 'complaints', ['village_code']);
  await index(db, 'complaints', ['district_code', 'created_at']);

  await db.schema
    .createTable('complaint_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('complaint_id', 'text', (c) => c.notNull().references('complaints.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('text', 'text')
    .execute();
  await index(db, 'complaint_events', ['complaint_id', 'at']);
  await index(db, 'complaint_events', ['staff_id']);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'complaint_events',
    'complaints',
    'feedback_links',
    'appointments',
    'appointment_slots',
    'appointment_slot_rules',
    'ticket_handovers',
    'tickets',
    'ticket_item_deadlines',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
