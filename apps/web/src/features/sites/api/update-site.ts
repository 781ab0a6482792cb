import type { Site, UpdateSiteBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function updateSite(id: string, body: UpdateSiteBody): Promise<Site> {
  return api.patch<Site>(`/sites/${encodeURIComponent(id)}`, body);
}

export function useUpdateSite(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateSiteBody) => updateSite(id, body),
    onSuccess: async (site) => {
      queryClient.setQueryData(['sites', 'detail', site.id], site);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['sites', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['sites', 'all'] }),
        queryClient.invalidateQueries({ queryKey: ['service-items'] }),
      ]);
    },
  });
}
