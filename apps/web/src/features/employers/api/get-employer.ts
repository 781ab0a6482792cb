import type { Employer } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchEmployer(id: string, signal?: AbortSignal): Promise<Employer> {
  return api.get<Employer>(`/employers/${encodeURIComponent(id)}`, undefined, { signal });
}

export const employerQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...resourceKeys.employers, 'detail', id], queryFn: ({ signal }) => fetchEmployer(id, signal) });

export function useEmployer(id: string) {
  return useQuery(employerQueryOptions(id));
}
