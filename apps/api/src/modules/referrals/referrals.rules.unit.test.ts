import { describe, expect, it } from 'vitest';
import { followUpInstant } from './referrals.rules.ts';

describe('followUpInstant', () => {
  it('is the same day N months later at 09:00 Shanghai time', () => {
    expect(followUpInstant('2026-12-03', 1).toISOString()).toBe('2027-01-03T01:00:00.000Z');
    expect(followUpInstant('2026-11-15', 3).toISOString()).toBe('2027-02-15T01:00:00.000Z');
  });

  it('clamps to the end of a shorter month, leap years included', () => {
    expect(followUpInstant('2026-01-31', 1).toISOString()).toBe('2026-02-28T01:00:00.000Z');
    expect(followUpInstant('2027-11-30', 3).toISOString()).toBe('2028-02-29T01:00:00.000Z');
  });
});
