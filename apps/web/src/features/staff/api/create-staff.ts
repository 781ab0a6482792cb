import type { CreateStaffBody, StaffWithPassword } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { staffListQueryOptions } from '../../../lib/queries/list-staff.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';
import { staffQueryOptions } from './get-staff.ts';

export function createStaff(body: CreateStaffBody): Promise<StaffWithPassword> {
  return api.post<StaffWithPassword>('/staff', body);
}

export function useCreateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createStaff,
    onSuccess: async (result) => {
      queryClient.setQueryData(staffQueryOptions(result.staff.id).queryKey, result.staff);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: staffListQueryOptions({}).queryKey }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.sites }),
      ]);
    },
  });
}
