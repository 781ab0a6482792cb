import type { Appointment, AppointmentActionBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function cancelAppointment(id: string, body: AppointmentActionBody): Promise<Appointment> {
  return api.post<Appointment>(`/appointments/${encodeURIComponent(id)}/cancel`, body);
}

/** Cancels a booking before its slot starts (the place is free again). */
export function useCancelAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AppointmentActionBody }) => cancelAppointment(id, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: resourceKeys.appointments }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.workbench }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.ledger }),
      ]),
  });
}
