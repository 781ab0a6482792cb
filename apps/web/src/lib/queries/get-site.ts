import type { Site } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { resourceKeys } from '../query-keys.ts';

export function fetchSite(id: string, signal?: AbortSignal): Promise<Site> {
  return api.get<Site>(`/sites/${encodeURIComponent(id)}`, undefined, { signal });
}

export const siteQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...resourceKeys.sites, 'detail', id], queryFn: ({ signal }) => fetchSite(id, signal) });

export function useSite(id: string, enabled = true) {
  return useQuery({ ...siteQueryOptions(id), enabled });
}
