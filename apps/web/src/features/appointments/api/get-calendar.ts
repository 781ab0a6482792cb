import type { Calendar, CalendarQuery } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchCalendar(query: CalendarQuery, signal?: AbortSignal): Promise<Calendar> {
  return api.get<Calendar>('/calendar', query, { signal });
}

/** Working days, weekends, public holidays and 调休 working days, with the notice they come from. */
export const calendarQueryOptions = (query: CalendarQuery) =>
  queryOptions({
    queryKey: [...resourceKeys.calendar, query],
    queryFn: ({ signal }) => fetchCalendar(query, signal),
    staleTime: 24 * 60 * 60_000,
  });

export function useCalendar(query: CalendarQuery) {
  return useQuery(calendarQueryOptions(query));
}
