import { describe, expect, it } from 'vitest';
import { sessionExpired } from './auth.service.ts';
import { isLockedAt, nextThrottle } from './sign-in-locks.ts';

const policy = { threshold: 5, minutes: 30 };
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 26, 2, minutes));

describe('nextThrottle', () => {
  it('locks on the fifth consecutive failure for thirty minutes', () => {
    let row = nextThrottle(undefined, 'u', at(0), policy);
    for (let i = 2; i <= 4; i++) row = nextThrottle(row, 'u', at(i), policy);
    expect(row.failed_count).toBe(4);
    expect(row.locked_until).toBeNull();
    row = nextThrottle(row, 'u', at(5), policy);
    expect(row.locked_until).toBe(at(35).toISOString());
    expect(isLockedAt(row, at(34))).toBe(true);
    expect(isLockedAt(row, at(35))).toBe(false);
  });

  it('starts a new count after a lock has run out', () => {
    const locked = { username: 'u', failed_count: 5, locked_until: at(30).toISOString(), last_failed_at: at(0).toISOString() };
    const after = nextThrottle(locked, 'u', at(31), policy);
    expect(after.failed_count).toBe(1);
    expect(after.locked_until).toBeNull();
  });
});

describe('sessionExpired', () => {
  const session = { last_seen_at: at(0).toISOString(), absolute_expires_at: at(12 * 60).toISOString() };
  it('keeps a session up to 30 idle minutes and ends it after', () => {
    expect(sessionExpired(session, at(30), 30)).toBe(false);
    expect(sessionExpired(session, new Date(at(30).getTime() + 1000), 30)).toBe(true);
  });
  it('ends a session at its absolute expiry even when active', () => {
    expect(sessionExpired({ ...session, last_seen_at: at(12 * 60 - 1).toISOString() }, at(12 * 60), 30)).toBe(true);
  });
});
