import type { ServiceRecord } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchServiceRecord(id: string, signal?: AbortSignal): Promise<ServiceRecord> {
  return api.get<ServiceRecord>(`/ledger/records/${encodeURIComponent(id)}`, undefined, { signal });
}

export const serviceRecordQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...resourceKeys.ledger, 'record', id], queryFn: ({ signal }) => fetchServiceRecord(id, signal) });

export function useServiceRecord(id: string) {
  return useQuery(serviceRecordQueryOptions(id));
}
