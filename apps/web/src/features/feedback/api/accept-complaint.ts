import type { ComplaintResponseBody, ComplaintWithEvents } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { complaintChanged } from './complaint-cache.ts';

export function acceptComplaint(id: string, body: ComplaintResponseBody): Promise<ComplaintWithEvents> {
  return api.post<ComplaintWithEvents>(`/complaints/${encodeURIComponent(id)}/accept`, body);
}

/** The resident accepts the reply (recorded by staff after a call or a visit): the complaint is closed. */
export function useAcceptComplaint(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ComplaintResponseBody) => acceptComplaint(id, body),
    onSuccess: (complaint) => complaintChanged(queryClient, complaint),
  });
}
