import type { Staff, UpdateStaffBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function updateStaff(id: string, body: UpdateStaffBody): Promise<Staff> {
  return api.patch<Staff>(`/staff/${encodeURIComponent(id)}`, body);
}

export function useUpdateStaff(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateStaffBody) => updateStaff(id, body),
    onSuccess: async (staff) => {
      queryClient.setQueryData(['staff', 'detail', staff.id], staff);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['staff', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['sites'] }),
      ]);
    },
  });
}
