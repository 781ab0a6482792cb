import type { Insertable, Selectable } from 'kysely';

export interface RegionsTable {
  code: string;
  level: 'district' | 'town' | 'village';
  name: string;
  parent_code: string | null;
  village_kind: 'rural' | 'urban' | 'virtual' | null;
  is_statistical: number;
  lng: number | null;
  lat: number | null;
}
export type RegionRow = Selectable<RegionsTable>;
export type NewRegionRow = Insertable<RegionsTable>;
