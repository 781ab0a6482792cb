import type { Staff } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function unlockStaff(id: string): Promise<Staff> {
  return api.post<Staff>(`/staff/${encodeURIComponent(id)}/unlock`, {});
}

export function useUnlockStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlockStaff,
    onSuccess: async (staff) => {
      queryClient.setQueryData(['staff', 'detail', staff.id], staff);
      await queryClient.invalidateQueries({ queryKey: ['staff', 'list'] });
    },
  });
}
