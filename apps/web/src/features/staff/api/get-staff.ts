import type { Staff } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchStaff(id: string, signal?: AbortSignal): Promise<Staff> {
  return api.get<Staff>(`/staff/${encodeURIComponent(id)}`, undefined, { signal });
}

export const staffQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...resourceKeys.staff, 'detail', id], queryFn: ({ signal }) => fetchStaff(id, signal) });

export function useStaff(id: string) {
  return useQuery(staffQueryOptions(id));
}
