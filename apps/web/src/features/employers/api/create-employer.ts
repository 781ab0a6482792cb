import type { CreateEmployerBody, Employer } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { employerQueryOptions } from './get-employer.ts';
import { employersQueryOptions } from './list-employers.ts';

export function createEmployer(body: CreateEmployerBody): Promise<Employer> {
  return api.post<Employer>('/employers', body);
}

export function useCreateEmployer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEmployer,
    onSuccess: async (employer) => {
      queryClient.setQueryData(employerQueryOptions(employer.id).queryKey, employer);
      await queryClient.invalidateQueries({ queryKey: employersQueryOptions({}).queryKey });
    },
  });
}
