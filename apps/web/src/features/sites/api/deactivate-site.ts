import type { Site, VersionBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { siteQueryOptions } from '../../../lib/queries/get-site.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function deactivateSite(id: string, body: VersionBody): Promise<Site> {
  return api.post<Site>(`/sites/${encodeURIComponent(id)}/deactivate`, body);
}

export function useDeactivateSite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => deactivateSite(id, { version }),
    onSuccess: async (site) => {
      queryClient.setQueryData(siteQueryOptions(site.id).queryKey, site);
      await queryClient.invalidateQueries({ queryKey: resourceKeys.sites });
    },
  });
}
