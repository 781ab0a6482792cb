import type { MergeResidentsBody, Resident } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { residentQueryOptions } from './get-resident.ts';
import { duplicatesQueryOptions } from './list-duplicates.ts';
import { residentsQueryOptions } from './list-residents.ts';
import { timelineQueryOptions } from './list-timeline.ts';

export function mergeResidents(body: MergeResidentsBody): Promise<Resident> {
  return api.post<Resident>('/residents/merges', body);
}

export function useMergeResidents() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mergeResidents,
    onSuccess: async (kept, body) => {
      queryClient.setQueryData(residentQueryOptions(kept.id).queryKey, kept);
      queryClient.removeQueries({ queryKey: residentQueryOptions(body.mergeId).queryKey });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: residentsQueryOptions({}).queryKey }),
        queryClient.invalidateQueries({ queryKey: duplicatesQueryOptions().queryKey }),
        queryClient.invalidateQueries({ queryKey: timelineQueryOptions(kept.id).queryKey }),
      ]);
    },
  });
}
