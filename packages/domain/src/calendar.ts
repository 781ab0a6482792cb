import { z } from 'zod';
import { DateSchema, TimestampSchema, text } from './common.ts';

/**
 * The working-day calendar (ARCHITECTURE §9): Chinese public holidays and adjusted working days
 * (调休), from the State Council General Office's annual notices on holiday arrangements
 * (国务院办公厅关于部分节假日安排的通知). The notices for 2004–2026 come encoded by the npm package
 * chinese-days 1.5.7; the district enters each later year's notice as data with its document number
 * and source (`PUT /api/calendar/years/:year`), and an entered year overrides the package for that
 * year (a correction). Years neither covers count weekends only (the API says so with `covered: false`).
 */
export const CALENDAR_SOURCE = {
  label: '国务院办公厅关于部分节假日安排的通知（2004–2026 年，chinese-days 数据包；此后各年由区级管理员按通知录入）',
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

// ── the years of the calendar: packaged, or entered by the district from each year's notice ──

/** The years a notice can be entered for. */
export const CALENDAR_YEAR_MIN = 2000;
export const CALENDAR_YEAR_MAX = 2099;
export const CalendarYearNumberSchema = z
  .number({ error: '请输入年份' })
  .int({ error: '请输入年份' })
  .min(CALENDAR_YEAR_MIN, { error: `年份应在 ${CALENDAR_YEAR_MIN}–${CALENDAR_YEAR_MAX} 之间` })
  .max(CALENDAR_YEAR_MAX, { error: `年份应在 ${CALENDAR_YEAR_MIN}–${CALENDAR_YEAR_MAX} 之间` });
export const CalendarYearParamsSchema = z.object({ year: z.coerce.number().pipe(CalendarYearNumberSchema) });

/** What a notice says of a day: a day off (放假) or a weekend day made a working day (调休上班). */
export const CALENDAR_ENTRY_KINDS = ['holiday', 'adjusted_workday'] as const;
export const CalendarEntryKindSchema = z.enum(CALENDAR_ENTRY_KINDS, { error: '请选择放假或调休上班' });
export type CalendarEntryKind = z.infer<typeof CalendarEntryKindSchema>;
export const CALENDAR_ENTRY_KIND_LABELS: Record<CalendarEntryKind, string> = { holiday: '放假', adjusted_workday: '调休上班' };

/** The holidays' names as the notices write them (a suggestion list; any name is accepted). */
export const HOLIDAY_NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'] as const;

export const CalendarEntrySchema = z.object({
  date: DateSchema,
  kind: CalendarEntryKindSchema,
  /** The holiday the day belongs to (元旦, 春节 …), also for its 调休 working days. */
  name: text(20),
});
export type CalendarEntry = z.infer<typeof CalendarEntrySchema>;

/** At most this many days in one year's notice (the notices name about 30–40). */
export const CALENDAR_MAX_ENTRIES = 120;

function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/**
 * The checks of a year's days, with the index of the day at fault: inside the year, no date twice,
 * a 调休 working day on a Saturday or Sunday only (a holiday on a weekend is allowed: the notices
 * name them). Pure, shared by the API's body schema and the web form.
 */
export function calendarEntryIssues(year: number, days: readonly CalendarEntry[]): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const seen = new Set<string>();
  days.forEach((day, index) => {
    if (!day.date.startsWith(`${year}-`)) {
      issues.push({ path: ['days', index, 'date'], message: `日期不在 ${year} 年内` });
      return;
    }
    if (seen.has(day.date)) issues.push({ path: ['days', index, 'date'], message: `${day.date} 重复录入` });
    else seen.add(day.date);
    const weekday = weekdayOf(day.date);
    if (day.kind === 'adjusted_workday' && weekday !== 0 && weekday !== 6) {
      issues.push({ path: ['days', index, 'kind'], message: `${day.date} 不是周六或周日，不能设为调休上班` });
    }
  });
  return issues;
}

/** A year as the district enters it from the State Council notice: the whole year at once. */
export const PutCalendarYearBodySchema = z
  .object({
    year: CalendarYearNumberSchema,
    /** 文号, e.g. 国办发明电〔2025〕7号. */
    documentNo: text(60),
    title: text(200),
    publishedOn: DateSchema,
    /** Where the notice was read: its URL on www.gov.cn, or the text of the reference. */
    source: text(1000),
    days: z
      .array(CalendarEntrySchema)
      .min(1, { error: '请至少录入一天' })
      .max(CALENDAR_MAX_ENTRIES, { error: `一年最多录入 ${CALENDAR_MAX_ENTRIES} 天` }),
    /** The version read; 0 when the year has not been entered before. */
    version: z.number().int().min(0),
  })
  .superRefine((body, ctx) => {
    for (const issue of calendarEntryIssues(body.year, body.days)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type PutCalendarYearBody = z.infer<typeof PutCalendarYearBodySchema>;

export const CalendarYearSchema = z.object({
  year: z.number().int(),
  documentNo: z.string(),
  title: z.string(),
  publishedOn: DateSchema,
  source: z.string(),
  days: z.array(CalendarEntrySchema),
  version: z.number().int(),
  updatedAt: TimestampSchema,
});
export type CalendarYear = z.infer<typeof CalendarYearSchema>;

export const CALENDAR_YEAR_ORIGINS = ['package', 'entered'] as const;
export const CalendarYearOriginSchema = z.enum(CALENDAR_YEAR_ORIGINS);
export type CalendarYearOrigin = z.infer<typeof CalendarYearOriginSchema>;
export const CALENDAR_YEAR_ORIGIN_LABELS: Record<CalendarYearOrigin, string> = { package: '数据包', entered: '区级录入' };

/** One covered year and where its days come from. */
export const CalendarYearSummarySchema = z.object({
  year: z.number().int(),
  origin: CalendarYearOriginSchema,
  /** Null for a packaged year (the package does not keep the document numbers). */
  documentNo: z.string().nullable(),
  title: z.string(),
  publishedOn: DateSchema.nullable(),
  source: z.string(),
  /** An entered year that replaces the package's days for that year. */
  overridesPackage: z.boolean(),
  /** Counted for entered years only. */
  holidayCount: z.number().int().nullable(),
  adjustedWorkdayCount: z.number().int().nullable(),
  /** The version to send with the next PUT: 0 for a year not entered yet. */
  version: z.number().int(),
  updatedAt: TimestampSchema.nullable(),
});
export type CalendarYearSummary = z.infer<typeof CalendarYearSummarySchema>;

export const CalendarYearListSchema = z.object({
  years: z.array(CalendarYearSummarySchema),
  /** The last year of the unbroken run of covered years from the package's first. */
  coveredThrough: z.number().int(),
});
export type CalendarYearList = z.infer<typeof CalendarYearListSchema>;

export const CalendarSchema = z.object({
  days: z.array(CalendarDaySchema),
  source: z.object({ label: z.string(), package: z.string(), version: z.string(), firstYear: z.number(), lastYear: z.number() }),
  /** The last year of the unbroken run of covered years: later dates count weekends only. */
  coveredThrough: z.number().int(),
  /** The covered years the range touches, with their source. */
  years: z.array(CalendarYearSummarySchema),
});
export type Calendar = z.infer<typeof CalendarSchema>;

/**
 * Whether to warn that next year's notice has not been entered: in November and December (the
 * notices come out from late October), when next year is not covered.
 */
export function calendarNeedsNextYear(today: string, coveredYears: readonly number[]): boolean {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month >= 11 && !coveredYears.includes(year + 1);
}
