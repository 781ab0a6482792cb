import type { SlotRule, UpdateSlotRuleBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function updateSlotRule(id: string, body: UpdateSlotRuleBody): Promise<SlotRule> {
  return api.patch<SlotRule>(`/appointment-rules/${encodeURIComponent(id)}`, body);
}

/** Stops a rule (or sets its last day); slots already booked keep their times. */
export function useUpdateSlotRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateSlotRuleBody }) => updateSlotRule(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceKeys.appointments }),
  });
}
