import type { Kysely } from 'kysely';

// Frozen in time: imports nothing from the app (ARCHITECTURE §3).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('town_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('village_code', 'text', (c) => c.references('regions.code'))
    .addColumn('parent_site_id', 'text', (c) => c.references('sites.id'))
    .addColumn('outpost_setting', 'text')
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('lng', 'double precision')
    .addColumn('lat', 'double precision')
    .addColumn('opening_hours', 'text', (c) => c.notNull())
    .addColumn('zones', 'text', (c) => c.notNull())
    .addColumn('managing_unit', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text')
    // Derived by the service from its staff (plan §二.二), stored so that lists can filter on it.
    .addColumn('staffing_status', 'text', (c) => c.notNull())
    .addColumn('full_time_community_workers', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('service_workers', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('volunteers', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sites_district_code_idx').on('sites').column('district_code').execute();
  await db.schema.createIndex('sites_town_code_idx').on('sites').column('town_code').execute();
  await db.schema.createIndex('sites_village_code_idx').on('sites').column('village_code').execute();
  await db.schema.createIndex('sites_parent_site_id_idx').on('sites').column('parent_site_id').execute();

  await db.schema
    .createTable('site_service_items')
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('item_no', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('site_service_items_pk', ['site_id', 'item_no'])
    .execute();
  await db.schema.createIndex('site_service_items_item_no_idx').on('site_service_items').column('item_no').execute();

  await db.schema
    .createTable('staff')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('position', 'text', (c) => c.notNull())
    .addColumn('is_full_time', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('site_id', 'text', (c) => c.references('sites.id'))
    .addColumn('region_level', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('town_code', 'text', (c) => c.references('regions.code'))
    .addColumn('village_code', 'text', (c) => c.references('regions.code'))
    // A grid code is checked by the service; grids reference staff, so no cycle of foreign keys.
    .addColumn('grid_code', 'text')
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('password_changed_at', 'text', (c) => c.notNull())
    .addColumn('last_sign_in_at', 'text')
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('staff_site_id_idx').on('staff').column('site_id').execute();
  await db.schema.createIndex('staff_district_code_idx').on('staff').column('district_code').execute();
  await db.schema.createIndex('staff_town_code_idx').on('staff').column('town_code').execute();
  await db.schema.createIndex('staff_village_code_idx').on('staff').column('village_code').execute();

  await db.schema
    .createTable('staff_password_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id').onDelete('cascade'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('staff_password_history_staff_id_idx').on('staff_password_history').column('staff_id').execute();

  await db.schema
    .createTable('grids')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('town_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('village_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('responsible_staff_id', 'text', (c) => c.references('staff.id'))
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('grids_district_code_idx').on('grids').column('district_code').execute();
  await db.schema.createIndex('grids_town_code_idx').on('grids').column('town_code').execute();
  await db.schema.createIndex('grids_village_code_idx').on('grids').column('village_code').execute();
  await db.schema.createIndex('grids_responsible_staff_id_idx').on('grids').column('responsible_staff_id').execute();

  await db.schema
    .createTable('service_item_details')
    .addColumn('item_no', 'integer', (c) => c.primaryKey())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('how_to_apply', 'text', (c) => c.notNull())
    .addColumn('where_to_check', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('staff.id'))
    .addColumn('updated_at', 'text')
    .execute();
  await db.schema.createIndex('service_item_details_updated_by_idx').on('service_item_details').column('updated_by').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('service_item_details').execute();
  await db.schema.dropTable('grids').execute();
  await db.schema.dropTable('staff_password_history').execute();
  await db.schema.dropTable('staff').execute();
  await db.schema.dropTable('site_service_items').execute();
  await db.schema.dropTable('sites').execute();
}
