import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { SessionRow, SessionsTable, SignInThrottleRow } from './auth.table.ts';

export async function insertSession(trx: Executor<Database>, row: SessionsTable): Promise<void> {
  await trx.insertInto('sessions').values(row).execute();
}

export async function findSession(db: Kysely<Database>, id: string): Promise<SessionRow | undefined> {
  return db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function touchSession(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function deleteSession(db: Executor<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfStaff(trx: Executor<Database>, staffId: string): Promise<void> {
  await trx.deleteFrom('sessions').where('staff_id', '=', staffId).execute();
}

export async function findThrottle(db: Executor<Database>, username: string): Promise<SignInThrottleRow | undefined> {
  return db.selectFrom('sign_in_throttle').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function selectThrottles(db: Executor<Database>, usernames: readonly string[]): Promise<SignInThrottleRow[]> {
  if (usernames.length === 0) return [];
  return db
    .selectFrom('sign_in_throttle')
    .selectAll()
    .where('username', 'in', [...usernames])
    .execute();
}

export async function upsertThrottle(trx: Executor<Database>, row: SignInThrottleRow): Promise<void> {
  await trx
    .insertInto('sign_in_throttle')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('username')
        .doUpdateSet({ failed_count: row.failed_count, locked_until: row.locked_until, last_failed_at: row.last_failed_at }),
    )
    .execute();
}

export async function deleteThrottle(trx: Executor<Database>, username: string): Promise<void> {
  await trx.deleteFrom('sign_in_throttle').where('username', '=', username).execute();
}
