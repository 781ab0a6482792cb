import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30-second steps. */
const PERIOD_SECONDS = 30;
const ISSUER = '崇心乐业';
export const RECOVERY_CODE_COUNT = 10;
/** How long the step between the password and the code may take. */
export const CHALLENGE_MINUTES = 5;

function totpOf(secretBase32: string, label: string): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secretBase32) });
}

/** A new 160-bit secret (RFC 4226's recommended length) and the otpauth:// URI the QR code carries. */
export function newTotpSecret(username: string): { secret: string; uri: string } {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, uri: totpOf(secret, username).toString() };
}

/**
 * Pure rule: the time step a code matches (one step of clock drift either way), or null. A step at
 * or before `lastStep` was already used: a code is good once (RFC 6238 §5.2).
 */
export function matchTotp(secretBase32: string, code: string, now: Date, lastStep: number | null): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpOf(secretBase32, 'check').validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** The code an authenticator shows at `now` (tests and the e2e helper compute it the same way). */
export function totpCodeAt(secretBase32: string, now: Date): string {
  return totpOf(secretBase32, 'code').generate({ timestamp: now.getTime() });
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten single-use codes of 16 characters (≈ 79 bits each), grouped by four for reading aloud. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(16);
    let code = '';
    for (const byte of bytes) code += RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length];
    return code.match(/.{4}/g)?.join('-') ?? code;
  });
}

/** Codes are random and long, so a plain SHA-256 of the normalised code is enough to store them. */
export function recoveryCodeHash(code: string): string {
  const normalised = code.toLowerCase().replace(/[^a-z0-9]/g, '');
  return createHash('sha256').update(`jobcircle-recovery:${normalised}`).digest('hex');
}

/** Pure rule: the roles that must enrol, unless a demo account while the demo runs. */
export function mustEnrolSecondFactor(
  account: { role: string; totp_confirmed_at: string | null; is_demo: number },
  policy: { roles: readonly string[]; demo: boolean },
): boolean {
  if (account.totp_confirmed_at) return false;
  if (policy.demo && account.is_demo) return false;
  return policy.roles.includes(account.role);
}

/** Pure rule: a password older than `maxAgeDays` must be changed (0 = never expires). */
export function passwordExpired(passwordChangedAt: string, now: Date, maxAgeDays: number): boolean {
  if (maxAgeDays <= 0) return false;
  return now.getTime() - new Date(passwordChangedAt).getTime() > maxAgeDays * 86_400_000;
}
