import type { AddTimelineNoteBodySchema, TimelineEntry } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { timelineQueryOptions } from './list-timeline.ts';

export type AddTimelineNoteBody = ReturnType<typeof AddTimelineNoteBodySchema.parse>;

/** Answers the whole timeline, the new note first. */
export function addTimelineNote(residentId: string, body: AddTimelineNoteBody): Promise<TimelineEntry[]> {
  return api.post<TimelineEntry[]>(`/residents/${encodeURIComponent(residentId)}/timeline`, body);
}

export function useAddTimelineNote(residentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddTimelineNoteBody) => addTimelineNote(residentId, body),
    onSuccess: (entries) => queryClient.setQueryData(timelineQueryOptions(residentId).queryKey, entries),
  });
}
