import type { PageQuery, RegionScope } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, inScope } from '../../db/scope.ts';
import type { AuditLogRow, NewAuditLogRow } from './audit.table.ts';

/** Advances the chain's head and returns the previous one; on PostgreSQL the row lock serialises writers. */
export async function advanceChainHead(trx: Executor<Database>): Promise<{ seq: number; prevHash: string; keyedFromSeq: number }> {
  const head = await trx
    .updateTable('audit_chain_head')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash', 'keyed_from_seq'])
    .executeTakeFirstOrThrow();
  return { seq: Number(head.seq), prevHash: head.hash, keyedFromSeq: Number(head.keyed_from_seq) };
}

export async function insertAuditRow(trx: Executor<Database>, row: NewAuditLogRow): Promise<void> {
  await trx.insertInto('audit_logs').values(row).execute();
  await trx.updateTable('audit_chain_head').set({ hash: row.hash }).where('id', '=', 1).execute();
}

export async function findChainHead(db: Kysely<Database>): Promise<{ seq: number; hash: string; keyedFromSeq: number }> {
  const head = await db
    .selectFrom('audit_chain_head')
    .select(['seq', 'hash', 'keyed_from_seq'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return { seq: Number(head.seq), hash: head.hash, keyedFromSeq: Number(head.keyed_from_seq) };
}

export async function findAuditHashAt(db: Kysely<Database>, seq: number): Promise<string | undefined> {
  const row = await db.selectFrom('audit_logs').select('hash').where('seq', '=', seq).executeTakeFirst();
  return row?.hash;
}

export async function selectAuditRowsAfter(db: Kysely<Database>, afterSeq: number, limit: number): Promise<AuditLogRow[]> {
  const rows = await db.selectFrom('audit_logs').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
  return rows.map((row) => ({ ...row, seq: Number(row.seq) }));
}

export interface AuditFilter extends PageQuery {
  actor?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  /** ISO-8601 UTC bounds, inclusive. */
  fromAt?: string | undefined;
  toAt?: string | undefined;
}

export async function selectAuditPage(
  db: Kysely<Database>,
  scope: RegionScope,
  query: AuditFilter,
): Promise<{ rows: AuditLogRow[]; total: number }> {
  const base = db
    .selectFrom('audit_logs')
    // Rows that name no region (system events, sign-ins under unknown names) belong to the district.
    .where((eb) =>
      scope.level === 'district' ? eb.or([inScope(scope, 'audit_logs'), eb('district_code', 'is', null)]) : inScope(scope, 'audit_logs'),
    )
    .$if(query.actor !== undefined, (qb) => qb.where('actor_username', '=', query.actor as string))
    .$if(query.action !== undefined, (qb) => qb.where('action', '=', query.action as string))
    .$if(query.entityType !== undefined, (qb) => qb.where('entity_type', '=', query.entityType as string))
    .$if(query.entityId !== undefined, (qb) => qb.where('entity_id', '=', query.entityId as string))
    .$if(query.fromAt !== undefined, (qb) => qb.where('at', '>=', query.fromAt as string))
    .$if(query.toAt !== undefined, (qb) => qb.where('at', '<=', query.toAt as string));
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map((row) => ({ ...row, seq: Number(row.seq) })), total: Number(count.n) };
}
