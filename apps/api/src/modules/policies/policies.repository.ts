import type { RegionScope } from '@jobcircle/domain';
import { type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, inScope, likeContains } from '../../db/scope.ts';
import type {
  PoliciesTable,
  PolicyDecisionRow,
  PolicyDecisionsTable,
  PolicyRow,
  PolicyVersionRow,
  PolicyVersionsTable,
} from './policies.table.ts';

export type PolicyWithPack = PolicyRow & { rule_pack: string };

function withCurrentPack(db: Executor<Database>) {
  return db
    .selectFrom('policies as p')
    .innerJoin('policy_versions as v', (join) => join.onRef('v.policy_id', '=', 'p.id').onRef('v.version_no', '=', 'p.current_version_no'))
    .selectAll('p')
    .select('v.rule_pack');
}

/** Policies (district-wide reference data): searched in name, document number and summary; in force on a date. */
export async function selectPolicies(db: Executor<Database>, filters: { q?: string; activeOn?: string }): Promise<PolicyWithPack[]> {
  return withCurrentPack(db)
    .$if(Boolean(filters.q), (qb) => {
      const like = likeContains(filters.q ?? '');
      return qb.where(
        sql<SqlBool>`(p.name like ${like} escape '\\' or p.document_number like ${like} escape '\\' or p.summary like ${like} escape '\\' or p.code like ${like} escape '\\')`,
      );
    })
    .$if(filters.activeOn !== undefined, (qb) => {
      const on = filters.activeOn as string;
      return qb
        .where((eb) => eb.or([eb('p.effective_from', 'is', null), eb('p.effective_from', '<=', on)]))
        .where((eb) => eb.or([eb('p.effective_to', 'is', null), eb('p.effective_to', '>=', on)]));
    })
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
}

export async function findPolicy(db: Executor<Database>, id: string): Promise<PolicyWithPack | undefined> {
  return withCurrentPack(db).where('p.id', '=', id).executeTakeFirst();
}

export async function findPolicyCodes(db: Executor<Database>): Promise<Set<string>> {
  const rows = await db.selectFrom('policies').select('code').execute();
  return new Set(rows.map((row) => row.code));
}

export async function policyCodeTaken(db: Executor<Database>, code: string): Promise<boolean> {
  return (await db.selectFrom('policies').select('id').where('code', '=', code).executeTakeFirst()) !== undefined;
}

export async function insertPolicy(db: Executor<Database>, row: PoliciesTable, first: PolicyVersionsTable): Promise<void> {
  await db.insertInto('policies').values(row).execute();
  await db.insertInto('policy_versions').values(first).execute();
}

export async function updatePolicyAtVersion(
  db: Executor<Database>,
  id: string,
  version: number,
  patch: Partial<Omit<PoliciesTable, 'id' | 'code' | 'created_at' | 'created_by'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('policies')
    .set({ ...patch, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertVersion(db: Executor<Database>, row: PolicyVersionsTable): Promise<void> {
  await db.insertInto('policy_versions').values(row).execute();
}

export type VersionWithName = PolicyVersionRow & { created_by_name: string | null };

export async function selectVersions(db: Executor<Database>, policyId: string): Promise<VersionWithName[]> {
  return db
    .selectFrom('policy_versions as v')
    .leftJoin('staff', 'staff.id', 'v.created_by')
    .selectAll('v')
    .select('staff.display_name as created_by_name')
    .where('v.policy_id', '=', policyId)
    .orderBy('v.version_no', 'desc')
    .execute();
}

export async function findVersion(db: Executor<Database>, policyId: string, versionNo: number): Promise<PolicyVersionRow | undefined> {
  return db
    .selectFrom('policy_versions')
    .selectAll()
    .where('policy_id', '=', policyId)
    .where('version_no', '=', versionNo)
    .executeTakeFirst();
}

export async function insertDecision(db: Executor<Database>, row: PolicyDecisionsTable): Promise<void> {
  await db.insertInto('policy_decisions').values(row).execute();
}

export type DecisionWithName = PolicyDecisionRow & { decided_by_name: string | null };

export async function selectDecisions(
  db: Executor<Database>,
  scope: RegionScope,
  filters: { residentId?: string; id?: string },
): Promise<DecisionWithName[]> {
  return db
    .selectFrom('policy_decisions as d')
    .leftJoin('staff', 'staff.id', 'd.decided_by')
    .selectAll('d')
    .select('staff.display_name as decided_by_name')
    .where(inScope(scope, 'd', { hasGrid: true }))
    .$if(filters.residentId !== undefined, (qb) => qb.where('d.resident_id', '=', filters.residentId as string))
    .$if(filters.id !== undefined, (qb) => qb.where('d.id', '=', filters.id as string))
    .orderBy('d.decided_at', 'desc')
    .orderBy('d.id')
    .execute();
}
