import { randomInt } from 'node:crypto';
import { RECEIPT_CODE_ALPHABET, RECEIPT_CODE_LENGTH, shanghaiInstant, TICKET_TOWN_ESCALATION_WORKING_DAYS } from '@jobcircle/domain';
import { addCalendarDays, addWorkingDays } from '../calendar/index.ts';

/** A fresh receipt code: independent of the ticket's id, drawn from a CSPRNG (29^8 ≈ 5·10^11 codes). */
export function newReceiptCode(draw: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < RECEIPT_CODE_LENGTH; i += 1) code += RECEIPT_CODE_ALPHABET[draw(RECEIPT_CODE_ALPHABET.length)];
  return code;
}

/** The due date: `workingDays` working days after the Shanghai date of receipt. */
export function ticketDueDate(receivedOn: string, workingDays: number): string {
  return addWorkingDays(receivedOn, workingDays);
}

/** Midnight in Shanghai at the start of the calendar day after `date`: the first instant after it. */
export function startOfDayAfter(date: string): Date {
  return shanghaiInstant(addCalendarDays(date, 1));
}

/**
 * When an open ticket goes up a level: to the station head as soon as its due date has passed, to
 * the town when it is still open TICKET_TOWN_ESCALATION_WORKING_DAYS working days after that.
 */
export function escalationTime(dueDate: string, level: 1 | 2): Date {
  return level === 1 ? startOfDayAfter(dueDate) : startOfDayAfter(addWorkingDays(dueDate, TICKET_TOWN_ESCALATION_WORKING_DAYS));
}

/** The idempotency key of one escalation; a re-opened ticket escalates afresh under a new round. */
export function escalationKey(ticketId: string, level: 1 | 2, round: number): string {
  return round === 0 ? `ticket.escalate:${ticketId}:${level}` : `ticket.escalate:${ticketId}:r${round}.${level}`;
}
