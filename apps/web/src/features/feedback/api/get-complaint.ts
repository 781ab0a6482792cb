import type { ComplaintWithEvents } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchComplaint(id: string, signal?: AbortSignal): Promise<ComplaintWithEvents> {
  return api.get<ComplaintWithEvents>(`/complaints/${encodeURIComponent(id)}`, undefined, { signal });
}

export const complaintQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...resourceKeys.complaints, 'detail', id], queryFn: ({ signal }) => fetchComplaint(id, signal) });

export function useComplaint(id: string) {
  return useQuery(complaintQueryOptions(id));
}
