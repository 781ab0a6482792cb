import type { Staff } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { staffListQueryOptions } from '../../../lib/queries/list-staff.ts';
import { staffQueryOptions } from './get-staff.ts';

export function unlockStaff(id: string): Promise<Staff> {
  return api.post<Staff>(`/staff/${encodeURIComponent(id)}/unlock`, {});
}

export function useUnlockStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlockStaff,
    onSuccess: async (staff) => {
      queryClient.setQueryData(staffQueryOptions(staff.id).queryKey, staff);
      await queryClient.invalidateQueries({ queryKey: staffListQueryOptions({}).queryKey });
    },
  });
}
