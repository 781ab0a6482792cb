import type { KeyGroup, RegionScope } from '@jobcircle/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, inScope } from '../../db/scope.ts';
import type { NewVillageCentreRow, NewVillagePopulationRow, VillageCentreRow, VillagePopulationRow } from './coverage.table.ts';

/**
 * Read-side queries over other modules' tables (regions, sites, site_service_items, residents,
 * resident_key_groups — see README.md), and the module's own two tables.
 */

/** Statuses outside the labour force (在校学生、已退休、非劳动力). */
const NOT_LABOUR_FORCE = ['student', 'retired', 'not_in_labour_force'] as const;

export async function selectRegionsOfDistrict(db: Kysely<Database>) {
  return db.selectFrom('regions').select(['code', 'level', 'name', 'parent_code', 'lng', 'lat']).orderBy('code').execute();
}

/** Every active site with a point in the district (coverage counts sites across town borders), with its items. */
export async function selectCoverageSites(db: Kysely<Database>, districtCode: string) {
  const sites = await db
    .selectFrom('sites')
    .select(['id', 'name', 'kind', 'town_code', 'village_code', 'lng', 'lat', 'is_active'])
    .where('district_code', '=', districtCode)
    .where('is_active', '=', 1)
    .where('lng', 'is not', null)
    .where('lat', 'is not', null)
    .orderBy('id')
    .execute();
  const items = await db
    .selectFrom('site_service_items')
    .innerJoin('sites', 'sites.id', 'site_service_items.site_id')
    .select(['site_service_items.site_id', 'site_service_items.item_no'])
    .where('sites.district_code', '=', districtCode)
    .where('sites.is_active', '=', 1)
    .execute();
  const bySite = new Map<string, number[]>();
  for (const item of items) bySite.set(item.site_id, [...(bySite.get(item.site_id) ?? []), Number(item.item_no)]);
  return sites.map((site) => ({ ...site, items: bySite.get(site.id) ?? [] }));
}

export async function selectVillageCentres(db: Executor<Database>, scope: RegionScope): Promise<VillageCentreRow[]> {
  return db.selectFrom('village_centres').selectAll().where(inScope(scope, 'village_centres')).execute();
}

export async function selectVillageCentre(db: Executor<Database>, villageCode: string): Promise<VillageCentreRow | undefined> {
  return db.selectFrom('village_centres').selectAll().where('village_code', '=', villageCode).executeTakeFirst();
}

export async function selectVillagePopulations(db: Executor<Database>, scope: RegionScope): Promise<VillagePopulationRow[]> {
  return db.selectFrom('village_populations').selectAll().where(inScope(scope, 'village_populations')).execute();
}

export async function insertVillageCentre(trx: Executor<Database>, row: NewVillageCentreRow): Promise<boolean> {
  const result = await trx
    .insertInto('village_centres')
    .values(row)
    .onConflict((oc) => oc.column('village_code').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateVillageCentreAtVersion(
  trx: Executor<Database>,
  villageCode: string,
  version: number,
  values: Pick<VillageCentreRow, 'lng' | 'lat' | 'source' | 'updated_by' | 'updated_at'>,
): Promise<boolean> {
  const result = await trx
    .updateTable('village_centres')
    .set({ ...values, version: version + 1 })
    .where('village_code', '=', villageCode)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Imported centres replace what is there (the version moves on). */
export async function upsertVillageCentres(trx: Executor<Database>, rows: readonly NewVillageCentreRow[]): Promise<void> {
  for (const row of rows) {
    await trx
      .insertInto('village_centres')
      .values(row)
      .onConflict((oc) =>
        oc.column('village_code').doUpdateSet({
          lng: row.lng,
          lat: row.lat,
          source: row.source,
          updated_by: row.updated_by,
          updated_at: row.updated_at,
          version: sql<number>`village_centres.version + 1`,
        }),
      )
      .execute();
  }
}

export async function upsertVillagePopulations(trx: Executor<Database>, rows: readonly NewVillagePopulationRow[]): Promise<void> {
  for (const row of rows) {
    await trx
      .insertInto('village_populations')
      .values(row)
      .onConflict((oc) =>
        oc.column('village_code').doUpdateSet({
          population: row.population,
          labour_force: row.labour_force,
          source: row.source,
          year: row.year,
          updated_by: row.updated_by,
          updated_at: row.updated_at,
        }),
      )
      .execute();
  }
}

/** Residents per village in the registry (merged files left out), and how many are in the labour force. */
export async function selectRegistryCounts(db: Kysely<Database>, scope: RegionScope) {
  return db
    .selectFrom('residents')
    .select((eb) => [
      'residents.village_code',
      eb.fn.countAll<number>().as('residents'),
      eb.fn
        .count<number>(
          eb
            .case()
            .when('residents.employment_status', 'not in', [...NOT_LABOUR_FORCE])
            .then(1)
            .end(),
        )
        .as('labour_force'),
    ])
    .where(inScope(scope, 'residents', { hasGrid: true }))
    .where('residents.merged_into_id', 'is', null)
    .groupBy('residents.village_code')
    .execute();
}

/** Residents per village and key group with a membership valid on `today`. */
export async function selectKeyGroupCounts(db: Kysely<Database>, scope: RegionScope, today: string) {
  const rows = await db
    .selectFrom('resident_key_groups')
    .innerJoin('residents', 'residents.id', 'resident_key_groups.resident_id')
    .select((eb) => [
      'residents.village_code',
      'resident_key_groups.key_group',
      eb.fn.count<number>('resident_key_groups.resident_id').distinct().as('members'),
    ])
    .where(inScope(scope, 'residents', { hasGrid: true }))
    .where('residents.merged_into_id', 'is', null)
    .where('resident_key_groups.valid_from', '<=', today)
    .where((eb) => eb.or([eb('resident_key_groups.valid_to', 'is', null), eb('resident_key_groups.valid_to', '>=', today)]))
    .groupBy(['residents.village_code', 'resident_key_groups.key_group'])
    .execute();
  return rows.map((row) => ({ villageCode: row.village_code, keyGroup: row.key_group as KeyGroup, members: Number(row.members) }));
}

/** Where a resident lives (village), in the actor's scope; undefined outside it. */
export async function selectResidentVillage(db: Kysely<Database>, scope: RegionScope, residentId: string) {
  return db
    .selectFrom('residents')
    .select(['residents.village_code', 'residents.town_code'])
    .where(inScope(scope, 'residents', { hasGrid: true }))
    .where('residents.id', '=', residentId)
    .executeTakeFirst();
}
