import type { CreateSlotRuleBody, SlotRule } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function createSlotRule(body: CreateSlotRuleBody): Promise<SlotRule> {
  return api.post<SlotRule>('/appointment-rules', body);
}

/** A new weekly opening of a site (or of one staff member or mentor there): its slots follow at once. */
export function useCreateSlotRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSlotRule,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceKeys.appointments }),
  });
}
