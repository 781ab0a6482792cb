import type { ListSlotsQuery, Slot } from '@jobcircle/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchSlots(query: ListSlotsQuery, signal?: AbortSignal): Promise<{ items: Slot[] }> {
  return api.get<{ items: Slot[] }>('/appointment-slots', query, { signal });
}

export const slotsQueryOptions = (query: ListSlotsQuery) =>
  queryOptions({
    queryKey: [...resourceKeys.appointments, 'slots', query],
    queryFn: ({ signal }) => fetchSlots(query, signal),
    placeholderData: keepPreviousData,
  });

export function useSlots(query: ListSlotsQuery, enabled = true) {
  return useQuery({ ...slotsQueryOptions(query), enabled });
}
