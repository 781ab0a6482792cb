import type { App } from '../../platform/route-types.ts';
import { calendarRoutes } from './calendar.routes.ts';
import type { CalendarService } from './calendar.service.ts';

export {
  addCalendarDays,
  addWorkingDays,
  isWorkingDay,
  shanghaiDate,
  workingDaysBetween,
} from './calendar.rules.ts';
export { type CalendarService, createCalendarService } from './calendar.service.ts';

/**
 * The working-day calendar (ARCHITECTURE §9): pure functions for every deadline, SLA and slot, over
 * the packaged notices and the years the district entered; GET /api/calendar and the years' entry.
 */
export function registerCalendar(app: App, calendar: CalendarService, options: { publicRateLimitPerMinute: number }): void {
  void app.register(calendarRoutes(calendar, options), { prefix: '/api' });
}
