import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

/** 接手 from the workbench: the first of the site's staff to take a waiting ticket owns it (else 409). */
export function useTakeTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<unknown>(`/tickets/${encodeURIComponent(id)}/take`),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: resourceKeys.workbench }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.tickets }),
      ]),
  });
}
