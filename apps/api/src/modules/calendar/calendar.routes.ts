import {
  CALENDAR_SOURCE,
  CalendarDaySchema,
  CalendarQuerySchema,
  CalendarSchema,
  CalendarYearListSchema,
  CalendarYearParamsSchema,
  CalendarYearSchema,
  PutCalendarYearBodySchema,
  shanghaiDate,
} from '@jobcircle/domain';
import { anonymousContextOf, contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import { describeDays } from './calendar.rules.ts';
import type { CalendarService } from './calendar.service.ts';

/**
 * The working-day calendar for the web (slots, due dates): holidays and 调休 working days with their
 * source; the covered years, and the district's entry of a year's State Council notice.
 */
export function calendarRoutes(calendar: CalendarService, options: { publicRateLimitPerMinute: number }) {
  const read = requirePermission('org:read');
  const publicLimit = { rateLimit: { max: options.publicRateLimitPerMinute * 10, timeWindow: '1 minute' } };
  return async (app: App) => {
    app.get(
      '/public/calendar/today',
      {
        schema: {
          tags: ['public'],
          summary: '今天（上海时间）是否工作日，用于站点公开页的“开放中/已休息”（无需登录）',
          response: { 200: CalendarDaySchema },
        },
        config: publicLimit,
      },
      (request) => {
        const today = shanghaiDate(anonymousContextOf(request).now);
        return describeDays(today, today)[0];
      },
    );
    app.get(
      '/calendar',
      {
        schema: {
          tags: ['calendar'],
          summary: '工作日历（法定节假日与调休上班日）',
          querystring: CalendarQuerySchema,
          response: { 200: CalendarSchema },
        },
        preHandler: read,
      },
      async (request) => {
        const { from, to } = request.query;
        const { years, coveredThrough } = await calendar.yearsBetween(Number(from.slice(0, 4)), Number(to.slice(0, 4)));
        return { days: describeDays(from, to), source: { ...CALENDAR_SOURCE }, coveredThrough, years };
      },
    );
    app.get(
      '/calendar/years',
      {
        schema: {
          tags: ['calendar'],
          summary: '工作日历已覆盖的年份及其来源（数据包或区级录入）',
          response: { 200: CalendarYearListSchema },
        },
        preHandler: read,
      },
      () => calendar.listYears(),
    );
    app.put(
      '/calendar/years/:year',
      {
        schema: {
          tags: ['calendar'],
          summary: '录入或更正某年的节假日安排（按国务院办公厅通知，整年替换）',
          params: CalendarYearParamsSchema,
          body: PutCalendarYearBodySchema,
          response: { 200: CalendarYearSchema },
        },
        preHandler: requirePermission('calendar:write'),
      },
      (request) => calendar.putYear(contextOf(request), request.params.year, request.body),
    );
  };
}
