import type { AuditLog, AuditOutcome, AuditVerification, ListAuditLogsQuery, Page } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { AnonymousContext, ServiceContext } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { chainHash, findChainBreak, GENESIS_HASH } from './audit.chain.ts';
import { advanceChainHead, findChainHead, insertAuditRow, selectAuditPage, selectAuditRowsAfter } from './audit.repository.ts';
import type { AuditLogRow } from './audit.table.ts';

export interface AuditEntry {
  /** `entity.verb`, e.g. `site.create`, `auth.sign_in`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Where the entity lives, so that a town's admins see its rows. */
  region?: { districtCode: string; townCode?: string | null; villageCode?: string | null };
  outcome?: AuditOutcome;
  /** The user name tried, for sign-ins by no known actor. */
  actorUsername?: string;
  /** Ids and changed field names only: never an ID number, a phone or a password. */
  details?: Record<string, unknown>;
}

function toAuditLog(row: AuditLogRow): AuditLog {
  return {
    id: row.id,
    seq: row.seq,
    at: row.at,
    actorId: row.actor_id,
    actorUsername: row.actor_username,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    townCode: row.town_code,
    villageCode: row.village_code,
    outcome: row.outcome,
    ip: row.ip,
    requestId: row.request_id,
    details: JSON.parse(row.details) as Record<string, unknown>,
  };
}

/** Shanghai's calendar day as UTC bounds. */
function dayStart(date: string): string {
  return new Date(`${date}T00:00:00.000+08:00`).toISOString();
}
function dayEnd(date: string): string {
  return new Date(`${date}T23:59:59.999+08:00`).toISOString();
}

export function createAuditService(deps: { db: Kysely<Database> }) {
  return {
    /** Appends one hash-chained row inside the caller's transaction. */
    async record(trx: Executor<Database>, ctx: ServiceContext | AnonymousContext, entry: AuditEntry): Promise<void> {
      const { seq, prevHash } = await advanceChainHead(trx);
      const fields = {
        seq,
        id: newId(),
        at: ctx.now.toISOString(),
        actor_id: ctx.actor?.staffId ?? null,
        actor_username: ctx.actor?.username ?? entry.actorUsername ?? null,
        action: entry.action,
        entity_type: entry.entityType,
        entity_id: entry.entityId ?? null,
        district_code: entry.region?.districtCode ?? null,
        town_code: entry.region?.townCode ?? null,
        village_code: entry.region?.villageCode ?? null,
        outcome: entry.outcome ?? 'success',
        ip: ctx.ip,
        request_id: ctx.requestId,
        details: JSON.stringify(entry.details ?? {}),
      } as const;
      await insertAuditRow(trx, { ...fields, prev_hash: prevHash, hash: chainHash(prevHash, fields) });
    },

    async listAuditLogs(ctx: ServiceContext, query: ListAuditLogsQuery): Promise<Page<AuditLog>> {
      const { rows, total } = await selectAuditPage(deps.db, ctx.actor.scope, {
        ...query,
        fromAt: query.from ? dayStart(query.from) : undefined,
        toAt: query.to ? dayEnd(query.to) : undefined,
      });
      return { items: rows.map(toAuditLog), total, page: query.page, pageSize: query.pageSize };
    },

    /** Walks the whole chain; a row edited, removed or cut from the end is reported. */
    async verifyChain(): Promise<AuditVerification> {
      let last = { seq: 0, hash: GENESIS_HASH };
      let checked = 0;
      for (;;) {
        const rows = await selectAuditRowsAfter(deps.db, last.seq, 1000);
        if (rows.length === 0) break;
        const result = findChainBreak(rows, last);
        checked += result.last.seq - last.seq;
        if (result.break) return { ok: false, checked, brokenAtSeq: result.break.seq, reason: result.break.reason };
        last = result.last;
      }
      const head = await findChainHead(deps.db);
      if (head.seq !== last.seq || head.hash !== last.hash) {
        return { ok: false, checked, brokenAtSeq: last.seq + 1, reason: 'truncated' };
      }
      return { ok: true, checked, brokenAtSeq: null, reason: null };
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
