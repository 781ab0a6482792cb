import type { CreateGridBody, Grid } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function createGrid(body: CreateGridBody): Promise<Grid> {
  return api.post<Grid>('/grids', body);
}

export function useCreateGrid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createGrid,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: resourceKeys.grids }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.regions }),
      ]);
    },
  });
}
