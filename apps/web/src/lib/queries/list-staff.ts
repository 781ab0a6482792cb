import type { ListStaffQuery, Page, Staff } from '@jobcircle/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { resourceKeys } from '../query-keys.ts';

export type StaffFilter = Partial<ListStaffQuery>;

export function fetchStaffList(query: StaffFilter, signal?: AbortSignal): Promise<Page<Staff>> {
  return api.get<Page<Staff>>('/staff', query, { signal });
}

export const staffListQueryOptions = (query: StaffFilter) =>
  queryOptions({
    queryKey: [...resourceKeys.staff, 'list', query],
    queryFn: ({ signal }) => fetchStaffList(query, signal),
    placeholderData: keepPreviousData,
  });

export function useStaffList(query: StaffFilter, enabled = true) {
  return useQuery({ ...staffListQueryOptions(query), enabled });
}
