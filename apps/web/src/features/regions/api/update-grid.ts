import type { Grid, UpdateGridBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function updateGrid(id: string, body: UpdateGridBody): Promise<Grid> {
  return api.patch<Grid>(`/grids/${encodeURIComponent(id)}`, body);
}

export function useUpdateGrid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateGridBody }) => updateGrid(id, body),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['grids'] }), queryClient.invalidateQueries({ queryKey: ['regions'] })]);
    },
  });
}
