import type { Complaint, ListComplaintsQuery, Page } from '@jobcircle/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export type ComplaintsFilter = Partial<ListComplaintsQuery>;

export function fetchComplaints(query: ComplaintsFilter, signal?: AbortSignal): Promise<Page<Complaint>> {
  return api.get<Page<Complaint>>('/complaints', query, { signal });
}

export const complaintsQueryOptions = (query: ComplaintsFilter) =>
  queryOptions({
    queryKey: [...resourceKeys.complaints, 'list', query],
    queryFn: ({ signal }) => fetchComplaints(query, signal),
    placeholderData: keepPreviousData,
  });

export function useComplaints(query: ComplaintsFilter) {
  return useQuery(complaintsQueryOptions(query));
}
