import type { TicketItemDeadline } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchItemDeadlines(signal?: AbortSignal): Promise<{ items: TicketItemDeadline[] }> {
  return api.get<{ items: TicketItemDeadline[] }>('/ticket-item-deadlines', undefined, { signal });
}

export const itemDeadlinesQueryOptions = () =>
  queryOptions({ queryKey: [...resourceKeys.tickets, 'deadlines'], queryFn: ({ signal }) => fetchItemDeadlines(signal) });

export function useItemDeadlines() {
  return useQuery(itemDeadlinesQueryOptions());
}
