import type { ListTicketsQuery, Page, Ticket } from '@jobcircle/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export type TicketsFilter = Partial<Omit<ListTicketsQuery, 'overdue'>> & { overdue?: 'true' | 'false' | undefined };

export function fetchTickets(query: TicketsFilter, signal?: AbortSignal): Promise<Page<Ticket>> {
  return api.get<Page<Ticket>>('/tickets', query, { signal });
}

export const ticketsQueryOptions = (query: TicketsFilter) =>
  queryOptions({
    queryKey: [...resourceKeys.tickets, 'list', query],
    queryFn: ({ signal }) => fetchTickets(query, signal),
    placeholderData: keepPreviousData,
  });

export function useTickets(query: TicketsFilter) {
  return useQuery(ticketsQueryOptions(query));
}
