import type { CandidateMatch, JobKind, JobMatch } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { jobKeys } from './job-keys.ts';

export function fetchResidentMatches(residentId: string, kind: JobKind | undefined, signal?: AbortSignal) {
  return api.get<{ items: JobMatch[]; considered: number }>(
    `/matching/residents/${encodeURIComponent(residentId)}/jobs`,
    { kind },
    { signal },
  );
}

/** The top 20 open jobs for a resident, with reasons. */
export function useResidentMatches(residentId: string, kind?: JobKind) {
  return useQuery(
    queryOptions({
      queryKey: [...jobKeys.jobs, 'matches', residentId, kind ?? 'all'],
      queryFn: ({ signal }) => fetchResidentMatches(residentId, kind, signal),
    }),
  );
}

export function fetchCandidates(jobId: string, signal?: AbortSignal) {
  return api.get<{ items: CandidateMatch[]; considered: number }>(
    `/matching/jobs/${encodeURIComponent(jobId)}/candidates`,
    { limit: 20 },
    { signal },
  );
}

/** The best candidates for a job in the actor's area, with reasons. */
export function useCandidates(jobId: string) {
  return useQuery(
    queryOptions({ queryKey: [...jobKeys.jobs, 'candidates', jobId], queryFn: ({ signal }) => fetchCandidates(jobId, signal) }),
  );
}
