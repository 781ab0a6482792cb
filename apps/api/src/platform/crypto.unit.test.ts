import { describe, expect, it } from 'vitest';
import { createFieldCipher, generateKey } from './crypto.ts';

describe('field cipher', () => {
  const cipher = createFieldCipher({ encryptionKey: generateKey(), blindIndexKey: generateKey() });

  it('round-trips, with a fresh nonce for every value', () => {
    const values = Array.from({ length: 5000 }, () => cipher.encrypt('310230198001010011'));
    expect(new Set(values).size).toBe(values.length);
    expect(new Set(values.map((v) => v.slice(3, 19))).size).toBe(values.length);
    expect(cipher.decrypt(values[4999] as string)).toBe('310230198001010011');
  });

  it('refuses a tampered cipher text and a key that is not its own', () => {
    const stored = cipher.encrypt('13916000000');
    const raw = Buffer.from(stored.slice(3), 'base64');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(() => cipher.decrypt(`v1:${raw.toString('base64')}`)).toThrow();
    const other = createFieldCipher({ encryptionKey: generateKey(), blindIndexKey: generateKey() });
    expect(() => other.decrypt(stored)).toThrow();
  });

  it('gives a stable blind index that depends on the key', () => {
    const other = createFieldCipher({ encryptionKey: generateKey(), blindIndexKey: generateKey() });
    expect(cipher.blindIndex('13916000000')).toBe(cipher.blindIndex('13916000000'));
    expect(cipher.blindIndex('13916000000')).not.toBe(other.blindIndex('13916000000'));
  });
});
