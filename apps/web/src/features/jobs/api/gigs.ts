import type { CreateGigSignupBody, GigActionBody, GigSignup } from '@jobcircle/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { jobKeys } from './job-keys.ts';

const gigKeys = [...jobKeys.referrals, 'gigs'] as const;

export function fetchGigSignups(jobId: string, signal?: AbortSignal): Promise<{ items: GigSignup[] }> {
  return api.get<{ items: GigSignup[] }>('/gig-signups', { jobId }, { signal });
}

export function useGigSignups(jobId: string) {
  return useQuery(queryOptions({ queryKey: [...gigKeys, jobId], queryFn: ({ signal }) => fetchGigSignups(jobId, signal) }));
}

export function useGigSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateGigSignupBody) => api.post<GigSignup>('/gig-signups', body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: gigKeys });
    },
  });
}

export function useGigAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; body: GigActionBody }) =>
      api.post<GigSignup>(`/gig-signups/${encodeURIComponent(input.id)}/actions`, input.body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: gigKeys });
    },
  });
}
