import { CALENDAR_SOURCE, CalendarQuerySchema, CalendarSchema } from '@jobcircle/domain';
import { requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import { describeDays } from './calendar.rules.ts';

/** The working-day calendar for the web (slots, due dates): holidays and 调休 working days with their source. */
export function calendarRoutes() {
  return async (app: App) => {
    app.get(
      '/calendar',
      {
        schema: {
          tags: ['calendar'],
          summary: '工作日历（法定节假日与调休上班日）',
          querystring: CalendarQuerySchema,
          response: { 200: CalendarSchema },
        },
        preHandler: requirePermission('org:read'),
      },
      (request) => ({ days: describeDays(request.query.from, request.query.to), source: { ...CALENDAR_SOURCE } }),
    );
  };
}
