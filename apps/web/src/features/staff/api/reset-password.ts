import type { StaffWithPassword } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { staffListQueryOptions } from '../../../lib/queries/list-staff.ts';
import { staffQueryOptions } from './get-staff.ts';

export function resetStaffPassword(id: string): Promise<StaffWithPassword> {
  return api.post<StaffWithPassword>(`/staff/${encodeURIComponent(id)}/reset-password`, {});
}

export function useResetStaffPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetStaffPassword,
    onSuccess: async (result) => {
      queryClient.setQueryData(staffQueryOptions(result.staff.id).queryKey, result.staff);
      await queryClient.invalidateQueries({ queryKey: staffListQueryOptions({}).queryKey });
    },
  });
}
