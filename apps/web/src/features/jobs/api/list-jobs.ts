import type { Job, ListJobsQuery, Page } from '@jobcircle/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { jobKeys } from './job-keys.ts';

export type JobsFilter = Partial<ListJobsQuery>;

export function fetchJobs(query: JobsFilter, signal?: AbortSignal): Promise<Page<Job>> {
  return api.get<Page<Job>>('/jobs', query, { signal });
}

export const jobsQueryOptions = (query: JobsFilter) =>
  queryOptions({
    queryKey: [...jobKeys.jobs, 'list', query],
    queryFn: ({ signal }) => fetchJobs(query, signal),
    placeholderData: keepPreviousData,
  });

export function useJobs(query: JobsFilter) {
  return useQuery(jobsQueryOptions(query));
}
