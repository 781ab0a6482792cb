import type { ListResidentsQuery, Page, ResidentSummary } from '@jobcircle/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export type ResidentsFilter = Partial<ListResidentsQuery>;

export function fetchResidents(query: ResidentsFilter, signal?: AbortSignal): Promise<Page<ResidentSummary>> {
  return api.get<Page<ResidentSummary>>('/residents', query, { signal });
}

export const residentsQueryOptions = (query: ResidentsFilter) =>
  queryOptions({
    queryKey: [...resourceKeys.residents, 'list', query],
    queryFn: ({ signal }) => fetchResidents(query, signal),
    placeholderData: keepPreviousData,
  });

export function useResidents(query: ResidentsFilter, enabled = true) {
  return useQuery({ ...residentsQueryOptions(query), enabled });
}
