import type { ChangeEmploymentStatusBody, Resident } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { residentQueryOptions } from './get-resident.ts';
import { residentsQueryOptions } from './list-residents.ts';
import { timelineQueryOptions } from './list-timeline.ts';

export function changeEmploymentStatus(id: string, body: ChangeEmploymentStatusBody): Promise<Resident> {
  return api.post<Resident>(`/residents/${encodeURIComponent(id)}/employment-status`, body);
}

export function useChangeEmploymentStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangeEmploymentStatusBody) => changeEmploymentStatus(id, body),
    onSuccess: async (resident) => {
      queryClient.setQueryData(residentQueryOptions(resident.id).queryKey, resident);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: residentsQueryOptions({}).queryKey }),
        queryClient.invalidateQueries({ queryKey: timelineQueryOptions(resident.id).queryKey }),
      ]);
    },
  });
}
