import type { CreateReferralBody, ListReferralsQuery, Page, Referral, ReferralBoard, ReferralStepBody } from '@jobcircle/domain';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { jobKeys } from './job-keys.ts';

export type ReferralSummary = Omit<Referral, 'steps'>;
export type ReferralsFilter = Partial<ListReferralsQuery>;

export function fetchReferrals(query: ReferralsFilter, signal?: AbortSignal): Promise<Page<ReferralSummary>> {
  return api.get<Page<ReferralSummary>>('/referrals', query, { signal });
}

export function useReferrals(query: ReferralsFilter) {
  return useQuery(
    queryOptions({
      queryKey: [...jobKeys.referrals, 'list', query],
      queryFn: ({ signal }) => fetchReferrals(query, signal),
      placeholderData: keepPreviousData,
    }),
  );
}

export function fetchReferral(id: string, signal?: AbortSignal): Promise<Referral> {
  return api.get<Referral>(`/referrals/${encodeURIComponent(id)}`, undefined, { signal });
}

export function useReferral(id: string | null) {
  return useQuery({
    queryKey: [...jobKeys.referrals, 'detail', id],
    queryFn: ({ signal }) => fetchReferral(id ?? '', signal),
    enabled: id !== null,
  });
}

export function fetchReferralBoard(siteId: string | undefined, signal?: AbortSignal): Promise<ReferralBoard> {
  return api.get<ReferralBoard>('/referrals/board', { siteId }, { signal });
}

export function useReferralBoard(siteId: string | undefined) {
  return useQuery(
    queryOptions({
      queryKey: [...jobKeys.referrals, 'board', siteId ?? 'all'],
      queryFn: ({ signal }) => fetchReferralBoard(siteId, signal),
    }),
  );
}

export function createReferral(body: CreateReferralBody): Promise<Referral> {
  return api.post<Referral>('/referrals', body);
}

export function useCreateReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReferral,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: jobKeys.referrals });
    },
  });
}

export function referralStep(input: { id: string; body: ReferralStepBody }): Promise<Referral> {
  return api.post<Referral>(`/referrals/${encodeURIComponent(input.id)}/steps`, input.body);
}

/** A step also changes the job (a hire fills it) and the resident's file: refresh both. */
export function useReferralStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: referralStep,
    onSuccess: async (referral) => {
      queryClient.setQueryData([...jobKeys.referrals, 'detail', referral.id], referral);
      await queryClient.invalidateQueries({ queryKey: jobKeys.referrals });
      await queryClient.invalidateQueries({ queryKey: jobKeys.jobs });
    },
  });
}
