import type { AssistanceFile, SaveAssistanceFileBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { assistanceFileQueryOptions } from './get-assistance-file.ts';
import { timelineQueryOptions } from './list-timeline.ts';

export function saveAssistanceFile(residentId: string, body: SaveAssistanceFileBody): Promise<AssistanceFile | null> {
  return api.put<AssistanceFile | null>(`/residents/${encodeURIComponent(residentId)}/assistance-file`, body);
}

export function useSaveAssistanceFile(residentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveAssistanceFileBody) => saveAssistanceFile(residentId, body),
    onSuccess: async (file) => {
      queryClient.setQueryData(assistanceFileQueryOptions(residentId).queryKey, file);
      await queryClient.invalidateQueries({ queryKey: timelineQueryOptions(residentId).queryKey });
    },
  });
}
