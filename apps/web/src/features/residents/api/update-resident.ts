import type { Resident, UpdateResidentBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function updateResident(id: string, body: UpdateResidentBody): Promise<Resident> {
  return api.patch<Resident>(`/residents/${encodeURIComponent(id)}`, body);
}

export function useUpdateResident(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateResidentBody) => updateResident(id, body),
    onSuccess: async (resident) => {
      queryClient.setQueryData(['residents', 'detail', resident.id], resident);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['residents', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['residents', 'timeline', resident.id] }),
        // Joining a household changes the head's file too.
        queryClient.invalidateQueries({ queryKey: ['residents', 'detail'], predicate: (q) => q.queryKey[2] !== resident.id }),
      ]);
    },
  });
}
