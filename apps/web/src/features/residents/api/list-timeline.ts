import type { TimelineEntry } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function fetchTimeline(residentId: string, signal?: AbortSignal): Promise<TimelineEntry[]> {
  return api.get<TimelineEntry[]>(`/residents/${encodeURIComponent(residentId)}/timeline`, undefined, { signal });
}

export const timelineQueryOptions = (residentId: string) =>
  queryOptions({ queryKey: ['residents', 'timeline', residentId], queryFn: ({ signal }) => fetchTimeline(residentId, signal) });

export function useTimeline(residentId: string) {
  return useQuery(timelineQueryOptions(residentId));
}
