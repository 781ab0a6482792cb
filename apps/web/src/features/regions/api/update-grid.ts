import type { Grid, UpdateGridBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function updateGrid(id: string, body: UpdateGridBody): Promise<Grid> {
  return api.patch<Grid>(`/grids/${encodeURIComponent(id)}`, body);
}

export function useUpdateGrid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateGridBody }) => updateGrid(id, body),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: resourceKeys.grids }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.regions }),
      ]);
    },
  });
}
