import type { RegionPlacement, RegionScope } from '@jobcircle/domain';
import { type Expression, type Kysely, type SqlBool, sql, type Transaction } from 'kysely';

/**
 * The jurisdiction filter every repository read of scoped data applies: the table's region column
 * at the scope's level must equal the scope's code. Tables without a grid column are seen by a grid
 * scope at its village's level.
 */
export function inScope(scope: RegionScope, table: string, options: { hasGrid?: boolean } = {}): Expression<SqlBool> {
  const column = (name: string) => sql.ref(`${table}.${name}`);
  switch (scope.level) {
    case 'district':
      return sql<SqlBool>`${column('district_code')} = ${scope.districtCode}`;
    case 'town':
      return sql<SqlBool>`${column('town_code')} = ${scope.townCode ?? ''}`;
    case 'village':
      return sql<SqlBool>`${column('village_code')} = ${scope.villageCode ?? ''}`;
    case 'grid':
      if (!options.hasGrid) return sql<SqlBool>`${column('village_code')} = ${scope.villageCode ?? ''}`;
      return sql<SqlBool>`(${column('village_code')} = ${scope.villageCode ?? ''} and (${column('grid_code')} = ${scope.gridCode ?? ''} or ${column('grid_code')} is null))`;
  }
}

/**
 * The scope of system work only — a background job re-checking rows it already holds, never a
 * request: a request always acts in its actor's scope. The whole district.
 */
export function systemScope(districtCode: string): RegionScope {
  return { level: 'district', districtCode };
}

/** `like` with the user's text taken literally. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A repository function takes the database or the transaction its service opened. */
export type Executor<DB> = Kysely<DB> | Transaction<DB>;

/**
 * The tail of every list query: rows read with `count(*) over () as total_count` carry the total;
 * past the last page no row carries it, so `countAlone` gives it.
 */
export async function pageWithTotal<R extends { total_count: unknown }>(
  rows: R[],
  page: number,
  countAlone: () => Promise<number>,
): Promise<{ rows: Omit<R, 'total_count'>[]; total: number }> {
  if (rows.length === 0 && page > 1) return { rows: [], total: await countAlone() };
  return { rows: rows.map(({ total_count: _, ...row }) => row), total: Number(rows[0]?.total_count ?? 0) };
}

/** The region codes a row carries (district, town, village), as the placement an audit row or a service record takes. */
export function regionOfRow(row: { district_code: string; town_code: string; village_code: string | null }): RegionPlacement {
  return { districtCode: row.district_code, townCode: row.town_code, villageCode: row.village_code };
}
