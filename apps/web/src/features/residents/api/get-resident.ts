import type { Resident } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Opening a file is audited by the API: the query is not refetched on window focus. */
export function fetchResident(id: string, signal?: AbortSignal): Promise<Resident> {
  return api.get<Resident>(`/residents/${encodeURIComponent(id)}`, undefined, { signal });
}

export const residentQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['residents', 'detail', id],
    queryFn: ({ signal }) => fetchResident(id, signal),
    refetchOnWindowFocus: false,
    staleTime: 60_000,
  });

export function useResident(id: string) {
  return useQuery(residentQueryOptions(id));
}
