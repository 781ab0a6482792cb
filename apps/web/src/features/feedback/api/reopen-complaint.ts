import type { ComplaintWithEvents, ReopenComplaintBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { complaintChanged } from './complaint-cache.ts';

export function reopenComplaint(id: string, body: ReopenComplaintBody): Promise<ComplaintWithEvents> {
  return api.post<ComplaintWithEvents>(`/complaints/${encodeURIComponent(id)}/reopen`, body);
}

/** The resident does not accept the reply: the complaint is handled again. */
export function useReopenComplaint(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReopenComplaintBody) => reopenComplaint(id, body),
    onSuccess: (complaint) => complaintChanged(queryClient, complaint),
  });
}
