import { z } from 'zod';
import { DateSchema } from './common.ts';

/**
 * The working-day calendar (ARCHITECTURE §9): Chinese public holidays and adjusted working days
 * (调休), from the State Council General Office's annual notices on holiday arrangements
 * (国务院办公厅关于部分节假日安排的通知) as encoded by the npm package chinese-days 1.5.7, which
 * covers the notices for 2004–2026. Dates after the last covered year count weekends only until
 * the package is updated (the API says so with `covered: false`).
 */
export const CALENDAR_SOURCE = {
  label: '国务院办公厅关于部分节假日安排的通知（2004–2026 年）',
  package: 'chinese-days',
  version: '1.5.7',
  firstYear: 2004,
  lastYear: 2026,
} as const;

export const DAY_KINDS = ['workday', 'weekend', 'holiday', 'adjusted_workday'] as const;
export const DayKindSchema = z.enum(DAY_KINDS);
export type DayKind = z.infer<typeof DayKindSchema>;
export const DAY_KIND_LABELS: Record<DayKind, string> = {
  workday: '工作日',
  weekend: '休息日',
  holiday: '法定节假日',
  adjusted_workday: '调休上班',
};

/** At most one year of days per request. */
export const CALENDAR_MAX_DAYS = 366;

export const CalendarQuerySchema = z.object({ from: DateSchema, to: DateSchema }).superRefine((q, ctx) => {
  if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' });
  else if ((Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 >= CALENDAR_MAX_DAYS) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: `一次最多查询 ${CALENDAR_MAX_DAYS} 天` });
  }
});
export type CalendarQuery = z.infer<typeof CalendarQuerySchema>;

export const CalendarDaySchema = z.object({
  date: DateSchema,
  isWorkingDay: z.boolean(),
  kind: DayKindSchema,
  /** The holiday's Chinese name (春节, 国庆节 …) for holidays and their 调休 working days. */
  holidayName: z.string().nullable(),
  /** False when the date lies outside the years the source covers. */
  covered: z.boolean(),
});
export type CalendarDay = z.infer<typeof CalendarDaySchema>;

export const CalendarSchema = z.object({
  days: z.array(CalendarDaySchema),
  source: z.object({ label: z.string(), package: z.string(), version: z.string(), firstYear: z.number(), lastYear: z.number() }),
});
export type Calendar = z.infer<typeof CalendarSchema>;
