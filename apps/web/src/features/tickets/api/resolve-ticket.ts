import type { ResolveTicketBody, TicketWithChain } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { ticketChanged } from './ticket-cache.ts';

export function resolveTicket(id: string, body: ResolveTicketBody): Promise<TicketWithChain> {
  return api.post<TicketWithChain>(`/tickets/${encodeURIComponent(id)}/resolve`, body);
}

/** Resolves the ticket; the API records the service in the ledger in the same transaction. */
export function useResolveTicket(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ResolveTicketBody) => resolveTicket(id, body),
    onSuccess: (ticket) => ticketChanged(queryClient, ticket),
  });
}
