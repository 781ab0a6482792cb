import type { Insertable, Selectable } from 'kysely';

export interface VillageCentresTable {
  village_code: string;
  district_code: string;
  town_code: string;
  lng: number;
  lat: number;
  source: string;
  version: number;
  updated_by: string | null;
  updated_at: string;
}
export type VillageCentreRow = Selectable<VillageCentresTable>;
export type NewVillageCentreRow = Insertable<VillageCentresTable>;

export interface VillagePopulationsTable {
  village_code: string;
  district_code: string;
  town_code: string;
  population: number;
  labour_force: number | null;
  source: string;
  year: number;
  updated_by: string | null;
  updated_at: string;
}
export type VillagePopulationRow = Selectable<VillagePopulationsTable>;
export type NewVillagePopulationRow = Insertable<VillagePopulationsTable>;
