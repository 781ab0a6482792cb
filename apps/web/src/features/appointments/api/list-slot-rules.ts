import type { ListSlotRulesQuery, SlotRule } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchSlotRules(query: Partial<ListSlotRulesQuery>, signal?: AbortSignal): Promise<{ items: SlotRule[] }> {
  return api.get<{ items: SlotRule[] }>('/appointment-rules', query, { signal });
}

export const slotRulesQueryOptions = (query: Partial<ListSlotRulesQuery>) =>
  queryOptions({ queryKey: [...resourceKeys.appointments, 'rules', query], queryFn: ({ signal }) => fetchSlotRules(query, signal) });

export function useSlotRules(query: Partial<ListSlotRulesQuery>, enabled = true) {
  return useQuery({ ...slotRulesQueryOptions(query), enabled });
}
