import type { Calendar } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchYearDays(year: number, signal?: AbortSignal): Promise<Calendar> {
  return api.get<Calendar>('/calendar', { from: `${year}-01-01`, to: `${year}-12-31` }, { signal });
}

/** Every day of one year as the calendar counts it now (to start an edit from). */
export const yearDaysQueryOptions = (year: number) =>
  queryOptions({
    queryKey: [...resourceKeys.calendar, { from: `${year}-01-01`, to: `${year}-12-31` }],
    queryFn: ({ signal }) => fetchYearDays(year, signal),
  });

export function useYearDays(year: number, enabled: boolean) {
  return useQuery({ ...yearDaysQueryOptions(year), enabled });
}
