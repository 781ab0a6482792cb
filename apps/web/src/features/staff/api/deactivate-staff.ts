import type { Staff, VersionBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { staffListQueryOptions } from '../../../lib/queries/list-staff.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';
import { staffQueryOptions } from './get-staff.ts';

export function deactivateStaff(id: string, body: VersionBody): Promise<Staff> {
  return api.post<Staff>(`/staff/${encodeURIComponent(id)}/deactivate`, body);
}

export function useDeactivateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => deactivateStaff(id, { version }),
    onSuccess: async (staff) => {
      queryClient.setQueryData(staffQueryOptions(staff.id).queryKey, staff);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: staffListQueryOptions({}).queryKey }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.sites }),
      ]);
    },
  });
}
