import type { OpeningHours, Site } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** The public view of an active site (GET /api/public/sites/:id, no sign-in). */
export type PublicSite = Pick<
  Site,
  'id' | 'kind' | 'publicName' | 'address' | 'lng' | 'lat' | 'zones' | 'serviceItems' | 'contactPhone' | 'townName' | 'villageName'
> & {
  openingHours: OpeningHours;
};

export function fetchPublicSite(id: string, signal?: AbortSignal): Promise<PublicSite> {
  return api.get<PublicSite>(`/public/sites/${encodeURIComponent(id)}`, undefined, { signal, quietAuth: true });
}

export const publicSiteQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['public', 'site', id], queryFn: ({ signal }) => fetchPublicSite(id, signal) });

export function usePublicSite(id: string) {
  return useQuery(publicSiteQueryOptions(id));
}
