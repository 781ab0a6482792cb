import type { ListResidentsQuery, Page, ResidentSummary } from '@jobcircle/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { resourceKeys } from '../query-keys.ts';

export type ResidentSearch = Pick<Partial<ListResidentsQuery>, 'q' | 'last4'>;

export function searchResidents(query: ResidentSearch, signal?: AbortSignal): Promise<Page<ResidentSummary>> {
  return api.get<Page<ResidentSummary>>('/residents', { ...query, pageSize: 8 }, { signal });
}

/** The desk's look-up: by a name (or pinyin initials) or the last four of the ID number or mobile. */
export const residentSearchQueryOptions = (query: ResidentSearch) =>
  queryOptions({
    queryKey: [...resourceKeys.residents, 'list', { ...query, pageSize: 8 }],
    queryFn: ({ signal }) => searchResidents(query, signal),
    placeholderData: keepPreviousData,
  });

export function useResidentSearch(query: ResidentSearch) {
  return useQuery({ ...residentSearchQueryOptions(query), enabled: Boolean(query.q || query.last4) });
}
