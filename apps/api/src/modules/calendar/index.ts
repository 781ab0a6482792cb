import type { App } from '../../platform/route-types.ts';
import { calendarRoutes } from './calendar.routes.ts';

export {
  addCalendarDays,
  addWorkingDays,
  isWorkingDay,
  shanghaiDate,
  workingDaysBetween,
} from './calendar.rules.ts';

/** The working-day calendar (ARCHITECTURE §9): pure functions for every deadline, SLA and slot, and GET /api/calendar. */
export function registerCalendar(app: App): void {
  void app.register(calendarRoutes(), { prefix: '/api' });
}
