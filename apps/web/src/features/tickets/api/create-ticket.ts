import type { CreateTicketBody, TicketWithChain } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';
import { ticketQueryOptions } from './get-ticket.ts';

export function createTicket(body: CreateTicketBody): Promise<TicketWithChain> {
  return api.post<TicketWithChain>('/tickets', body);
}

export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTicket,
    onSuccess: async (ticket) => {
      queryClient.setQueryData(ticketQueryOptions(ticket.id).queryKey, ticket);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [...resourceKeys.tickets, 'list'] }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.workbench }),
      ]);
    },
  });
}
