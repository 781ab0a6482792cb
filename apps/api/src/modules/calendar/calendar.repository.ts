import type { CalendarEntry } from '@jobcircle/domain';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { CalendarYearDayRow, CalendarYearRow } from './calendar.table.ts';

export async function selectCalendarYears(db: Executor<Database>): Promise<CalendarYearRow[]> {
  return db.selectFrom('calendar_years').selectAll().orderBy('year').execute();
}

export async function selectCalendarYear(db: Executor<Database>, year: number): Promise<CalendarYearRow | undefined> {
  return db.selectFrom('calendar_years').selectAll().where('year', '=', year).executeTakeFirst();
}

export async function selectCalendarDays(db: Executor<Database>): Promise<CalendarYearDayRow[]> {
  return db.selectFrom('calendar_year_days').selectAll().orderBy('date').execute();
}

/**
 * The cheap check whether another process wrote: the number of entered years and the sum of their
 * versions (years are never deleted and every write raises a version, so any write changes it).
 */
export async function selectCalendarStamp(db: Executor<Database>): Promise<string> {
  const row = await db
    .selectFrom('calendar_years')
    .select((eb) => [eb.fn.countAll().as('years'), eb.fn.coalesce(eb.fn.sum('version'), eb.lit(0)).as('versions')])
    .executeTakeFirstOrThrow();
  return `${Number(row.years)}:${Number(row.versions)}`;
}

/** A first entry of the year; false when another one got there first (the primary key). */
export async function insertCalendarYear(trx: Executor<Database>, row: CalendarYearRow): Promise<boolean> {
  const inserted = await trx
    .insertInto('calendar_years')
    .values(row)
    .onConflict((oc) => oc.column('year').doNothing())
    .returning('year')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The conditional update of the notice (`where version = ?`); false when someone saved in between. */
export async function updateCalendarYear(
  trx: Executor<Database>,
  year: number,
  expectedVersion: number,
  values: Pick<CalendarYearRow, 'document_no' | 'title' | 'published_on' | 'source' | 'updated_by' | 'updated_at'>,
): Promise<boolean> {
  const result = await trx
    .updateTable('calendar_years')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('year', '=', year)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Replaces the year's days with those given. */
export async function replaceCalendarDays(trx: Executor<Database>, year: number, days: readonly CalendarEntry[]): Promise<void> {
  await trx.deleteFrom('calendar_year_days').where('year', '=', year).execute();
  if (days.length === 0) return;
  await trx
    .insertInto('calendar_year_days')
    .values(days.map((day) => ({ year, date: day.date, kind: day.kind, name: day.name })))
    .execute();
}
