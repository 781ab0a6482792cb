import type { CreateGridBody, Grid } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function createGrid(body: CreateGridBody): Promise<Grid> {
  return api.post<Grid>('/grids', body);
}

export function useCreateGrid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createGrid,
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['grids'] }), queryClient.invalidateQueries({ queryKey: ['regions'] })]);
    },
  });
}
