import type { CreateEmployerBody, Employer } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function createEmployer(body: CreateEmployerBody): Promise<Employer> {
  return api.post<Employer>('/employers', body);
}

export function useCreateEmployer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEmployer,
    onSuccess: async (employer) => {
      queryClient.setQueryData(['employers', 'detail', employer.id], employer);
      await queryClient.invalidateQueries({ queryKey: ['employers', 'list'] });
    },
  });
}
