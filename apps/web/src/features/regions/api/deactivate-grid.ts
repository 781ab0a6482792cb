import type { Grid, VersionBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function deactivateGrid(id: string, body: VersionBody): Promise<Grid> {
  return api.post<Grid>(`/grids/${encodeURIComponent(id)}/deactivate`, body);
}

export function useDeactivateGrid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => deactivateGrid(id, { version }),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['grids'] }), queryClient.invalidateQueries({ queryKey: ['regions'] })]);
    },
  });
}
