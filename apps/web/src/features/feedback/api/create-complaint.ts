import type { ComplaintWithEvents, CreateComplaintBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { complaintChanged } from './complaint-cache.ts';

export function createComplaint(body: CreateComplaintBody): Promise<ComplaintWithEvents> {
  return api.post<ComplaintWithEvents>('/complaints', body);
}

export function useCreateComplaint() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createComplaint, onSuccess: (complaint) => complaintChanged(queryClient, complaint) });
}
