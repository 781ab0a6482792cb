import type { Employer, EmployerContactBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { employerQueryOptions } from './get-employer.ts';
import { employersQueryOptions } from './list-employers.ts';

/** The phone is stored encrypted; the answer is the employer with the contact's masked phone. */
export function addEmployerContact(id: string, body: EmployerContactBody): Promise<Employer> {
  return api.post<Employer>(`/employers/${encodeURIComponent(id)}/contacts`, body);
}

export function useAddEmployerContact(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EmployerContactBody) => addEmployerContact(id, body),
    onSuccess: async (employer) => {
      queryClient.setQueryData(employerQueryOptions(employer.id).queryKey, employer);
      await queryClient.invalidateQueries({ queryKey: employersQueryOptions({}).queryKey });
    },
  });
}
