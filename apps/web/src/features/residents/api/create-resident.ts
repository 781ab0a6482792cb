import type { CreateResidentBody, Resident } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { residentQueryOptions } from './get-resident.ts';
import { residentsQueryOptions } from './list-residents.ts';

export function createResident(body: CreateResidentBody): Promise<Resident> {
  return api.post<Resident>('/residents', body);
}

export function useCreateResident() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createResident,
    onSuccess: async (resident) => {
      queryClient.setQueryData(residentQueryOptions(resident.id).queryKey, resident);
      await queryClient.invalidateQueries({ queryKey: residentsQueryOptions({}).queryKey });
    },
  });
}
