import type { TicketWithChain } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';
import { ticketChanged } from './ticket-cache.ts';

export function takeTicket(id: string): Promise<TicketWithChain> {
  return api.post<TicketWithChain>(`/tickets/${encodeURIComponent(id)}/take`);
}

/** 接手: the first of the site's staff to take a waiting ticket owns it (a second answers 409 TICKET_ALREADY_TAKEN). */
export function useTakeTicket(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => takeTicket(id),
    onSuccess: (ticket) => ticketChanged(queryClient, ticket),
    // Taken by someone else meanwhile: read it again to show who owns it now.
    onError: () => queryClient.invalidateQueries({ queryKey: resourceKeys.tickets }),
  });
}
