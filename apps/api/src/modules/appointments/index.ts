import { z } from 'zod';
import type { App } from '../../platform/route-types.ts';
import { appointmentsRoutes } from './appointments.routes.ts';
import { APPOINTMENT_REMIND_TASK, type AppointmentsService } from './appointments.service.ts';

export {
  APPOINTMENT_REMIND_TASK,
  type AppointmentsService,
  type AppointmentsServiceDeps,
  createAppointmentsService,
} from './appointments.service.ts';

/** Appointments (预约, plan §二.四, item 22): weekly slot rules on the working-day calendar, booking with a capacity counter, reminders. */
export function registerAppointments(app: App, appointments: AppointmentsService): void {
  void app.register(appointmentsRoutes(appointments), { prefix: '/api' });
}

/** The day-before reminder, registered with the task runner at composition. */
export function registerAppointmentTasks(
  tasks: { handle(kind: string, handler: (payload: Record<string, unknown>, run: { now: Date; attempt: number }) => Promise<void>): void },
  appointments: AppointmentsService,
): void {
  tasks.handle(APPOINTMENT_REMIND_TASK, (payload, run) =>
    appointments.remind(z.object({ appointmentId: z.string() }).parse(payload), run.now),
  );
}
