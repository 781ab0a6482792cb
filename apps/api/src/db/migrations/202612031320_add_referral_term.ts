import type { Kysely } from 'kysely';

// Frozen in time: imports nothing from the app (ARCHITECTURE §3). A public-welfare post (公益性岗位)
// is held for a term: the referral that placed the person keeps when it ends.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('referrals').addColumn('term_ends_on', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('referrals').dropColumn('term_ends_on').execute();
}
