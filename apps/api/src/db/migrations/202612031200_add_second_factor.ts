import type { Kysely } from 'kysely';

// Frozen in time: imports nothing from the app (ARCHITECTURE §3).
// Issue 14: the second factor (TOTP + recovery codes, a pending sign-in between the password and
// the code) and the keyed audit chain's start.
export async function up(db: Kysely<any>): Promise<void> {
  // The TOTP secret as field cipher text; confirmed_at is set by the first good code (until then
  // the factor is being enrolled and not asked for); last_step refuses a code used twice.
  await db.schema.alterTable('staff').addColumn('totp_secret', 'text').execute();
  await db.schema.alterTable('staff').addColumn('totp_confirmed_at', 'text').execute();
  await db.schema.alterTable('staff').addColumn('totp_last_step', 'integer').execute();

  await db.schema
    .createTable('staff_recovery_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    // SHA-256 of a 80-bit random code: single use, looked up by its hash.
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('staff_recovery_codes_staff_id_idx').on('staff_recovery_codes').column('staff_id').execute();

  // The password was right, the code is still to come: a short-lived challenge, not a session.
  await db.schema
    .createTable('sign_in_challenges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sign_in_challenges_staff_id_idx').on('sign_in_challenges').column('staff_id').execute();

  // The keyed audit chain starts after the rows already written (they stay SHA-256 and are sealed
  // by the first signed checkpoint); on a new database it starts at row 1.
  await db.schema.alterTable('audit_chain_head').addColumn('keyed_from_seq', 'integer').execute();
  await db
    .updateTable('audit_chain_head')
    .set((eb) => ({ keyed_from_seq: eb('seq', '+', 1) }))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_chain_head').dropColumn('keyed_from_seq').execute();
  await db.schema.dropTable('sign_in_challenges').execute();
  await db.schema.dropTable('staff_recovery_codes').execute();
  await db.schema.alterTable('staff').dropColumn('totp_last_step').execute();
  await db.schema.alterTable('staff').dropColumn('totp_confirmed_at').execute();
  await db.schema.alterTable('staff').dropColumn('totp_secret').execute();
}
