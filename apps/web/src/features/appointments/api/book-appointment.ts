import type { Appointment, BookAppointmentBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function bookAppointment(body: BookAppointmentBody): Promise<Appointment> {
  return api.post<Appointment>('/appointments', body);
}

/** Books a place of a slot for a resident (a full slot answers 409 SLOT_FULL). */
export function useBookAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bookAppointment,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: resourceKeys.appointments }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.workbench }),
      ]),
  });
}
