import type { ReopenTicketBody, TicketWithChain } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { ticketChanged } from './ticket-cache.ts';

export function reopenTicket(id: string, body: ReopenTicketBody): Promise<TicketWithChain> {
  return api.post<TicketWithChain>(`/tickets/${encodeURIComponent(id)}/reopen`, body);
}

/** Re-opens a resolved ticket (the resident came back about the same matter), with a reason. */
export function useReopenTicket(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReopenTicketBody) => reopenTicket(id, body),
    onSuccess: (ticket) => ticketChanged(queryClient, ticket),
  });
}
