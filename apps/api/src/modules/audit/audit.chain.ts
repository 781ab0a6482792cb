import { createHash, createHmac } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields a row's hash covers, in a fixed order. */
export interface ChainedFields {
  seq: number;
  id: string;
  at: string;
  actor_id: string | null;
  actor_username: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  district_code: string | null;
  town_code: string | null;
  village_code: string | null;
  outcome: string;
  ip: string | null;
  request_id: string | null;
  details: string;
}

/**
 * How a row is hashed. Rows from `keyedFromSeq` on are keyed: HMAC-SHA-256 under a key kept outside
 * the database, so whoever can write the database cannot recompute the chain. Rows before it were
 * written before the chain was keyed (plain SHA-256) and are sealed by the first signed checkpoint.
 */
export interface ChainKey {
  key: Buffer;
  keyedFromSeq: number;
}

/**
 * Pure rule: hash = HMAC-SHA-256_key(previous hash ‖ canonical JSON of the row), or SHA-256 of the
 * same for a row written before the chain was keyed (`key` null). Editing any field breaks it.
 */
export function chainHash(prevHash: string, row: ChainedFields, key: Buffer | null): string {
  const canonical = JSON.stringify([
    row.seq,
    row.id,
    row.at,
    row.actor_id,
    row.actor_username,
    row.action,
    row.entity_type,
    row.entity_id,
    row.district_code,
    row.town_code,
    row.village_code,
    row.outcome,
    row.ip,
    row.request_id,
    row.details,
  ]);
  const digest = key ? createHmac('sha256', key) : createHash('sha256');
  return digest.update(prevHash).update('\n').update(canonical).digest('hex');
}

/** The key a row's hash is made with: none for the rows written before the chain was keyed. */
export function keyForSeq(seq: number, chain: ChainKey): Buffer | null {
  return seq >= chain.keyedFromSeq ? chain.key : null;
}

export interface ChainBreak {
  seq: number;
  reason: 'hash_mismatch' | 'link_mismatch' | 'gap';
}

/**
 * Pure rule: walk rows in seq order from `prev` and report the first break — an edited row (its
 * hash no longer matches), a broken link, or a missing row (a gap in seq).
 */
export function findChainBreak(
  rows: readonly (ChainedFields & { prev_hash: string; hash: string })[],
  prev: { seq: number; hash: string },
  chain: ChainKey,
): { break: ChainBreak | null; last: { seq: number; hash: string } } {
  let last = prev;
  for (const row of rows) {
    if (row.seq !== last.seq + 1) return { break: { seq: row.seq, reason: 'gap' }, last };
    if (row.prev_hash !== last.hash) return { break: { seq: row.seq, reason: 'link_mismatch' }, last };
    if (chainHash(row.prev_hash, row, keyForSeq(row.seq, chain)) !== row.hash)
      return { break: { seq: row.seq, reason: 'hash_mismatch' }, last };
    last = { seq: row.seq, hash: row.hash };
  }
  return { break: null, last };
}
