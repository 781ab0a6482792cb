import type { ChangeEmploymentStatusBody, Resident } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function changeEmploymentStatus(id: string, body: ChangeEmploymentStatusBody): Promise<Resident> {
  return api.post<Resident>(`/residents/${encodeURIComponent(id)}/employment-status`, body);
}

export function useChangeEmploymentStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangeEmploymentStatusBody) => changeEmploymentStatus(id, body),
    onSuccess: async (resident) => {
      queryClient.setQueryData(['residents', 'detail', resident.id], resident);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['residents', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['residents', 'timeline', resident.id] }),
      ]);
    },
  });
}
