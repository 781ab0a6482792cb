import type { CreateSiteBody, Site } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { siteQueryOptions } from '../../../lib/queries/get-site.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function createSite(body: CreateSiteBody): Promise<Site> {
  return api.post<Site>('/sites', body);
}

export function useCreateSite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSite,
    onSuccess: async (site) => {
      queryClient.setQueryData(siteQueryOptions(site.id).queryKey, site);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: resourceKeys.sites }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.serviceItems }),
      ]);
    },
  });
}
