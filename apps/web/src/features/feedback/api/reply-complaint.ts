import type { ComplaintWithEvents, ReplyComplaintBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { complaintChanged } from './complaint-cache.ts';

export function replyComplaint(id: string, body: ReplyComplaintBody): Promise<ComplaintWithEvents> {
  return api.post<ComplaintWithEvents>(`/complaints/${encodeURIComponent(id)}/reply`, body);
}

/** Answers the complaint; the resident then accepts it or not. */
export function useReplyComplaint(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReplyComplaintBody) => replyComplaint(id, body),
    onSuccess: (complaint) => complaintChanged(queryClient, complaint),
  });
}
