import type { TicketWithChain } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchTicket(id: string, signal?: AbortSignal): Promise<TicketWithChain> {
  return api.get<TicketWithChain>(`/tickets/${encodeURIComponent(id)}`, undefined, { signal });
}

export const ticketQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...resourceKeys.tickets, 'detail', id], queryFn: ({ signal }) => fetchTicket(id, signal) });

export function useTicket(id: string) {
  return useQuery(ticketQueryOptions(id));
}
