import type { Grid, VersionBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function deactivateGrid(id: string, body: VersionBody): Promise<Grid> {
  return api.post<Grid>(`/grids/${encodeURIComponent(id)}/deactivate`, body);
}

export function useDeactivateGrid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => deactivateGrid(id, { version }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: resourceKeys.grids }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.regions }),
      ]);
    },
  });
}
