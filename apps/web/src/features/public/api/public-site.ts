import type { PublicSite } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchPublicSite(id: string, signal?: AbortSignal): Promise<PublicSite> {
  return api.get<PublicSite>(`/public/sites/${encodeURIComponent(id)}`, undefined, { signal, quietAuth: true });
}

export const publicSiteQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...resourceKeys.public, 'site', id], queryFn: ({ signal }) => fetchPublicSite(id, signal) });

/** Not asked for a malformed id (the page answers not found at once). */
export function usePublicSite(id: string, enabled = true) {
  return useQuery({ ...publicSiteQueryOptions(id), enabled });
}
