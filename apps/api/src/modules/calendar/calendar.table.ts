import type { CalendarEntryKind } from '@jobcircle/domain';
import type { Selectable } from 'kysely';

/** A year of the working-day calendar as the district entered it from the State Council notice. */
export interface CalendarYearsTable {
  year: number;
  /** 文号, e.g. 国办发明电〔2025〕7号. */
  document_no: string;
  title: string;
  published_on: string;
  /** The notice's URL, or the text of the reference. */
  source: string;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_by: string | null;
  updated_at: string;
}
export type CalendarYearRow = Selectable<CalendarYearsTable>;

/** One day the notice names: a holiday, or a weekend day made a working day (调休上班). */
export interface CalendarYearDaysTable {
  year: number;
  date: string;
  kind: CalendarEntryKind;
  name: string;
}
export type CalendarYearDayRow = Selectable<CalendarYearDaysTable>;
