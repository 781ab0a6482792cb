import type { Resident, UpdateResidentBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { residentDetailsKey, residentQueryOptions } from './get-resident.ts';
import { residentsQueryOptions } from './list-residents.ts';
import { timelineQueryOptions } from './list-timeline.ts';

export function updateResident(id: string, body: UpdateResidentBody): Promise<Resident> {
  return api.patch<Resident>(`/residents/${encodeURIComponent(id)}`, body);
}

export function useUpdateResident(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateResidentBody) => updateResident(id, body),
    onSuccess: async (resident) => {
      queryClient.setQueryData(residentQueryOptions(resident.id).queryKey, resident);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: residentsQueryOptions({}).queryKey }),
        queryClient.invalidateQueries({ queryKey: timelineQueryOptions(resident.id).queryKey }),
        // Joining a household changes the head's file too.
        queryClient.invalidateQueries({ queryKey: residentDetailsKey, predicate: (q) => q.queryKey[2] !== resident.id }),
      ]);
    },
  });
}
