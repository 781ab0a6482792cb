import type { SetTicketItemDeadlineBody, TicketItemDeadline } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { itemDeadlinesQueryOptions } from './list-item-deadlines.ts';

export function setItemDeadline(itemNo: number, body: SetTicketItemDeadlineBody): Promise<TicketItemDeadline> {
  return api.put<TicketItemDeadline>(`/ticket-item-deadlines/${itemNo}`, body);
}

/** A district admin sets the working days one item's tickets may stay open. */
export function useSetItemDeadline() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemNo, workingDays }: { itemNo: number; workingDays: number }) => setItemDeadline(itemNo, { workingDays }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: itemDeadlinesQueryOptions().queryKey }),
  });
}
