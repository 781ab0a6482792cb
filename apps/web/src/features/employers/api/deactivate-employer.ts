import type { Employer, VersionBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function deactivateEmployer(id: string, body: VersionBody): Promise<Employer> {
  return api.post<Employer>(`/employers/${encodeURIComponent(id)}/deactivate`, body);
}

export function useDeactivateEmployer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => deactivateEmployer(id, { version }),
    onSuccess: async (employer) => {
      queryClient.setQueryData(['employers', 'detail', employer.id], employer);
      await queryClient.invalidateQueries({ queryKey: ['employers', 'list'] });
    },
  });
}
