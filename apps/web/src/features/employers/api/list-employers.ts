import type { Employer, ListEmployersQuery, Page } from '@jobcircle/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export type EmployersFilter = Partial<ListEmployersQuery>;

export function fetchEmployers(query: EmployersFilter, signal?: AbortSignal): Promise<Page<Employer>> {
  return api.get<Page<Employer>>('/employers', query, { signal });
}

export const employersQueryOptions = (query: EmployersFilter) =>
  queryOptions({
    queryKey: [...resourceKeys.employers, 'list', query],
    queryFn: ({ signal }) => fetchEmployers(query, signal),
    placeholderData: keepPreviousData,
  });

export function useEmployers(query: EmployersFilter) {
  return useQuery(employersQueryOptions(query));
}
