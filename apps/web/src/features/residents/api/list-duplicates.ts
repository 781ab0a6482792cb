import type { DuplicatePair } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchDuplicates(signal?: AbortSignal): Promise<DuplicatePair[]> {
  return api.get<DuplicatePair[]>('/residents/duplicates', undefined, { signal });
}

export const duplicatesQueryOptions = () =>
  queryOptions({ queryKey: [...resourceKeys.residents, 'duplicates'], queryFn: ({ signal }) => fetchDuplicates(signal) });

export function useDuplicates() {
  return useQuery(duplicatesQueryOptions());
}
