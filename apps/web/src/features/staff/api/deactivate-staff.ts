import type { Staff, VersionBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function deactivateStaff(id: string, body: VersionBody): Promise<Staff> {
  return api.post<Staff>(`/staff/${encodeURIComponent(id)}/deactivate`, body);
}

export function useDeactivateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => deactivateStaff(id, { version }),
    onSuccess: async (staff) => {
      queryClient.setQueryData(['staff', 'detail', staff.id], staff);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['staff', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['sites'] }),
      ]);
    },
  });
}
