import type { CreateResidentBody, Resident } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

/** A walk-in not yet in the registry: the minimal record the registry accepts (the file is completed later). */
export function registerResident(body: CreateResidentBody): Promise<Resident> {
  return api.post<Resident>('/residents', body);
}

export function useRegisterResident() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerResident,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceKeys.residents }),
  });
}
