import type { Employer, Page } from '@jobcircle/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { jobKeys } from './job-keys.ts';

/** Employers by name, for the job form's picker (the employers feature owns their pages). */
export function fetchEmployerChoices(q: string, signal?: AbortSignal): Promise<Page<Employer>> {
  return api.get<Page<Employer>>('/employers', { q: q || undefined, isActive: true, pageSize: 20 }, { signal });
}

export function useEmployerChoices(q: string) {
  return useQuery(
    queryOptions({
      queryKey: [...jobKeys.jobs, 'employer-choices', q],
      queryFn: ({ signal }) => fetchEmployerChoices(q, signal),
      placeholderData: keepPreviousData,
    }),
  );
}
