import type { Insertable, Selectable, Updateable } from 'kysely';

export interface GridsTable {
  id: string;
  code: string;
  name: string;
  district_code: string;
  town_code: string;
  village_code: string;
  responsible_staff_id: string | null;
  is_active: number;
  version: number;
  created_at: string;
  updated_at: string;
}
export type GridRow = Selectable<GridsTable>;
export type NewGridRow = Insertable<GridsTable>;
export type GridRowUpdate = Updateable<GridsTable>;
