import type { Appointment, ListAppointmentsQuery, Page } from '@jobcircle/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export type AppointmentsFilter = Partial<ListAppointmentsQuery>;

export function fetchAppointments(query: AppointmentsFilter, signal?: AbortSignal): Promise<Page<Appointment>> {
  return api.get<Page<Appointment>>('/appointments', query, { signal });
}

export const appointmentsQueryOptions = (query: AppointmentsFilter) =>
  queryOptions({
    queryKey: [...resourceKeys.appointments, 'list', query],
    queryFn: ({ signal }) => fetchAppointments(query, signal),
    placeholderData: keepPreviousData,
  });

export function useAppointments(query: AppointmentsFilter) {
  return useQuery(appointmentsQueryOptions(query));
}
