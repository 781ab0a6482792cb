import type { Job } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { jobKeys } from './job-keys.ts';

export function fetchJob(id: string, signal?: AbortSignal): Promise<Job> {
  return api.get<Job>(`/jobs/${encodeURIComponent(id)}`, undefined, { signal });
}

export const jobQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...jobKeys.jobs, 'detail', id], queryFn: ({ signal }) => fetchJob(id, signal) });

export function useJob(id: string) {
  return useQuery(jobQueryOptions(id));
}
