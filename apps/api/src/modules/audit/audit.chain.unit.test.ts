import { describe, expect, it } from 'vitest';
import { type ChainedFields, chainHash, findChainBreak, GENESIS_HASH, keyForSeq } from './audit.chain.ts';

const KEY = { key: Buffer.alloc(32, 7), keyedFromSeq: 1 };

function chain(n: number, chainKey = KEY) {
  const rows: (ChainedFields & { prev_hash: string; hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields: ChainedFields = {
      seq,
      id: `id-${seq}`,
      at: '2026-11-26T00:00:00.000Z',
      actor_id: null,
      actor_username: 'admin',
      action: 'site.update',
      entity_type: 'site',
      entity_id: 's',
      district_code: '310151',
      town_code: null,
      village_code: null,
      outcome: 'success',
      ip: '127.0.0.1',
      request_id: 'r',
      details: '{}',
    };
    const hash = chainHash(prev, fields, keyForSeq(seq, chainKey));
    rows.push({ ...fields, prev_hash: prev, hash });
    prev = hash;
  }
  return rows;
}

describe('audit chain', () => {
  it('accepts an intact chain', () => {
    const rows = chain(5);
    expect(findChainBreak(rows, { seq: 0, hash: GENESIS_HASH }, KEY)).toEqual({ break: null, last: { seq: 5, hash: rows[4]?.hash } });
  });

  it.each(['actor_username', 'action', 'details', 'at', 'outcome'] as const)('finds a row whose %s was edited', (field) => {
    const rows = chain(5);
    const row = rows[2];
    if (!row) throw new Error('no row');
    Object.assign(row, { [field]: 'forged' });
    expect(findChainBreak(rows, { seq: 0, hash: GENESIS_HASH }, KEY).break).toEqual({ seq: 3, reason: 'hash_mismatch' });
  });

  it('finds a removed row and a re-hashed forgery that no longer links', () => {
    const rows = chain(5);
    expect(findChainBreak([...rows.slice(0, 2), ...rows.slice(3)], { seq: 0, hash: GENESIS_HASH }, KEY).break).toEqual({
      seq: 4,
      reason: 'gap',
    });
    const forged = chain(5);
    const row = forged[1];
    if (!row) throw new Error('no row');
    row.actor_username = 'forger';
    row.hash = chainHash(row.prev_hash, row, KEY.key);
    expect(findChainBreak(forged, { seq: 0, hash: GENESIS_HASH }, KEY).break).toEqual({ seq: 3, reason: 'link_mismatch' });
  });

  it('refuses a chain recomputed without the key, or under another key', () => {
    const unkeyed = chain(4, { key: KEY.key, keyedFromSeq: 99 });
    expect(findChainBreak(unkeyed, { seq: 0, hash: GENESIS_HASH }, KEY).break).toEqual({ seq: 1, reason: 'hash_mismatch' });
    const rekeyed = chain(4, { key: Buffer.alloc(32, 8), keyedFromSeq: 1 });
    expect(findChainBreak(rekeyed, { seq: 0, hash: GENESIS_HASH }, KEY).break).toEqual({ seq: 1, reason: 'hash_mismatch' });
  });

  it('verifies rows written before the chain was keyed with plain SHA-256, and keyed rows after them', () => {
    const migrated = { key: KEY.key, keyedFromSeq: 3 };
    const rows = chain(5, migrated);
    expect(findChainBreak(rows, { seq: 0, hash: GENESIS_HASH }, migrated).break).toBeNull();
    // The same rows read as if the whole chain were keyed: the legacy rows do not pass.
    expect(findChainBreak(rows, { seq: 0, hash: GENESIS_HASH }, KEY).break).toEqual({ seq: 1, reason: 'hash_mismatch' });
  });
});
