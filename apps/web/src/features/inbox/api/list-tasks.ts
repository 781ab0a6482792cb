import type { ListTasksQuery, Page, Task } from '@jobcircle/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export type TasksFilter = Partial<ListTasksQuery>;

export function fetchTasks(query: TasksFilter, signal?: AbortSignal): Promise<Page<Task>> {
  return api.get<Page<Task>>('/tasks', query, { signal });
}

export const tasksQueryOptions = (query: TasksFilter) =>
  queryOptions({
    queryKey: [...resourceKeys.tasks, 'list', query],
    queryFn: ({ signal }) => fetchTasks(query, signal),
    placeholderData: keepPreviousData,
  });

export function useTasks(query: TasksFilter) {
  return useQuery(tasksQueryOptions(query));
}
