import type { ListStaffQuery, RegionScope } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, inScope, likeContains } from '../../db/scope.ts';
import { newId } from '../../platform/ids.ts';
import type { NewStaffRow, StaffRow, StaffRowUpdate } from './staff.table.ts';

export type StaffWithSite = StaffRow & { site_name: string | null };

function staffWithSite(db: Executor<Database>) {
  return db.selectFrom('staff').leftJoin('sites', 'sites.id', 'staff.site_id').selectAll('staff').select('sites.name as site_name');
}

export async function findStaffById(db: Executor<Database>, scope: RegionScope, id: string): Promise<StaffWithSite | undefined> {
  return staffWithSite(db)
    .where('staff.id', '=', id)
    .where(inScope(scope, 'staff', { hasGrid: true }))
    .executeTakeFirst();
}

/** Unscoped, for sign-in and for the uniqueness of user names. */
export async function findStaffByUsername(db: Executor<Database>, username: string): Promise<StaffRow | undefined> {
  return db.selectFrom('staff').selectAll().where('username', '=', username).executeTakeFirst();
}

/** Unscoped, for resolving a session to its own staff member. */
export async function findStaffProfile(db: Executor<Database>, id: string): Promise<StaffRow | undefined> {
  return db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function selectStaffPage(
  db: Kysely<Database>,
  scope: RegionScope,
  query: ListStaffQuery,
): Promise<{ rows: StaffWithSite[]; total: number }> {
  const filtered = db
    .selectFrom('staff')
    .leftJoin('sites', 'sites.id', 'staff.site_id')
    .where(inScope(scope, 'staff', { hasGrid: true }))
    .$if(query.role !== undefined, (qb) => qb.where('staff.role', '=', query.role as NonNullable<ListStaffQuery['role']>))
    .$if(query.siteId !== undefined, (qb) => qb.where('staff.site_id', '=', query.siteId as string))
    .$if(query.townCode !== undefined, (qb) => qb.where('staff.town_code', '=', query.townCode as string))
    .$if(query.villageCode !== undefined, (qb) => qb.where('staff.village_code', '=', query.villageCode as string))
    .$if(query.isActive !== undefined, (qb) => qb.where('staff.is_active', '=', query.isActive ? 1 : 0))
    .$if(Boolean(query.q), (qb) =>
      qb.where((eb) =>
        eb.or([
          eb('staff.username', 'like', likeContains(query.q as string)),
          eb('staff.display_name', 'like', likeContains(query.q as string)),
        ]),
      ),
    );
  const sortColumn = (
    { username: 'staff.username', displayName: 'staff.display_name', role: 'staff.role', createdAt: 'staff.created_at' } as const
  )[query.sort];
  const [rows, count] = await Promise.all([
    filtered
      .selectAll('staff')
      .select('sites.name as site_name')
      .orderBy(sortColumn, query.order)
      .orderBy('staff.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function insertStaff(trx: Executor<Database>, row: NewStaffRow): Promise<void> {
  await trx.insertInto('staff').values(row).execute();
  await trx
    .insertInto('staff_password_history')
    .values({ id: newId(), staff_id: row.id, password_hash: row.password_hash, created_at: row.created_at })
    .execute();
}

/** Optimistic update inside the scope; returns whether the row was still at `version`. */
export async function updateStaffAtVersion(
  trx: Executor<Database>,
  scope: RegionScope,
  id: string,
  version: number,
  patch: StaffRowUpdate,
): Promise<boolean> {
  const result = await trx
    .updateTable('staff')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where(inScope(scope, 'staff', { hasGrid: true }))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Sets a new password (hash) and keeps it in the history that forbids reuse. */
export async function updateStaffPassword(
  trx: Executor<Database>,
  id: string,
  passwordHash: string,
  mustChange: boolean,
  at: string,
): Promise<void> {
  await trx
    .updateTable('staff')
    .set({ password_hash: passwordHash, must_change_password: mustChange ? 1 : 0, password_changed_at: at, updated_at: at })
    .where('id', '=', id)
    .execute();
  await trx
    .insertInto('staff_password_history')
    .values({ id: newId(), staff_id: id, password_hash: passwordHash, created_at: at })
    .execute();
}

export async function selectRecentPasswordHashes(db: Executor<Database>, staffId: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('staff_password_history')
    .select('password_hash')
    .where('staff_id', '=', staffId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => row.password_hash);
}

export async function updateLastSignIn(db: Executor<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('staff').set({ last_sign_in_at: at }).where('id', '=', id).execute();
}

/** Active staff of a site by what they count as in the staffing rule. */
export async function countSiteStaff(
  trx: Executor<Database>,
  siteId: string,
): Promise<{ fullTimeCommunityWorkers: number; serviceWorkers: number; volunteers: number }> {
  const rows = await trx
    .selectFrom('staff')
    .select(['position', (eb) => eb.fn.countAll().as('n')])
    .where('site_id', '=', siteId)
    .where('is_active', '=', 1)
    .groupBy('position')
    .execute();
  const count = (position: string) => Number(rows.find((row) => row.position === position)?.n ?? 0);
  return {
    fullTimeCommunityWorkers: count('full_time_community_worker'),
    serviceWorkers: count('service_worker'),
    volunteers: count('volunteer'),
  };
}

export async function countStaff(db: Executor<Database>): Promise<number> {
  const row = await db
    .selectFrom('staff')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function selectStaffDisplayNames(db: Executor<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('staff')
    .select(['id', 'display_name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}
