import type { ContactLog, ListContactLogsQuery, Page } from '@jobcircle/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchContactLogs(id: string, query: Partial<ListContactLogsQuery>, signal?: AbortSignal): Promise<Page<ContactLog>> {
  return api.get<Page<ContactLog>>(`/employers/${encodeURIComponent(id)}/contact-logs`, { ...query }, { signal });
}

/** Newest first (the API's order). */
export const contactLogsQueryOptions = (id: string, query: Partial<ListContactLogsQuery>) =>
  queryOptions({
    queryKey: [...resourceKeys.employers, 'contact-logs', id, query],
    queryFn: ({ signal }) => fetchContactLogs(id, query, signal),
    placeholderData: keepPreviousData,
  });

export function useContactLogs(id: string, query: ListContactLogsQuery) {
  return useQuery(contactLogsQueryOptions(id, query));
}
