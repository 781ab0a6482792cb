import type { TimelineEntry } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchTimeline(residentId: string, signal?: AbortSignal): Promise<TimelineEntry[]> {
  return api.get<TimelineEntry[]>(`/residents/${encodeURIComponent(residentId)}/timeline`, undefined, { signal });
}

export const timelineQueryOptions = (residentId: string) =>
  queryOptions({
    queryKey: [...resourceKeys.residents, 'timeline', residentId],
    queryFn: ({ signal }) => fetchTimeline(residentId, signal),
  });

export function useTimeline(residentId: string) {
  return useQuery(timelineQueryOptions(residentId));
}
