import type { PolicyDecision, PolicyEligibility, RecordDecisionBody } from '@jobcircle/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export const eligibilityQueryOptions = (residentId: string) =>
  queryOptions({
    queryKey: [...resourceKeys.residents, 'eligibility', residentId],
    queryFn: ({ signal }) =>
      api.get<PolicyEligibility[]>(`/residents/${encodeURIComponent(residentId)}/eligibility`, undefined, { signal }),
  });

/** The resident's eligibility for every policy in force today, explained per condition (the read is audited). */
export function useEligibility(residentId: string, enabled: boolean) {
  return useQuery({ ...eligibilityQueryOptions(residentId), enabled });
}

/** Records the result as a policy consultation (service item 3), in the ledger and on the timeline. */
export function useRecordDecision(residentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ policyId, ...body }: RecordDecisionBody & { policyId: string }) =>
      api.post<PolicyDecision>(`/policies/${encodeURIComponent(policyId)}/decisions`, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [...resourceKeys.residents, 'timeline', residentId] });
      void queryClient.invalidateQueries({ queryKey: resourceKeys.ledger });
    },
  });
}
