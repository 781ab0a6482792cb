import type { Appointment, CheckInAppointmentBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function checkInAppointment(id: string, body: CheckInAppointmentBody): Promise<Appointment> {
  return api.post<Appointment>(`/appointments/${encodeURIComponent(id)}/check-in`, body);
}

/** Checks the resident in; the API records the service in the ledger. */
export function useCheckInAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CheckInAppointmentBody }) => checkInAppointment(id, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: resourceKeys.appointments }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.workbench }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.ledger }),
      ]),
  });
}
