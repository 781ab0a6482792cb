import type { HandOverTicketBody, TicketWithChain } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { ticketChanged } from './ticket-cache.ts';

export function handOverTicket(id: string, body: HandOverTicketBody): Promise<TicketWithChain> {
  return api.post<TicketWithChain>(`/tickets/${encodeURIComponent(id)}/hand-over`, body);
}

/** Hands the ticket to a person or a site, with a reason (the chain grows by one link). */
export function useHandOverTicket(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HandOverTicketBody) => handOverTicket(id, body),
    onSuccess: (ticket) => ticketChanged(queryClient, ticket),
  });
}
