import type { CreateSiteBody, Site } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function createSite(body: CreateSiteBody): Promise<Site> {
  return api.post<Site>('/sites', body);
}

export function useCreateSite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSite,
    onSuccess: async (site) => {
      queryClient.setQueryData(['sites', 'detail', site.id], site);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['sites'] }),
        queryClient.invalidateQueries({ queryKey: ['service-items'] }),
      ]);
    },
  });
}
