import type { ListServiceRecordsQuery, Page, ServiceRecord } from '@jobcircle/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export type ServiceRecordsFilter = Partial<ListServiceRecordsQuery>;

export function fetchServiceRecords(query: ServiceRecordsFilter, signal?: AbortSignal): Promise<Page<ServiceRecord>> {
  return api.get<Page<ServiceRecord>>('/ledger/records', query, { signal });
}

export const serviceRecordsQueryOptions = (query: ServiceRecordsFilter) =>
  queryOptions({
    queryKey: [...resourceKeys.ledger, 'records', query],
    queryFn: ({ signal }) => fetchServiceRecords(query, signal),
    placeholderData: keepPreviousData,
  });

export function useServiceRecords(query: ServiceRecordsFilter) {
  return useQuery(serviceRecordsQueryOptions(query));
}
