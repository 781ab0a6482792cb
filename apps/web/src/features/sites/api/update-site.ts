import type { Site, UpdateSiteBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { siteQueryOptions } from '../../../lib/queries/get-site.ts';
import { allSitesQueryOptions, sitesQueryOptions } from '../../../lib/queries/list-sites.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function updateSite(id: string, body: UpdateSiteBody): Promise<Site> {
  return api.patch<Site>(`/sites/${encodeURIComponent(id)}`, body);
}

export function useUpdateSite(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateSiteBody) => updateSite(id, body),
    onSuccess: async (site) => {
      queryClient.setQueryData(siteQueryOptions(site.id).queryKey, site);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: sitesQueryOptions({}).queryKey }),
        queryClient.invalidateQueries({ queryKey: allSitesQueryOptions({}).queryKey }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.serviceItems }),
      ]);
    },
  });
}
