import { createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A signed checkpoint of the audit chain: how many rows it had, the hash of its last row and the
 * row from which it is keyed, at a moment. Appended as one JSON line to a file outside the data
 * directory, so that rewriting the database cannot rewrite what the checkpoints say: a cut tail, a
 * chain emptied, or a chain re-hashed under another key no longer matches the latest checkpoint.
 */
export interface Checkpoint {
  seq: number;
  head: string;
  keyedFromSeq: number;
  at: string;
}

const PREFIX = 'jobcircle-audit-checkpoint v1';
/** DER header of a PKCS #8 Ed25519 private key; the 32-byte seed follows it. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export interface CheckpointSigner {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** The Ed25519 key pair from its 32-byte seed (base64), as kept in keys.json or AUDIT_SIGNING_KEY. */
export function checkpointSignerFrom(seedBase64: string): CheckpointSigner {
  const seed = Buffer.from(seedBase64, 'base64');
  if (seed.length !== 32) throw new Error('AUDIT_SIGNING_KEY must be 32 bytes, base64-encoded');
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

function signedText(checkpoint: Checkpoint): Buffer {
  return Buffer.from(`${PREFIX}|${checkpoint.seq}|${checkpoint.head}|${checkpoint.keyedFromSeq}|${checkpoint.at}`);
}

/** Pure: one line of the checkpoint file (JSON, ending in a newline). */
export function checkpointLine(checkpoint: Checkpoint, signer: CheckpointSigner): string {
  const sig = sign(null, signedText(checkpoint), signer.privateKey).toString('base64');
  return `${JSON.stringify({ ...checkpoint, sig })}\n`;
}

export type CheckpointReading =
  | { ok: true; latest: Checkpoint | null; count: number }
  /** A line that does not parse or whose signature is not ours: the file was written by someone else. */
  | { ok: false; badLine: number };

/**
 * Pure: reads a checkpoint file's text. Every line must carry a valid signature; the latest
 * checkpoint is the one covering the most rows (the file only grows, so it is also the last).
 */
export function readCheckpoints(text: string, publicKey: KeyObject): CheckpointReading {
  let latest: Checkpoint | null = null;
  let count = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim();
    if (!line) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return { ok: false, badLine: i + 1 };
    }
    const candidate = parsed as Partial<Checkpoint & { sig: string }>;
    if (
      typeof candidate.seq !== 'number' ||
      typeof candidate.head !== 'string' ||
      typeof candidate.keyedFromSeq !== 'number' ||
      typeof candidate.at !== 'string' ||
      typeof candidate.sig !== 'string'
    ) {
      return { ok: false, badLine: i + 1 };
    }
    const checkpoint: Checkpoint = { seq: candidate.seq, head: candidate.head, keyedFromSeq: candidate.keyedFromSeq, at: candidate.at };
    if (!verify(null, signedText(checkpoint), publicKey, Buffer.from(candidate.sig, 'base64'))) return { ok: false, badLine: i + 1 };
    count += 1;
    if (!latest || checkpoint.seq >= latest.seq) latest = checkpoint;
  }
  return { ok: true, latest, count };
}

/** The checkpoint file, read (absent = no checkpoint yet) and appended to (owner-only, 0600). */
export function createCheckpointFile(file: string, signer: CheckpointSigner) {
  return {
    file,
    read(): CheckpointReading {
      if (!existsSync(file)) return { ok: true, latest: null, count: 0 };
      return readCheckpoints(readFileSync(file, 'utf8'), signer.publicKey);
    },
    append(checkpoint: Checkpoint): void {
      mkdirSync(path.dirname(file), { recursive: true });
      appendFileSync(file, checkpointLine(checkpoint, signer), { mode: 0o600 });
    },
  };
}
export type CheckpointFile = ReturnType<typeof createCheckpointFile>;
