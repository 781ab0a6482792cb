import { RECEIPT_CODE_ALPHABET } from '@jobcircle/domain';
import { describe, expect, it } from 'vitest';
import { escalationKey, escalationTime, newReceiptCode, startOfDayAfter, ticketDueDate } from './tickets.rules.ts';

describe('receipt codes', () => {
  it('are 8 characters of the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i += 1) expect(newReceiptCode()).toMatch(new RegExp(`^[${RECEIPT_CODE_ALPHABET}]{8}$`));
    expect(RECEIPT_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('take every character from the random source, not from anything else', () => {
    const draws: number[] = [];
    const code = newReceiptCode((max) => {
      draws.push(max);
      return draws.length % max;
    });
    expect(draws).toEqual(Array(8).fill(RECEIPT_CODE_ALPHABET.length));
    expect(code).toBe(RECEIPT_CODE_ALPHABET.slice(1, 9));
    expect(new Set(Array.from({ length: 500 }, () => newReceiptCode())).size).toBe(500);
  });
});

describe('due dates and escalation times', () => {
  it('count working days across a holiday and a 调休 Saturday', () => {
    expect(ticketDueDate('2026-09-29', 5)).toBe('2026-10-12');
    expect(ticketDueDate('2026-11-26', 5)).toBe('2026-12-03');
    // Received on a Saturday: the count starts on Monday.
    expect(ticketDueDate('2026-11-28', 1)).toBe('2026-11-30');
  });

  it('escalate at the first instant after the due date, then two working days later', () => {
    expect(startOfDayAfter('2026-10-12').toISOString()).toBe('2026-10-12T16:00:00.000Z');
    expect(escalationTime('2026-10-12', 1).toISOString()).toBe('2026-10-12T16:00:00.000Z');
    expect(escalationTime('2026-10-12', 2).toISOString()).toBe('2026-10-14T16:00:00.000Z');
    // Due on Friday 30 Sep → two working days later skips the holiday: 8 and 9 October.
    expect(escalationTime('2026-09-30', 2).toISOString()).toBe('2026-10-09T16:00:00.000Z');
  });

  it('key each escalation by ticket, level and round', () => {
    expect(escalationKey('t1', 1, 0)).toBe('ticket.escalate:t1:1');
    expect(escalationKey('t1', 2, 0)).toBe('ticket.escalate:t1:2');
    expect(escalationKey('t1', 1, 2)).toBe('ticket.escalate:t1:r2.1');
  });
});
