import type { App } from '../../platform/route-types.ts';
import { ticketsRoutes } from './tickets.routes.ts';
import { type EscalatePayload, TICKET_ESCALATE_TASK, type TicketsService } from './tickets.service.ts';

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
  tasks.handle(TICKET_ESCALATE_TASK, (payload, run) => tickets.escalate(payload as unknown as EscalatePayload, run.now));
}
