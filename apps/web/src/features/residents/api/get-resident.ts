import type { Resident } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

/** Opening a file is audited by the API: the query is not refetched on window focus. */
export function fetchResident(id: string, signal?: AbortSignal): Promise<Resident> {
  return api.get<Resident>(`/residents/${encodeURIComponent(id)}`, undefined, { signal });
}

/** The key part every resident's file shares (a change to one file can show in another: households). */
export const residentDetailsKey = [...resourceKeys.residents, 'detail'] as const;

export const residentQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...residentDetailsKey, id],
    queryFn: ({ signal }) => fetchResident(id, signal),
    refetchOnWindowFocus: false,
    staleTime: 60_000,
  });

export function useResident(id: string) {
  return useQuery(residentQueryOptions(id));
}
