import type { Kysely } from 'kysely';

// Frozen in time: imports nothing from the app (ARCHITECTURE §3). Every resident-level table carries
// the district, town and village codes, so the data can be sharded by area.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('residents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('town_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('village_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('grid_code', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    // ID number: AES-256-GCM cipher text, keyed blind index (unique), masked form and last four.
    .addColumn('id_number_cipher', 'text', (c) => c.notNull())
    .addColumn('id_number_blind', 'text', (c) => c.notNull().unique())
    .addColumn('id_number_masked', 'text', (c) => c.notNull())
    .addColumn('id_number_last4', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('is_chongming_id', 'integer', (c) => c.notNull())
    .addColumn('mobile_cipher', 'text')
    .addColumn('mobile_blind', 'text')
    .addColumn('mobile_masked', 'text')
    .addColumn('mobile_last4', 'text')
    .addColumn('hukou_type', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('education', 'text', (c) => c.notNull())
    .addColumn('occupations', 'text', (c) => c.notNull())
    .addColumn('skills', 'text', (c) => c.notNull())
    .addColumn('certificates', 'text', (c) => c.notNull())
    .addColumn('has_disability', 'integer', (c) => c.notNull())
    .addColumn('health_note', 'text')
    .addColumn('household_id', 'text')
    .addColumn('household_relation', 'text')
    .addColumn('employment_status', 'text', (c) => c.notNull())
    .addColumn('job_intention', 'text')
    .addColumn('consent_channel', 'text', (c) => c.notNull())
    .addColumn('consent_date', 'text', (c) => c.notNull())
    .addColumn('merged_into_id', 'text', (c) => c.references('residents.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  for (const column of [
    'district_code',
    'town_code',
    'village_code',
    'grid_code',
    'name',
    'id_number_last4',
    'mobile_last4',
    'mobile_blind',
    'employment_status',
    'household_id',
    'merged_into_id',
    'updated_at',
  ]) {
    await db.schema.createIndex(`residents_${column}_idx`).on('residents').column(column).execute();
  }
  await db.schema.createIndex('residents_duplicate_idx').on('residents').columns(['name', 'birth_date', 'village_code']).execute();

  // Name search by fragment: every one- and two-character piece of a name, so a 1–2-character
  // query is an index lookup and a longer one starts from its first two characters (LIKE confirms).
  await db.schema
    .createTable('resident_name_tokens')
    .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id'))
    .addColumn('token', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('resident_name_tokens_pk', ['token', 'resident_id'])
    .execute();
  await db.schema.createIndex('resident_name_tokens_resident_id_idx').on('resident_name_tokens').column('resident_id').execute();

  await db.schema
    .createTable('resident_key_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id'))
    .addColumn('key_group', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('hardship_category', 'text')
    .addColumn('certifying_org', 'text')
    .execute();
  await db.schema.createIndex('resident_key_groups_resident_id_idx').on('resident_key_groups').column('resident_id').execute();
  await db.schema
    .createIndex('resident_key_groups_key_group_idx')
    .on('resident_key_groups')
    .columns(['key_group', 'resident_id'])
    .execute();

  await db.schema
    .createTable('resident_intention_occupations')
    .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id'))
    .addColumn('occupation_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('resident_intention_occupations_pk', ['resident_id', 'occupation_code'])
    .execute();
  await db.schema
    .createIndex('resident_intention_occupations_code_idx')
    .on('resident_intention_occupations')
    .column('occupation_code')
    .execute();

  await db.schema
    .createTable('employment_status_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('previous_status', 'text')
    .addColumn('effective_date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.references('staff.id'))
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('employment_status_history_resident_id_idx').on('employment_status_history').column('resident_id').execute();
  await db.schema.createIndex('employment_status_history_changed_by_idx').on('employment_status_history').column('changed_by').execute();

  await db.schema
    .createTable('assistance_files')
    .addColumn('resident_id', 'text', (c) => c.primaryKey().references('residents.id'))
    .addColumn('assessment', 'text', (c) => c.notNull())
    .addColumn('classification', 'text', (c) => c.notNull())
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('responsible_staff_id', 'text', (c) => c.references('staff.id'))
    .addColumn('next_follow_up_date', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('assistance_files_responsible_staff_id_idx').on('assistance_files').column('responsible_staff_id').execute();

  await db.schema
    .createTable('resident_timeline')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('staff.id'))
    .execute();
  await db.schema.createIndex('resident_timeline_resident_id_idx').on('resident_timeline').columns(['resident_id', 'at']).execute();
  await db.schema.createIndex('resident_timeline_actor_id_idx').on('resident_timeline').column('actor_id').execute();

  await db.schema
    .createTable('resident_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    // The uploaded file, encrypted: it holds ID numbers. Removed once the import ends.
    .addColumn('file_cipher', 'text')
    // The previewed, validated rows, encrypted: what "accept" writes. Removed once the import ends.
    .addColumn('records_cipher', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('headers', 'text', (c) => c.notNull())
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('total_rows', 'integer', (c) => c.notNull())
    .addColumn('valid_rows', 'integer', (c) => c.notNull())
    .addColumn('new_rows', 'integer', (c) => c.notNull())
    .addColumn('changed_rows', 'integer', (c) => c.notNull())
    .addColumn('unchanged_rows', 'integer', (c) => c.notNull())
    .addColumn('error_count', 'integer', (c) => c.notNull())
    .addColumn('errors', 'text', (c) => c.notNull())
    .addColumn('processed_rows', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('resident_imports_created_by_idx').on('resident_imports').column('created_by').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'resident_imports',
    'resident_timeline',
    'assistance_files',
    'employment_status_history',
    'resident_intention_occupations',
    'resident_key_groups',
    'resident_name_tokens',
    'residents',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
