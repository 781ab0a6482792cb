import type {
  ListOutreachQuery,
  MoveOutreachBody,
  OutreachFunnel,
  OutreachTask,
  Page,
  ScreeningResult,
  ScreenOutreachBody,
} from '@jobcircle/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

const outreachKey = [...resourceKeys.policies, 'outreach'] as const;

export const outreachFunnelQueryOptions = () =>
  queryOptions({
    queryKey: [...outreachKey, 'funnel'],
    queryFn: ({ signal }) => api.get<OutreachFunnel>('/outreach/funnel', undefined, { signal }),
  });

/** Per policy, the outreach tasks per state in the actor's scope. */
export function useOutreachFunnel() {
  return useQuery(outreachFunnelQueryOptions());
}

export type OutreachListQuery = Partial<Omit<ListOutreachQuery, 'mine'>> & { mine?: 'true' | 'false' };

export const outreachTasksQueryOptions = (query: OutreachListQuery) =>
  queryOptions({
    queryKey: [...outreachKey, 'tasks', query],
    queryFn: ({ signal }) => api.get<Page<OutreachTask>>('/outreach/tasks', { ...query }, { signal }),
  });

export function useOutreachTasks(query: OutreachListQuery) {
  return useQuery(outreachTasksQueryOptions(query));
}

/** Screens the actor's scope against every policy in force (the tasks once per person and policy). */
export function useScreenOutreach() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScreenOutreachBody) => api.post<ScreeningResult>('/outreach/screenings', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outreachKey }),
  });
}

/** Moves a task one step (the step goes into the ledger and onto the resident's timeline). */
export function useMoveOutreachTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MoveOutreachBody }) => api.post<OutreachTask>(`/outreach/tasks/${id}/moves`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outreachKey }),
  });
}
