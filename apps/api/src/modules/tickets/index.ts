import { z } from 'zod';
import type { App } from '../../platform/route-types.ts';
import { ticketsRoutes } from './tickets.routes.ts';
import { TICKET_ESCALATE_TASK, type TicketsService } from './tickets.service.ts';

const EscalatePayloadSchema = z.object({
  ticketId: z.string(),
  level: z.union([z.literal(1), z.literal(2)]),
  dueDate: z.string(),
  round: z.number().int().min(0),
});

export { createTicketsService, TICKET_ESCALATE_TASK, type TicketsService, type TicketsServiceDeps } from './tickets.service.ts';

/** First-inquiry tickets (首问责任, plan §二.四): receipt codes, ownership, the hand-over chain, due dates, escalation. */
export function registerTickets(app: App, tickets: TicketsService, options: { publicRateLimitPerMinute: number }): void {
  void app.register(ticketsRoutes(tickets, options), { prefix: '/api' });
}

/** The background escalation of overdue tickets, registered with the task runner at composition. */
export function registerTicketTasks(
  tasks: { handle(kind: string, handler: (payload: Record<string, unknown>, run: { now: Date; attempt: number }) => Promise<void>): void },
  tickets: TicketsService,
): void {
  tasks.handle(TICKET_ESCALATE_TASK, (payload, run) => tickets.escalate(EscalatePayloadSchema.parse(payload), run.now));
}
