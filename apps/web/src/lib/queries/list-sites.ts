import { type ListSitesQuery, PAGE_SIZE_MAX, type Page, type Site } from '@jobcircle/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { resourceKeys } from '../query-keys.ts';

export type SitesFilter = Partial<ListSitesQuery>;

export function fetchSites(query: SitesFilter, signal?: AbortSignal): Promise<Page<Site>> {
  return api.get<Page<Site>>('/sites', query, { signal });
}

export const sitesQueryOptions = (query: SitesFilter) =>
  queryOptions({
    queryKey: [...resourceKeys.sites, 'list', query],
    queryFn: ({ signal }) => fetchSites(query, signal),
    placeholderData: keepPreviousData,
  });

export function useSites(query: SitesFilter) {
  return useQuery(sitesQueryOptions(query));
}

/** Every site matching a filter (for the map and pickers), read page by page. */
export async function fetchAllSites(query: Omit<SitesFilter, 'page' | 'pageSize'>, signal?: AbortSignal): Promise<Site[]> {
  const sites: Site[] = [];
  for (let page = 1; ; page++) {
    const result = await fetchSites({ ...query, page, pageSize: PAGE_SIZE_MAX }, signal);
    sites.push(...result.items);
    if (sites.length >= result.total || result.items.length === 0) return sites;
  }
}

export const allSitesQueryOptions = (query: Omit<SitesFilter, 'page' | 'pageSize'>) =>
  queryOptions({ queryKey: [...resourceKeys.sites, 'all', query], queryFn: ({ signal }) => fetchAllSites(query, signal) });

export function useAllSites(query: Omit<SitesFilter, 'page' | 'pageSize'>, enabled = true) {
  return useQuery({ ...allSitesQueryOptions(query), enabled });
}
