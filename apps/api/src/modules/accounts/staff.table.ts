import type { RegionLevel, Role, StaffPosition } from '@jobcircle/domain';
import type { Insertable, Selectable, Updateable } from 'kysely';

export interface StaffTable {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  position: StaffPosition;
  is_full_time: number;
  site_id: string | null;
  region_level: RegionLevel;
  district_code: string;
  town_code: string | null;
  village_code: string | null;
  grid_code: string | null;
  password_hash: string;
  must_change_password: number;
  password_changed_at: string;
  last_sign_in_at: string | null;
  is_active: number;
  is_demo: number;
  version: number;
  created_at: string;
  updated_at: string;
}
export type StaffRow = Selectable<StaffTable>;
export type NewStaffRow = Insertable<StaffTable>;
export type StaffRowUpdate = Updateable<StaffTable>;

export interface StaffPasswordHistoryTable {
  id: string;
  staff_id: string;
  password_hash: string;
  created_at: string;
}
