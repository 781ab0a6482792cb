import type { ListGridsQuery, RegionScope } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, inScope } from '../../db/scope.ts';
import type { GridRow, GridRowUpdate, NewGridRow } from './grids.table.ts';

export type GridWithNames = GridRow & { village_name: string; responsible_staff_name: string | null };

function gridsWithNames(db: Executor<Database>) {
  return db
    .selectFrom('grids')
    .innerJoin('regions as village', 'village.code', 'grids.village_code')
    .leftJoin('staff', 'staff.id', 'grids.responsible_staff_id')
    .selectAll('grids')
    .select(['village.name as village_name', 'staff.display_name as responsible_staff_name']);
}

/** Grids are seen at their village's level: a grid scope sees its own grid only. */
function gridScope(scope: RegionScope) {
  return scope.level === 'grid' ? inScope({ ...scope, level: 'village' }, 'grids') : inScope(scope, 'grids');
}

export async function findGridById(db: Executor<Database>, scope: RegionScope, id: string): Promise<GridWithNames | undefined> {
  return gridsWithNames(db)
    .where('grids.id', '=', id)
    .where(gridScope(scope))
    .$if(scope.level === 'grid', (qb) => qb.where('grids.code', '=', scope.gridCode ?? ''))
    .executeTakeFirst();
}

/** Unscoped lookup by code, for placing staff and for the uniqueness of codes. */
export async function findGridByCode(db: Executor<Database>, code: string): Promise<GridRow | undefined> {
  return db.selectFrom('grids').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function selectGridPage(
  db: Kysely<Database>,
  scope: RegionScope,
  query: ListGridsQuery,
): Promise<{ rows: GridWithNames[]; total: number }> {
  const filtered = db
    .selectFrom('grids')
    .where(gridScope(scope))
    .$if(scope.level === 'grid', (qb) => qb.where('grids.code', '=', scope.gridCode ?? ''))
    .$if(query.villageCode !== undefined, (qb) => qb.where('grids.village_code', '=', query.villageCode as string))
    .$if(query.townCode !== undefined, (qb) => qb.where('grids.town_code', '=', query.townCode as string))
    .$if(query.isActive !== undefined, (qb) => qb.where('grids.is_active', '=', query.isActive ? 1 : 0));
  const [ids, count] = await Promise.all([
    filtered
      .select('grids.id')
      .orderBy('grids.code')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  if (ids.length === 0) return { rows: [], total: Number(count.n) };
  const rows = await gridsWithNames(db)
    .where(
      'grids.id',
      'in',
      ids.map((row) => row.id),
    )
    .orderBy('grids.code')
    .execute();
  return { rows, total: Number(count.n) };
}

/** Active grids for the region tree. */
export async function selectActiveGridNodes(
  db: Kysely<Database>,
  scope: RegionScope,
): Promise<Pick<GridRow, 'code' | 'name' | 'village_code'>[]> {
  return db
    .selectFrom('grids')
    .select(['code', 'name', 'village_code'])
    .where(gridScope(scope))
    .where('is_active', '=', 1)
    .orderBy('code')
    .execute();
}

export async function selectGridNames(db: Executor<Database>, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('grids')
    .select(['code', 'name'])
    .where('code', 'in', [...codes])
    .execute();
  return new Map(rows.map((row) => [row.code, row.name]));
}

/**
 * Whether a staff member is active and within the scope: a grid's responsible worker. A read of the
 * accounts module's table, like the join that gives the responsible worker's name.
 */
export async function isActiveStaffInScope(db: Executor<Database>, scope: RegionScope, staffId: string): Promise<boolean> {
  const row = await db
    .selectFrom('staff')
    .select('id')
    .where('id', '=', staffId)
    .where('is_active', '=', 1)
    .where(inScope(scope, 'staff', { hasGrid: true }))
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertGrid(trx: Executor<Database>, row: NewGridRow): Promise<void> {
  await trx.insertInto('grids').values(row).execute();
}

export async function updateGridAtVersion(
  trx: Executor<Database>,
  scope: RegionScope,
  id: string,
  version: number,
  patch: GridRowUpdate,
): Promise<boolean> {
  const result = await trx
    .updateTable('grids')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where(gridScope(scope))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
