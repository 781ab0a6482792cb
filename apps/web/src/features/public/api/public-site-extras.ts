import type { CalendarDay, PublicJob, PublicServiceItem } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

/** The items' published texts (what a resident can get, in plain words). */
export function usePublicServiceItems() {
  return useQuery(
    queryOptions({
      queryKey: [...resourceKeys.public, 'service-items'],
      queryFn: ({ signal }) => api.get<PublicServiceItem[]>('/public/service-items', undefined, { signal, quietAuth: true }),
      staleTime: 600_000,
    }),
  );
}

/** Today on the working calendar (holiday, 调休 working day…), for "开放中 / 已休息". */
export function usePublicToday() {
  return useQuery(
    queryOptions({
      queryKey: [...resourceKeys.public, 'calendar-today'],
      queryFn: ({ signal }) => api.get<CalendarDay>('/public/calendar/today', undefined, { signal, quietAuth: true }),
      staleTime: 600_000,
    }),
  );
}

/** A few of the open jobs the site collected. */
export function usePublicSiteJobs(siteId: string, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: [...resourceKeys.public, 'site-jobs', siteId],
      queryFn: ({ signal }) =>
        api.get<{ items: PublicJob[]; total: number }>('/public/jobs', { siteId, pageSize: 3 }, { signal, quietAuth: true }),
      enabled,
    }),
  );
}
