import type { Staff, UpdateStaffBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { staffListQueryOptions } from '../../../lib/queries/list-staff.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';
import { staffQueryOptions } from './get-staff.ts';

export function updateStaff(id: string, body: UpdateStaffBody): Promise<Staff> {
  return api.patch<Staff>(`/staff/${encodeURIComponent(id)}`, body);
}

export function useUpdateStaff(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateStaffBody) => updateStaff(id, body),
    onSuccess: async (staff) => {
      queryClient.setQueryData(staffQueryOptions(staff.id).queryKey, staff);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: staffListQueryOptions({}).queryKey }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.sites }),
      ]);
    },
  });
}
