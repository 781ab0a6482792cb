import type { StaffWithPassword } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function resetStaffPassword(id: string): Promise<StaffWithPassword> {
  return api.post<StaffWithPassword>(`/staff/${encodeURIComponent(id)}/reset-password`, {});
}

export function useResetStaffPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetStaffPassword,
    onSuccess: async (result) => {
      queryClient.setQueryData(['staff', 'detail', result.staff.id], result.staff);
      await queryClient.invalidateQueries({ queryKey: ['staff', 'list'] });
    },
  });
}
