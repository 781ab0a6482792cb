import type { CreateStaffBody, StaffWithPassword } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function createStaff(body: CreateStaffBody): Promise<StaffWithPassword> {
  return api.post<StaffWithPassword>('/staff', body);
}

export function useCreateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createStaff,
    onSuccess: async (result) => {
      queryClient.setQueryData(['staff', 'detail', result.staff.id], result.staff);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['staff', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['sites'] }),
      ]);
    },
  });
}
