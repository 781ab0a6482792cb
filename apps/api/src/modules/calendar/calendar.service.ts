import {
  CALENDAR_SOURCE,
  type CalendarYear,
  type CalendarYearList,
  type CalendarYearSummary,
  type PutCalendarYearBody,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import { assertUpdated, assertVersion } from '../../platform/versioning.ts';
import type { AuditService } from '../audit/audit.service.ts';
import {
  insertCalendarYear,
  replaceCalendarDays,
  selectCalendarDays,
  selectCalendarStamp,
  selectCalendarYear,
  selectCalendarYears,
  updateCalendarYear,
} from './calendar.repository.ts';
import { coveredThrough, isPackagedYear, replaceEnteredYears } from './calendar.rules.ts';
import type { CalendarYearRow } from './calendar.table.ts';

function toCalendarYear(row: CalendarYearRow, days: CalendarYear['days']): CalendarYear {
  return {
    year: Number(row.year),
    documentNo: row.document_no,
    title: row.title,
    publishedOn: row.published_on,
    source: row.source,
    days,
    version: Number(row.version),
    updatedAt: row.updated_at,
  };
}

function enteredSummary(year: CalendarYear): CalendarYearSummary {
  return {
    year: year.year,
    origin: 'entered',
    documentNo: year.documentNo,
    title: year.title,
    publishedOn: year.publishedOn,
    source: year.source,
    overridesPackage: isPackagedYear(year.year),
    holidayCount: year.days.filter((day) => day.kind === 'holiday').length,
    adjustedWorkdayCount: year.days.filter((day) => day.kind === 'adjusted_workday').length,
    version: year.version,
    updatedAt: year.updatedAt,
  };
}

function packagedSummary(year: number): CalendarYearSummary {
  return {
    year,
    origin: 'package',
    documentNo: null,
    title: `国务院办公厅关于${year}年部分节假日安排的通知`,
    publishedOn: null,
    source: `npm 数据包 ${CALENDAR_SOURCE.package} ${CALENDAR_SOURCE.version}`,
    overridesPackage: false,
    holidayCount: null,
    adjustedWorkdayCount: null,
    version: 0,
    updatedAt: null,
  };
}

/**
 * The years of the working-day calendar the district entered from each year's State Council
 * notice. The calendar's rules are pure and synchronous: this service holds the entered years in
 * their memory (`load` at start-up, again after each write), and `refreshIfChanged` — run by the
 * task runner's every round and before the calendar's reads — reloads them when another process
 * wrote (a cheap count-and-versions check).
 */
export function createCalendarService(deps: { db: Kysely<Database>; audit: AuditService }) {
  const { db, audit } = deps;
  let entered: CalendarYear[] = [];
  let stamp: string | null = null;

  async function load(): Promise<void> {
    const { years, days } = await db.transaction().execute(async (trx) => ({
      years: await selectCalendarYears(trx),
      days: await selectCalendarDays(trx),
    }));
    entered = years.map((row) =>
      toCalendarYear(
        row,
        days.filter((day) => Number(day.year) === Number(row.year)).map((day) => ({ date: day.date, kind: day.kind, name: day.name })),
      ),
    );
    replaceEnteredYears(entered);
    stamp = `${years.length}:${years.reduce((sum, row) => sum + Number(row.version), 0)}`;
  }

  async function refreshIfChanged(): Promise<boolean> {
    if ((await selectCalendarStamp(db)) === stamp) return false;
    await load();
    return true;
  }

  /** Every covered year, packaged or entered (an entered year replaces the package's), in order. */
  function summaries(): CalendarYearSummary[] {
    const byYear = new Map<number, CalendarYearSummary>();
    for (let year = CALENDAR_SOURCE.firstYear; year <= CALENDAR_SOURCE.lastYear; year += 1) byYear.set(year, packagedSummary(year));
    for (const year of entered) byYear.set(year.year, enteredSummary(year));
    return [...byYear.values()].sort((a, b) => a.year - b.year);
  }

  return {
    load,
    refreshIfChanged,

    async listYears(): Promise<CalendarYearList> {
      await refreshIfChanged();
      return { years: summaries(), coveredThrough: coveredThrough() };
    },

    /** The covered years from `fromYear` to `toYear` with their source, for GET /api/calendar. */
    async yearsBetween(fromYear: number, toYear: number): Promise<{ years: CalendarYearSummary[]; coveredThrough: number }> {
      await refreshIfChanged();
      return { years: summaries().filter((year) => year.year >= fromYear && year.year <= toYear), coveredThrough: coveredThrough() };
    },

    /**
     * Replaces a whole year (the notice and its days). The first entry of a year carries version 0;
     * a later one the version read. Audited; the rules read the new days as soon as it returns.
     */
    async putYear(ctx: ServiceContext, year: number, body: PutCalendarYearBody): Promise<CalendarYear> {
      if (body.year !== year) throw validationError({ year: [`提交的年份（${body.year}）与地址中的年份（${year}）不一致`] });
      const at = ctx.now.toISOString();
      const days = [...body.days].sort((a, b) => a.date.localeCompare(b.date));
      await db.transaction().execute(async (trx) => {
        const current = await selectCalendarYear(trx, year);
        const notice = {
          document_no: body.documentNo,
          title: body.title,
          published_on: body.publishedOn,
          source: body.source,
          updated_by: ctx.actor.staffId,
          updated_at: at,
        };
        assertVersion(current?.version ?? 0, body.version);
        if (current === undefined) {
          assertUpdated(await insertCalendarYear(trx, { year, ...notice, version: 1, created_by: ctx.actor.staffId, created_at: at }));
        } else {
          assertUpdated(await updateCalendarYear(trx, year, body.version, notice));
        }
        await replaceCalendarDays(trx, year, days);
        await audit.record(trx, ctx, {
          action: current ? 'calendar.update_year' : 'calendar.enter_year',
          entityType: 'calendar_year',
          entityId: String(year),
          region: { districtCode: ctx.actor.scope.districtCode },
          details: {
            year,
            documentNo: body.documentNo,
            source: body.source,
            holidays: days.filter((day) => day.kind === 'holiday').map((day) => day.date),
            adjustedWorkdays: days.filter((day) => day.kind === 'adjusted_workday').map((day) => day.date),
          },
        });
      });
      await load();
      const saved = entered.find((candidate) => candidate.year === year);
      if (!saved) throw new Error(`calendar year ${year} not found after saving`);
      return saved;
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
