import { randomInt } from 'node:crypto';
import { PASSWORD_RULE_MESSAGES, passwordRuleViolations } from '@jobcircle/domain';
import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/** argon2id, the library's default, with its defaults (19 MiB, t = 2, p = 1: OWASP's recommended minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** 49 000 common passwords (zxcvbn-ts' list, lower case). */
const COMMON_PASSWORDS = new Set(dictionary.passwords);

function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  // "Password123!" is as common as "password": strip the usual decorations too.
  const stripped = lower.replace(/[\d!@#$%^&*.?_-]+$/, '').replace(/^[\d!@#$%^&*.?_-]+/, '');
  return COMMON_PASSWORDS.has(lower) || (stripped.length >= 4 && COMMON_PASSWORDS.has(stripped));
}

/** The messages for a new password's faults, empty when it passes (reuse is checked by the caller). */
export function passwordPolicyMessages(password: string, username: string): string[] {
  const messages = passwordRuleViolations(password, username).map((v) => PASSWORD_RULE_MESSAGES[v]);
  if (isCommonPassword(password)) messages.push(PASSWORD_RULE_MESSAGES.common);
  return messages;
}

const ALPHABETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '#%+=@'];

/** A one-time password that passes the policy: 14 characters, every class, no look-alikes. */
export function generateOneTimePassword(): string {
  // A random draw can, rarely, repeat a character four times or spell a site word: draw again.
  for (;;) {
    const password = drawPassword();
    if (passwordRuleViolations(password).length === 0) return password;
  }
}

function drawPassword(): string {
  const all = ALPHABETS.join('');
  const chars = ALPHABETS.map((alphabet) => alphabet[randomInt(alphabet.length)] as string);
  while (chars.length < 14) chars.push(all[randomInt(all.length)] as string);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}
