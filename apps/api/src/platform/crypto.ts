import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomFillSync } from 'node:crypto';

/**
 * Field encryption for ID numbers and phones (PIPL §51, 等保 8.1.4.8): AES-256-GCM with a random
 * 96-bit nonce per value, stored as `v1:<base64(nonce ‖ tag ‖ ciphertext)>`; and a keyed blind
 * index (HMAC-SHA-256 with a second key) for exact lookups without decrypting.
 */
export interface FieldCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  blindIndex(plain: string): string;
}

const VERSION = 'v1';

export function decodeKey(base64: string, name: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes, base64-encoded`);
  return key;
}

/**
 * Nonces from the CSPRNG, drawn 4,096 at a time: one small random read per value cost as much as
 * the encryption itself (imports encrypt two fields per row).
 */
function createNonceSource(): () => Buffer {
  const pool = Buffer.alloc(12 * 4096);
  let offset = pool.length;
  return () => {
    if (offset >= pool.length) {
      randomFillSync(pool);
      offset = 0;
    }
    offset += 12;
    return Buffer.from(pool.subarray(offset - 12, offset));
  };
}

export function createFieldCipher(keys: { encryptionKey: string; blindIndexKey: string }): FieldCipher {
  const encryptionKey = decodeKey(keys.encryptionKey, 'ENCRYPTION_KEY');
  const blindIndexKey = decodeKey(keys.blindIndexKey, 'BLIND_INDEX_KEY');
  const nextNonce = createNonceSource();
  return {
    encrypt(plain) {
      const nonce = nextNonce();
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, nonce);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${VERSION}:${Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(stored) {
      const [version, payload] = stored.split(':');
      if (version !== VERSION || !payload) throw new Error('unknown cipher text format');
      const raw = Buffer.from(payload, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    blindIndex(plain) {
      return createHmac('sha256', blindIndexKey).update(plain).digest('hex');
    },
  };
}

export function generateKey(): string {
  return randomBytes(32).toString('base64');
}
