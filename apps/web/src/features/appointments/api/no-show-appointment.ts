import type { Appointment, AppointmentActionBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function noShowAppointment(id: string, body: AppointmentActionBody): Promise<Appointment> {
  return api.post<Appointment>(`/appointments/${encodeURIComponent(id)}/no-show`, body);
}

/** Records that the resident did not come (once the slot has started). */
export function useNoShowAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AppointmentActionBody }) => noShowAppointment(id, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: resourceKeys.appointments }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.workbench }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.ledger }),
      ]),
  });
}
