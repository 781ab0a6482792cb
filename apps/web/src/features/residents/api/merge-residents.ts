import type { MergeResidentsBody, Resident } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function mergeResidents(body: MergeResidentsBody): Promise<Resident> {
  return api.post<Resident>('/residents/merges', body);
}

export function useMergeResidents() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mergeResidents,
    onSuccess: async (kept, body) => {
      queryClient.setQueryData(['residents', 'detail', kept.id], kept);
      queryClient.removeQueries({ queryKey: ['residents', 'detail', body.mergeId] });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['residents', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['residents', 'duplicates'] }),
        queryClient.invalidateQueries({ queryKey: ['residents', 'timeline', kept.id] }),
      ]);
    },
  });
}
