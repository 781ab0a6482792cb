import type { AuditLog, AuditOutcome, AuditVerification, ListAuditLogsQuery, Page } from '@jobcircle/domain';
import { addCalendarDays, shanghaiInstant } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { AnonymousContext, ServiceContext } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { type ChainKey, chainHash, findChainBreak, GENESIS_HASH, keyForSeq } from './audit.chain.ts';
import type { Checkpoint, CheckpointFile } from './audit.checkpoints.ts';
import {
  advanceChainHead,
  findAuditHashAt,
  findChainHead,
  insertAuditRow,
  selectAuditPage,
  selectAuditRowsAfter,
} from './audit.repository.ts';
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
  /** The account that acts when the context has no actor yet (a successful sign-in). */
  actorId?: string;
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
  return shanghaiInstant(date).toISOString();
}
function dayEnd(date: string): string {
  return new Date(shanghaiInstant(addCalendarDays(date, 1)).getTime() - 1).toISOString();
}

function broken(checked: number, brokenAtSeq: number | null, reason: string, checkpoint: Checkpoint | null): AuditVerification {
  return { ok: false, checked, brokenAtSeq, reason, checkpoint: checkpoint ? { seq: checkpoint.seq, at: checkpoint.at } : null };
}

export function createAuditService(deps: {
  db: Kysely<Database>;
  /** The audit chain's HMAC key (base64, 32 bytes), kept outside the database. */
  key: string;
  /** Where signed checkpoints are kept; without it only the keyed chain is checked. */
  checkpoints?: CheckpointFile;
}) {
  const { db } = deps;
  const key = Buffer.from(deps.key, 'base64');
  if (key.length !== 32) throw new Error('AUDIT_KEY must be 32 bytes, base64-encoded');

  /** Walks the rows after `from` to the end; the hash of row `watchSeq` is noted on the way. */
  async function walk(from: { seq: number; hash: string }, chain: ChainKey, watchSeq: number) {
    let last = from;
    let checked = 0;
    let watched: string | undefined;
    for (;;) {
      const rows = await selectAuditRowsAfter(db, last.seq, 1000);
      if (rows.length === 0) break;
      const result = findChainBreak(rows, last, chain);
      checked += result.last.seq - last.seq;
      watched ??= rows.find((row) => row.seq === watchSeq && row.seq <= result.last.seq)?.hash;
      if (result.break) return { checked, last: result.last, break: result.break, watched };
      last = result.last;
    }
    return { checked, last, break: null, watched };
  }

  const service = {
    /** Appends one hash-chained row inside the caller's transaction. */
    async record(trx: Executor<Database>, ctx: ServiceContext | AnonymousContext, entry: AuditEntry): Promise<void> {
      const { seq, prevHash, keyedFromSeq } = await advanceChainHead(trx);
      const fields = {
        seq,
        id: newId(),
        at: ctx.now.toISOString(),
        actor_id: ctx.actor?.staffId ?? entry.actorId ?? null,
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
      const hash = chainHash(prevHash, fields, keyForSeq(seq, { key, keyedFromSeq }));
      await insertAuditRow(trx, { ...fields, prev_hash: prevHash, hash });
    },

    async listAuditLogs(ctx: ServiceContext, query: ListAuditLogsQuery): Promise<Page<AuditLog>> {
      const { rows, total } = await selectAuditPage(db, ctx.actor.scope, {
        ...query,
        fromAt: query.from ? dayStart(query.from) : undefined,
        toAt: query.to ? dayEnd(query.to) : undefined,
      });
      return { items: rows.map(toAuditLog), total, page: query.page, pageSize: query.pageSize };
    },

    /**
     * Walks the whole chain with the key, then holds it against the latest signed checkpoint: an
     * edited, removed or forged row, a chain re-hashed without the key or under another one, a cut
     * tail (even with the head rewritten to match) and an emptied table are all reported.
     */
    async verifyChain(): Promise<AuditVerification> {
      const reading = deps.checkpoints?.read() ?? { ok: true as const, latest: null, count: 0 };
      if (!reading.ok) return broken(0, null, 'checkpoint_forged', null);
      const checkpoint = reading.latest;
      const head = await findChainHead(db);
      // The row the key starts from is part of every checkpoint: moving it would let unkeyed rows pass.
      if (checkpoint && checkpoint.keyedFromSeq !== head.keyedFromSeq) return broken(0, head.keyedFromSeq, 'rekeyed', checkpoint);
      const chain = { key, keyedFromSeq: head.keyedFromSeq };
      const result = await walk({ seq: 0, hash: GENESIS_HASH }, chain, checkpoint?.seq ?? 0);
      if (result.break) return broken(result.checked, result.break.seq, result.break.reason, checkpoint);
      const last = result.last;
      if (checkpoint && last.seq < checkpoint.seq) return broken(result.checked, last.seq + 1, 'truncated', checkpoint);
      if (checkpoint && checkpoint.seq > 0 && result.watched !== checkpoint.head) {
        return broken(result.checked, checkpoint.seq, 'checkpoint_mismatch', checkpoint);
      }
      if (head.seq !== last.seq || head.hash !== last.hash) return broken(result.checked, last.seq + 1, 'truncated', checkpoint);
      return {
        ok: true,
        checked: result.checked,
        brokenAtSeq: null,
        reason: null,
        checkpoint: checkpoint ? { seq: checkpoint.seq, at: checkpoint.at } : null,
      };
    },

    /**
     * Appends a signed checkpoint of the chain as it stands, after checking the rows written since
     * the previous checkpoint (a checkpoint never vouches for a chain that no longer verifies).
     * Returns the checkpoint, or the break that stopped it.
     */
    async writeCheckpoint(now: Date): Promise<{ written: Checkpoint | null; problem: AuditVerification | null }> {
      const file = deps.checkpoints;
      if (!file) return { written: null, problem: null };
      const reading = file.read();
      if (!reading.ok) return { written: null, problem: broken(0, null, 'checkpoint_forged', null) };
      const previous = reading.latest;
      const head = await findChainHead(db);
      if (previous && previous.keyedFromSeq !== head.keyedFromSeq) {
        return { written: null, problem: broken(0, head.keyedFromSeq, 'rekeyed', previous) };
      }
      let from = { seq: 0, hash: GENESIS_HASH };
      if (previous && previous.seq > 0) {
        const hashThen = await findAuditHashAt(db, previous.seq);
        if (hashThen !== previous.head) {
          return { written: null, problem: broken(0, previous.seq, hashThen ? 'checkpoint_mismatch' : 'truncated', previous) };
        }
        from = { seq: previous.seq, hash: previous.head };
      }
      const result = await walk(from, { key, keyedFromSeq: head.keyedFromSeq }, -1);
      if (result.break) return { written: null, problem: broken(result.checked, result.break.seq, result.break.reason, previous) };
      if (head.seq !== result.last.seq || head.hash !== result.last.hash) {
        return { written: null, problem: broken(result.checked, result.last.seq + 1, 'truncated', previous) };
      }
      const checkpoint: Checkpoint = { seq: head.seq, head: head.hash, keyedFromSeq: head.keyedFromSeq, at: now.toISOString() };
      file.append(checkpoint);
      return { written: checkpoint, problem: null };
    },
  };
  return service;
}
export type AuditService = ReturnType<typeof createAuditService>;
