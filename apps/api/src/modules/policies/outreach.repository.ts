import type { ListOutreachQuery, OutreachState, RegionScope } from '@jobcircle/domain';
import { sql } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, inScope } from '../../db/scope.ts';
import type { OutreachTaskRow, OutreachTasksTable } from './policies.table.ts';

// Outreach tasks (政策找人). Read-side exception (README): the assignee is looked up in the
// registry's grids (the responsible worker) and the staff (the village's point worker).

/** Inserts the rows not yet present (one per resident and policy); returns how many were new. */
export async function insertOutreachTasks(db: Executor<Database>, rows: OutreachTasksTable[]): Promise<number> {
  let inserted = 0;
  // 15 columns a row: 60 rows a statement stays under every driver's limit on parameters.
  for (let i = 0; i < rows.length; i += 60) {
    const result = await db
      .insertInto('outreach_tasks')
      .values(rows.slice(i, i + 60))
      .onConflict((oc) => oc.columns(['resident_id', 'policy_id']).doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

/** The (resident, policy) pairs among `residentIds` that already have a task or a recorded decision. */
export async function selectHandledPairs(db: Executor<Database>, residentIds: string[]): Promise<Set<string>> {
  if (residentIds.length === 0) return new Set();
  const tasks = await db
    .selectFrom('outreach_tasks')
    .select(['resident_id', 'policy_id'])
    .where('resident_id', 'in', residentIds)
    .execute();
  const decisions = await db
    .selectFrom('policy_decisions')
    .select(['resident_id', 'policy_id'])
    .where('resident_id', 'in', residentIds)
    .execute();
  return new Set([...tasks, ...decisions].map((row) => `${row.resident_id}:${row.policy_id}`));
}

/** The grids' responsible workers (active grids with an active worker), by grid code. */
export async function selectGridWorkers(db: Executor<Database>, gridCodes: string[]): Promise<Map<string, string>> {
  if (gridCodes.length === 0) return new Map();
  const rows = await db
    .selectFrom('grids')
    .innerJoin('staff', 'staff.id', 'grids.responsible_staff_id')
    .select(['grids.code', 'staff.id'])
    .where('grids.code', 'in', gridCodes)
    .where('grids.is_active', '=', 1)
    .where('staff.is_active', '=', 1)
    .execute();
  return new Map(rows.map((row) => [row.code, row.id]));
}

/** Each village's point worker: the earliest active point-staff account of the village. */
export async function selectVillageWorkers(db: Executor<Database>, villageCodes: string[]): Promise<Map<string, string>> {
  if (villageCodes.length === 0) return new Map();
  const rows = await db
    .selectFrom('staff')
    .select(['id', 'village_code'])
    .where('role', '=', 'point_staff')
    .where('is_active', '=', 1)
    .where('village_code', 'in', villageCodes)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const workers = new Map<string, string>();
  for (const row of rows) if (row.village_code && !workers.has(row.village_code)) workers.set(row.village_code, row.id);
  return workers;
}

export type OutreachTaskWithNames = OutreachTaskRow & {
  policy_name: string;
  resident_name: string;
  assigned_staff_name: string | null;
};

function withNames(db: Executor<Database>, scope: RegionScope) {
  return db
    .selectFrom('outreach_tasks as o')
    .innerJoin('policies as p', 'p.id', 'o.policy_id')
    .innerJoin('residents as r', 'r.id', 'o.resident_id')
    .leftJoin('staff as s', 's.id', 'o.assigned_staff_id')
    .where(inScope(scope, 'o', { hasGrid: true }));
}

export async function selectOutreachPage(
  db: Executor<Database>,
  scope: RegionScope,
  query: Omit<ListOutreachQuery, 'mine'> & { assignedTo?: string },
): Promise<{ rows: OutreachTaskWithNames[]; total: number }> {
  const filtered = withNames(db, scope)
    .$if(query.policyId !== undefined, (qb) => qb.where('o.policy_id', '=', query.policyId as string))
    .$if(query.state !== undefined, (qb) => qb.where('o.state', '=', query.state as OutreachState))
    .$if(query.villageCode !== undefined, (qb) => qb.where('o.village_code', '=', query.villageCode as string))
    .$if(query.assignedTo !== undefined, (qb) => qb.where('o.assigned_staff_id', '=', query.assignedTo as string));
  const count = await filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await filtered
    .selectAll('o')
    .select(['p.name as policy_name', 'r.name as resident_name', 's.display_name as assigned_staff_name'])
    .orderBy('o.created_at', 'desc')
    .orderBy('o.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { rows, total: Number(count.n) };
}

export async function findOutreachTask(db: Executor<Database>, scope: RegionScope, id: string): Promise<OutreachTaskWithNames | undefined> {
  return withNames(db, scope)
    .selectAll('o')
    .select(['p.name as policy_name', 'r.name as resident_name', 's.display_name as assigned_staff_name'])
    .where('o.id', '=', id)
    .executeTakeFirst();
}

export async function updateOutreachAtVersion(
  db: Executor<Database>,
  id: string,
  version: number,
  patch: { state: OutreachState; note: string | null; updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('outreach_tasks')
    .set({ ...patch, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Counts per policy and state in the scope. */
export async function selectFunnelCounts(
  db: Executor<Database>,
  scope: RegionScope,
): Promise<{ policy_id: string; state: OutreachState; n: number }[]> {
  const rows = await db
    .selectFrom('outreach_tasks as o')
    .select(['o.policy_id', 'o.state', (eb) => eb.fn.countAll<number>().as('n')])
    .where(inScope(scope, 'o', { hasGrid: true }))
    .groupBy(['o.policy_id', 'o.state'])
    .execute();
  return rows.map((row) => ({ ...row, n: Number(row.n) }));
}

export interface ExpiringMembership {
  id: string;
  resident_id: string;
  resident_name: string;
  key_group: string;
  valid_to: string;
  district_code: string;
  town_code: string;
  village_code: string;
  grid_code: string | null;
}

/** Key-group memberships ending between `from` and `to` (inclusive), after `afterId` in id order. */
export async function selectExpiringMemberships(
  db: Executor<Database>,
  scope: RegionScope,
  window: { from: string; to: string },
  afterId: string | null,
  limit: number,
): Promise<ExpiringMembership[]> {
  return db
    .selectFrom('resident_key_groups as k')
    .innerJoin('residents as r', 'r.id', 'k.resident_id')
    .select([
      'k.id',
      'k.resident_id',
      'r.name as resident_name',
      'k.key_group',
      'k.valid_to',
      'r.district_code',
      'r.town_code',
      'r.village_code',
      'r.grid_code',
    ])
    .where(inScope(scope, 'r', { hasGrid: true }))
    .where('r.merged_into_id', 'is', null)
    .where('k.valid_to', '>=', window.from)
    .where('k.valid_to', '<=', window.to)
    .$if(afterId !== null, (qb) => qb.where('k.id', '>', afterId as string))
    .orderBy('k.id')
    .limit(limit)
    .execute() as Promise<ExpiringMembership[]>;
}
