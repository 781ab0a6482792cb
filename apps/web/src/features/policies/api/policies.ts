import type {
  CreatePolicyBody,
  CreateRulePackVersionBody,
  ListPoliciesQuery,
  Policy,
  PolicyDetail,
  PolicyEligibility,
  PreviewEligibilityBody,
} from '@jobcircle/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export const policiesQueryOptions = (query: ListPoliciesQuery) =>
  queryOptions({
    queryKey: [...resourceKeys.policies, 'list', query],
    queryFn: ({ signal }) => api.get<Policy[]>('/policies', { ...query }, { signal }),
  });

/** The policies (政策), searched in name, document number and summary. */
export function usePolicies(query: ListPoliciesQuery) {
  return useQuery(policiesQueryOptions(query));
}

export const policyQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...resourceKeys.policies, 'detail', id],
    queryFn: ({ signal }) => api.get<PolicyDetail>(`/policies/${id}`, undefined, { signal }),
  });

export function usePolicy(id: string) {
  return useQuery(policyQueryOptions(id));
}

export function useCreatePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePolicyBody) => api.post<PolicyDetail>('/policies', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceKeys.policies }),
  });
}

/** A new version of the rule pack (past decisions keep theirs). */
export function useAddRulePackVersion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRulePackVersionBody) => api.post<PolicyDetail>(`/policies/${id}/versions`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceKeys.policies }),
  });
}

/** The editor's preview against a sample resident (nothing saved; the read is audited). */
export function usePreviewEligibility() {
  return useMutation({ mutationFn: (body: PreviewEligibilityBody) => api.post<PolicyEligibility>('/policies/preview', body) });
}
