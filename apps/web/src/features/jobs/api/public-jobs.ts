import type { ListPublicJobsQuery, Page, PublicJob } from '@jobcircle/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { jobKeys } from './job-keys.ts';

export type PublicJobsFilter = Partial<ListPublicJobsQuery>;

export function fetchPublicJobs(query: PublicJobsFilter, signal?: AbortSignal): Promise<Page<PublicJob>> {
  return api.get<Page<PublicJob>>('/public/jobs', query, { signal, quietAuth: true });
}

export function usePublicJobs(query: PublicJobsFilter) {
  return useQuery(
    queryOptions({
      queryKey: [...jobKeys.publicJobs, 'list', query],
      queryFn: ({ signal }) => fetchPublicJobs(query, signal),
      placeholderData: keepPreviousData,
    }),
  );
}

export function fetchPublicJob(id: string, signal?: AbortSignal): Promise<PublicJob> {
  return api.get<PublicJob>(`/public/jobs/${encodeURIComponent(id)}`, undefined, { signal, quietAuth: true });
}

export function usePublicJob(id: string) {
  return useQuery(queryOptions({ queryKey: [...jobKeys.publicJobs, 'detail', id], queryFn: ({ signal }) => fetchPublicJob(id, signal) }));
}
