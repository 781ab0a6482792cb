import type { Workbench } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchWorkbench(signal?: AbortSignal): Promise<Workbench> {
  return api.get<Workbench>('/workbench', undefined, { signal });
}

export const workbenchQueryOptions = () =>
  queryOptions({ queryKey: [...resourceKeys.workbench], queryFn: ({ signal }) => fetchWorkbench(signal), refetchInterval: 5 * 60_000 });

export function useWorkbench() {
  return useQuery(workbenchQueryOptions());
}
