import { describe, expect, it } from 'vitest';
import { afterFailure, errorText } from './tasks.rules.ts';

describe('task retry rule', () => {
  const now = new Date('2026-11-26T02:00:00.000Z');
  it('doubles the delay after each failure and gives up after the last attempt', () => {
    const delays = [1, 2, 3, 4].map((attempt) => {
      const next = afterFailure(attempt, now, { maxAttempts: 5, baseSeconds: 30 });
      return next.state === 'queued' ? (next.runAt.getTime() - now.getTime()) / 1000 : null;
    });
    expect(delays).toEqual([30, 60, 120, 240]);
    expect(afterFailure(5, now, { maxAttempts: 5 })).toEqual({ state: 'failed' });
  });

  it('never waits more than a day', () => {
    const next = afterFailure(30, now, { maxAttempts: 99, baseSeconds: 30 });
    expect(next.state === 'queued' && next.runAt.getTime() - now.getTime()).toBe(86_400_000);
  });

  it('keeps a bounded message', () => {
    expect(errorText(new Error('x'.repeat(900)))).toHaveLength(500);
    expect(errorText('plain')).toBe('plain');
  });
});
