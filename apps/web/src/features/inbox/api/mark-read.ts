import type { InboxMessage } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function markRead(id: string): Promise<InboxMessage> {
  return api.post<InboxMessage>(`/inbox/${encodeURIComponent(id)}/read`);
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: markRead, onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceKeys.inbox }) });
}
