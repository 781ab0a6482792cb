import type { AddContactLogBody, ContactLog } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { contactLogsQueryOptions } from './list-contact-logs.ts';

export function addContactLog(id: string, body: AddContactLogBody): Promise<ContactLog> {
  return api.post<ContactLog>(`/employers/${encodeURIComponent(id)}/contact-logs`, body);
}

export function useAddContactLog(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddContactLogBody) => addContactLog(id, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: contactLogsQueryOptions(id, {}).queryKey });
    },
  });
}
