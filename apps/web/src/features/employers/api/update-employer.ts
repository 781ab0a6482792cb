import type { Employer, UpdateEmployerBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { employerQueryOptions } from './get-employer.ts';
import { employersQueryOptions } from './list-employers.ts';

export function updateEmployer(id: string, body: UpdateEmployerBody): Promise<Employer> {
  return api.patch<Employer>(`/employers/${encodeURIComponent(id)}`, body);
}

export function useUpdateEmployer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateEmployerBody) => updateEmployer(id, body),
    onSuccess: async (employer) => {
      queryClient.setQueryData(employerQueryOptions(employer.id).queryKey, employer);
      await queryClient.invalidateQueries({ queryKey: employersQueryOptions({}).queryKey });
    },
  });
}
