import type { ServiceChannel, ServiceOutcome, ServiceStyle } from '@jobcircle/domain';
import type { Insertable, Selectable } from 'kysely';

/** One service given (服务台账): append-only, written by every module inside its own transaction. */
export interface ServiceRecordsTable {
  id: string;
  item_no: number;
  resident_id: string | null;
  employer_id: string | null;
  site_id: string;
  staff_id: string;
  channel: ServiceChannel;
  style: ServiceStyle;
  outcome: ServiceOutcome;
  note: string | null;
  at: string;
  duration_minutes: number | null;
  source_module: string;
  source_id: string;
  district_code: string;
  town_code: string;
  village_code: string | null;
  grid_code: string | null;
  created_at: string;
}
export type ServiceRecordRow = Selectable<ServiceRecordsTable>;
export type NewServiceRecordRow = Insertable<ServiceRecordsTable>;
