import type { CalendarYear, PutCalendarYearBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function putCalendarYear(body: PutCalendarYearBody): Promise<CalendarYear> {
  return api.put<CalendarYear>(`/calendar/years/${body.year}`, body);
}

/** A district admin enters (or corrects) a whole year from the State Council notice. */
export function usePutCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putCalendarYear,
    // Every calendar read (the years, the days of the appointment pages) changes with it.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceKeys.calendar }),
  });
}
