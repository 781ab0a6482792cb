import { describe, expect, it } from 'vitest';
import { sessionEndsAt, warningLeadMs } from './session-timeout.ts';

const at = (minutes: number) => Date.UTC(2026, 11, 7, 2, 0) + minutes * 60_000;
const far = new Date(at(12 * 60)).toISOString();

describe('the session clock', () => {
  it('ends the idle time after the last answer, counted from a minute earlier', () => {
    expect(sessionEndsAt(at(10), 30, far)).toBe(at(39));
  });

  it('never later than the absolute expiry', () => {
    expect(sessionEndsAt(at(10), 30, new Date(at(20)).toISOString())).toBe(at(20));
  });

  it('a short idle time counts half of it as slack and warns a quarter before', () => {
    expect(sessionEndsAt(at(10), 1, far)).toBe(at(10.5));
    expect(warningLeadMs(1)).toBe(15_000);
    expect(warningLeadMs(30)).toBe(120_000);
  });
});
