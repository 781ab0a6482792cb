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
  /** The TOTP secret (base32) as field cipher text; null when no second factor is enrolled. */
  totp_secret: string | null;
  /** When the first code confirmed the enrolment; until then the factor is not asked for. */
  totp_confirmed_at: string | null;
  /** The last TOTP time step accepted: a code is good once. */
  totp_last_step: number | null;
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

export interface StaffRecoveryCodesTable {
  id: string;
  staff_id: string;
  /** SHA-256 (hex) of the normalised code. */
  code_hash: string;
  created_at: string;
  used_at: string | null;
}
