import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import { deleteThrottle, findThrottle, selectThrottles, upsertThrottle } from './auth.repository.ts';
import type { SignInThrottleRow } from './auth.table.ts';

/**
 * Pure rule of the lockout (等保 8.1.4.1b): after `threshold` consecutive failures the name is locked
 * for `minutes`; a failure after a lock has run out starts a new count.
 */
export function nextThrottle(
  current: SignInThrottleRow | undefined,
  username: string,
  now: Date,
  policy: { threshold: number; minutes: number },
): SignInThrottleRow {
  const expired = current?.locked_until != null && current.locked_until <= now.toISOString();
  const failed = (expired || !current ? 0 : current.failed_count) + 1;
  const lockedUntil = failed >= policy.threshold ? new Date(now.getTime() + policy.minutes * 60_000).toISOString() : null;
  return { username, failed_count: failed, locked_until: lockedUntil, last_failed_at: now.toISOString() };
}

export function isLockedAt(row: SignInThrottleRow | undefined, now: Date): boolean {
  return row?.locked_until != null && row.locked_until > now.toISOString();
}

/** Failed sign-ins counted per user name, known or not, so that a lock tells nothing about accounts. */
export function createSignInLocks(deps: { db: Kysely<Database>; config: Pick<Config, 'lockout'> }) {
  const { db, config } = deps;
  return {
    /** When the name is locked, the time the lock ends. */
    async lockedUntil(username: string, now: Date): Promise<string | null> {
      const row = await findThrottle(db, username);
      return isLockedAt(row, now) ? (row?.locked_until ?? null) : null;
    },

    async lockedUsernames(trx: Executor<Database>, usernames: readonly string[], now: Date): Promise<Set<string>> {
      const rows = await selectThrottles(trx, usernames);
      return new Set(rows.filter((row) => isLockedAt(row, now)).map((row) => row.username));
    },

    /**
     * Counts one failure: the lock's end when this failure locked the name, and how many failures
     * are left before it does. The count is kept per name, known or not, so it tells nothing about
     * accounts either.
     */
    async recordFailure(
      trx: Executor<Database>,
      username: string,
      now: Date,
    ): Promise<{ lockedUntil: string | null; remainingAttempts: number; lockMinutes: number }> {
      const next = nextThrottle(await findThrottle(trx, username), username, now, config.lockout);
      await upsertThrottle(trx, next);
      return {
        lockedUntil: next.locked_until,
        remainingAttempts: Math.max(0, config.lockout.threshold - next.failed_count),
        lockMinutes: config.lockout.minutes,
      };
    },

    async clear(trx: Executor<Database>, username: string): Promise<void> {
      await deleteThrottle(trx, username);
    },
  };
}
export type SignInLocks = ReturnType<typeof createSignInLocks>;
