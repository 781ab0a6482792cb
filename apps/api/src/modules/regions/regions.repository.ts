import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { NewRegionRow, RegionRow } from './regions.table.ts';

/** Region names and codes are public reference data: no scope is needed to read them. */
export async function selectAllRegions(db: Kysely<Database>): Promise<RegionRow[]> {
  return db.selectFrom('regions').selectAll().orderBy('code').execute();
}

export async function upsertRegions(trx: Executor<Database>, rows: readonly NewRegionRow[]): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('regions')
    .values([...rows])
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        level: eb.ref('excluded.level'),
        parent_code: eb.ref('excluded.parent_code'),
        village_kind: eb.ref('excluded.village_kind'),
        is_statistical: eb.ref('excluded.is_statistical'),
        lng: eb.ref('excluded.lng'),
        lat: eb.ref('excluded.lat'),
      })),
    )
    .execute();
}
