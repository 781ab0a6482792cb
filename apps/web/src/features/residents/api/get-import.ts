import type { ImportJob } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchImport(id: string, signal?: AbortSignal): Promise<ImportJob> {
  return api.get<ImportJob>(`/residents/imports/${encodeURIComponent(id)}`, undefined, { signal });
}

/** While the rows are being written the job is read every second (progress). */
export const importQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...resourceKeys.residents, 'import', id],
    queryFn: ({ signal }) => fetchImport(id, signal),
    refetchInterval: (query) => (query.state.data?.state === 'importing' ? 1000 : false),
  });

export function useImport(id: string) {
  return useQuery(importQueryOptions(id));
}
