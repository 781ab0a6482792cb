import type { OutpostSetting, SiteKind, StaffingStatus } from '@jobcircle/domain';
import type { Insertable, Selectable, Updateable } from 'kysely';

export interface SitesTable {
  id: string;
  kind: SiteKind;
  name: string;
  district_code: string;
  town_code: string;
  village_code: string | null;
  parent_site_id: string | null;
  outpost_setting: OutpostSetting | null;
  address: string;
  lng: number | null;
  lat: number | null;
  /** JSON text of OpeningHours. */
  opening_hours: string;
  /** JSON text of SiteZone[]. */
  zones: string;
  managing_unit: string;
  contact_phone: string | null;
  staffing_status: StaffingStatus;
  full_time_community_workers: number;
  service_workers: number;
  volunteers: number;
  is_demo: number;
  is_active: number;
  version: number;
  created_at: string;
  updated_at: string;
}
export type SiteRow = Selectable<SitesTable>;
export type NewSiteRow = Insertable<SitesTable>;
export type SiteRowUpdate = Updateable<SitesTable>;

export interface SiteServiceItemsTable {
  site_id: string;
  item_no: number;
}
