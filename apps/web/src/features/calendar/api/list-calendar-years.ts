import type { CalendarYearList } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchCalendarYears(signal?: AbortSignal): Promise<CalendarYearList> {
  return api.get<CalendarYearList>('/calendar/years', undefined, { signal });
}

/** The covered years of the working-day calendar, each with its source (the package or the district's entry). */
export const calendarYearsQueryOptions = () =>
  queryOptions({ queryKey: [...resourceKeys.calendar, 'years'], queryFn: ({ signal }) => fetchCalendarYears(signal) });

export function useCalendarYears() {
  return useQuery(calendarYearsQueryOptions());
}
