import type { ListInboxQuery, ListTasksQuery } from '@jobcircle/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, pageWithTotal } from '../../db/scope.ts';
import type { NewNotificationRow, NewTaskRow, NotificationRow, TaskRow, TaskRowUpdate } from './tasks.table.ts';

/** Inserts the task unless one with its key exists (the same key twice is one task). */
export async function insertTaskUnlessKeyed(trx: Executor<Database>, row: NewTaskRow): Promise<void> {
  await trx
    .insertInto('tasks')
    .values(row)
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

/** A task is due when queued and its time has come, or running under a claim that has expired (a crash). */
function dueWhere(now: string) {
  return sql<boolean>`((state = 'queued' and run_at <= ${now}) or (state = 'running' and locked_until < ${now}))`;
}

/**
 * PostgreSQL: claims up to `limit` due tasks in one transaction with FOR UPDATE SKIP LOCKED, so
 * that runners in several processes never take the same task.
 */
export async function claimDueTasksLocked(
  db: Kysely<Database>,
  now: string,
  lockedUntil: string,
  runner: string,
  limit: number,
): Promise<TaskRow[]> {
  return db.transaction().execute(async (trx) => {
    const due = await sql<{
      id: string;
    }>`select id from tasks where ${dueWhere(now)} order by run_at, id limit ${limit} for update skip locked`.execute(trx);
    if (due.rows.length === 0) return [];
    return trx
      .updateTable('tasks')
      .set((eb) => ({ state: 'running', locked_until: lockedUntil, locked_by: runner, attempts: eb('attempts', '+', 1), updated_at: now }))
      .where(
        'id',
        'in',
        due.rows.map((row) => row.id),
      )
      .returningAll()
      .execute();
  });
}

/** The due tasks' ids, oldest first (SQLite: the one process then claims each by a conditional update). */
export async function selectDueTaskIds(db: Executor<Database>, now: string, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('tasks').select('id').where(dueWhere(now)).orderBy('run_at').orderBy('id').limit(limit).execute();
  return rows.map((row) => row.id);
}

/** Claims one task if it is still due; undefined when another runner took it first. */
export async function claimTask(
  db: Executor<Database>,
  id: string,
  now: string,
  lockedUntil: string,
  runner: string,
): Promise<TaskRow | undefined> {
  return db
    .updateTable('tasks')
    .set((eb) => ({ state: 'running', locked_until: lockedUntil, locked_by: runner, attempts: eb('attempts', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .where(dueWhere(now))
    .returningAll()
    .executeTakeFirst();
}

/** Finishes a claimed task, only while this runner still holds the claim. */
export async function finishTask(db: Executor<Database>, id: string, runner: string, patch: TaskRowUpdate): Promise<boolean> {
  const result = await db
    .updateTable('tasks')
    .set(patch)
    .where('id', '=', id)
    .where('locked_by', '=', runner)
    .where('state', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function selectTaskPage(db: Kysely<Database>, query: ListTasksQuery): Promise<{ rows: TaskRow[]; total: number }> {
  const filtered = db
    .selectFrom('tasks')
    .$if(query.state !== undefined, (qb) => qb.where('state', '=', query.state as NonNullable<ListTasksQuery['state']>))
    .$if(query.kind !== undefined, (qb) => qb.where('kind', '=', query.kind as string));
  const rows = await filtered
    .selectAll()
    .select((eb) => eb.fn.countAll().over().as('total_count'))
    .orderBy('run_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return pageWithTotal(rows, query.page, async () =>
    Number((await filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  );
}

/** Inserts the notification unless its key was queued before; returns the id that holds the key. */
export async function insertNotification(trx: Executor<Database>, row: NewNotificationRow): Promise<{ id: string; inserted: boolean }> {
  const inserted = await trx
    .insertInto('notifications')
    .values(row)
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, inserted: true };
  const existing = await trx
    .selectFrom('notifications')
    .select('id')
    .where('key', '=', row.key as string)
    .executeTakeFirstOrThrow();
  return { id: existing.id, inserted: false };
}

export async function findNotification(db: Executor<Database>, id: string): Promise<NotificationRow | undefined> {
  return db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateNotification(
  db: Executor<Database>,
  id: string,
  patch: Partial<Pick<NotificationRow, 'state' | 'reason' | 'sent_at'>>,
): Promise<void> {
  await db.updateTable('notifications').set(patch).where('id', '=', id).execute();
}

/** One staff member's inbox, newest first, with the total and the unread count. */
export async function selectInboxPage(
  db: Kysely<Database>,
  staffId: string,
  query: ListInboxQuery,
): Promise<{ rows: NotificationRow[]; total: number; unread: number }> {
  const mine = db.selectFrom('notifications').where('recipient_staff_id', '=', staffId).where('channel', '=', 'inbox');
  const filtered = query.unreadOnly ? mine.where('read_at', 'is', null) : mine;
  const rows = await filtered
    .selectAll()
    .select((eb) => eb.fn.countAll().over().as('total_count'))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const page = await pageWithTotal(rows, query.page, async () =>
    Number((await filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  );
  const unread = await mine
    .where('read_at', 'is', null)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return { ...page, unread: Number(unread.n) };
}

/** Marks one of the staff member's own inbox messages read; false when it is not theirs. */
export async function markInboxRead(db: Executor<Database>, staffId: string, id: string, at: string): Promise<boolean> {
  const row = await db
    .selectFrom('notifications')
    .select(['id', 'read_at'])
    .where('id', '=', id)
    .where('recipient_staff_id', '=', staffId)
    .where('channel', '=', 'inbox')
    .executeTakeFirst();
  if (!row) return false;
  if (row.read_at === null) await db.updateTable('notifications').set({ read_at: at }).where('id', '=', id).execute();
  return true;
}
