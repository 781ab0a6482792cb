import type { Employer } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { employerQueryOptions } from './get-employer.ts';
import { employersQueryOptions } from './list-employers.ts';

/** Deactivates (停用) or reactivates (重新启用) an employer, at the version the user saw. */
export function setEmployerActive(id: string, version: number, active: boolean): Promise<Employer> {
  return api.post<Employer>(`/employers/${encodeURIComponent(id)}/${active ? 'reactivate' : 'deactivate'}`, { version });
}

export function useSetEmployerActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, active }: { id: string; version: number; active: boolean }) => setEmployerActive(id, version, active),
    onSuccess: async (employer) => {
      queryClient.setQueryData(employerQueryOptions(employer.id).queryKey, employer);
      await queryClient.invalidateQueries({ queryKey: employersQueryOptions({}).queryKey });
    },
  });
}
