import { describe, expect, it } from 'vitest';
import {
  matchTotp,
  mustEnrolSecondFactor,
  newRecoveryCodes,
  newTotpSecret,
  passwordExpired,
  recoveryCodeHash,
  totpCodeAt,
} from './second-factor.rules.ts';

const NOW = new Date('2026-12-03T02:00:00.000Z');

describe('TOTP', () => {
  it('matches the current code and its neighbours, once each', () => {
    const { secret } = newTotpSecret('alice');
    const code = totpCodeAt(secret, NOW);
    const step = matchTotp(secret, code, NOW, null);
    expect(step).toBe(Math.floor(NOW.getTime() / 30_000));
    expect(matchTotp(secret, code, NOW, step)).toBeNull();
    expect(matchTotp(secret, totpCodeAt(secret, new Date(NOW.getTime() - 30_000)), NOW, null)).toBe((step ?? 0) - 1);
    expect(matchTotp(secret, totpCodeAt(secret, new Date(NOW.getTime() - 120_000)), NOW, null)).toBeNull();
    expect(matchTotp(secret, 'abcdef', NOW, null)).toBeNull();
  });
});

describe('recovery codes', () => {
  it('are ten distinct long codes whose hash ignores case and dashes', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const code = codes[0] as string;
    expect(recoveryCodeHash(code.toUpperCase().replaceAll('-', ' '))).toBe(recoveryCodeHash(code));
  });
});

describe('who must enrol', () => {
  const policy = { roles: ['district_admin', 'town_admin'], demo: true };
  it('district and town admins without a factor; not other roles, not enrolled ones, not demo accounts while the demo runs', () => {
    expect(mustEnrolSecondFactor({ role: 'town_admin', totp_confirmed_at: null, is_demo: 0 }, policy)).toBe(true);
    expect(mustEnrolSecondFactor({ role: 'point_staff', totp_confirmed_at: null, is_demo: 0 }, policy)).toBe(false);
    expect(mustEnrolSecondFactor({ role: 'town_admin', totp_confirmed_at: NOW.toISOString(), is_demo: 0 }, policy)).toBe(false);
    expect(mustEnrolSecondFactor({ role: 'district_admin', totp_confirmed_at: null, is_demo: 1 }, policy)).toBe(false);
    expect(mustEnrolSecondFactor({ role: 'district_admin', totp_confirmed_at: null, is_demo: 1 }, { ...policy, demo: false })).toBe(true);
  });
});

describe('password expiry', () => {
  it('expires after the configured days; 0 never expires', () => {
    const changed = '2026-09-01T00:00:00.000Z';
    expect(passwordExpired(changed, new Date('2026-11-29T00:00:00.000Z'), 90)).toBe(false);
    expect(passwordExpired(changed, new Date('2026-12-01T00:00:00.000Z'), 90)).toBe(true);
    expect(passwordExpired(changed, new Date('2030-01-01T00:00:00.000Z'), 0)).toBe(false);
  });
});
