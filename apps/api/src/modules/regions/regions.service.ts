import { isInScope, type RegionNode, type RegionPlacement, type RegionScope } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { loadReferenceData } from './regions.reference.ts';
import { selectAllRegions } from './regions.repository.ts';
import type { RegionRow } from './regions.table.ts';

export interface GridNode {
  code: string;
  name: string;
  villageCode: string;
}

/**
 * The district → town → village tree, read once (`load`, after the reference data is in) and kept in
 * memory: it changes only when the reference data is reloaded at start-up. Reading it never touches
 * the database, so it is safe inside any transaction.
 */
export function createRegionDirectory(deps: { db: Kysely<Database> }) {
  let byCode: Map<string, RegionRow> | undefined;

  function loaded(): Map<string, RegionRow> {
    if (!byCode) throw new Error('the region directory is read before load()');
    return byCode;
  }

  return {
    async load(): Promise<void> {
      byCode = new Map((await selectAllRegions(deps.db)).map((row) => [row.code, row]));
    },

    /** Writes the shipped divisions and town seats (idempotent, every start) and reads them in. */
    async importReference(): Promise<void> {
      await loadReferenceData(deps.db);
      await this.load();
    },

    async find(code: string): Promise<RegionRow | undefined> {
      return loaded().get(code);
    },

    /** The codes a town or village sits in, or undefined for an unknown code. */
    async placementOf(code: string): Promise<RegionPlacement | undefined> {
      const region = loaded().get(code);
      if (!region) return undefined;
      if (region.level === 'district') return { districtCode: region.code, townCode: null, villageCode: null };
      if (region.level === 'town') return { districtCode: region.parent_code ?? '', townCode: region.code, villageCode: null };
      const town = loaded().get(region.parent_code ?? '');
      return { districtCode: town?.parent_code ?? '', townCode: region.parent_code, villageCode: region.code };
    },

    /**
     * Checks that a town (and optionally a village of that town) exist and lie in the scope, and
     * returns where they sit. Errors name the field at fault.
     */
    async placeInTown(
      scope: RegionScope,
      townCode: string,
      villageCode: string | null | undefined,
    ): Promise<RegionPlacement & { townCode: string }> {
      const town = loaded().get(townCode);
      if (town?.level !== 'town') throw validationError({ townCode: ['没有这个乡镇'] });
      let placement: RegionPlacement & { townCode: string } = { districtCode: town.parent_code ?? '', townCode, villageCode: null };
      if (villageCode) {
        const village = loaded().get(villageCode);
        if (village?.level !== 'village') throw validationError({ villageCode: ['没有这个村居'] });
        if (village.parent_code !== townCode) throw validationError({ villageCode: ['该村居不属于所选乡镇'] });
        placement = { ...placement, villageCode };
      }
      if (!isInScope(scope, placement)) {
        throw new AppError('REGION_OUT_OF_SCOPE', { fieldErrors: { [villageCode ? 'villageCode' : 'townCode']: ['不在您的管辖范围内'] } });
      }
      return placement;
    },

    async nameOf(code: string | null): Promise<string | null> {
      if (code === null) return null;
      return loaded().get(code)?.name ?? null;
    },

    async towns(): Promise<RegionRow[]> {
      return [...loaded().values()].filter((row) => row.level === 'town');
    },

    /** The tree cut to what the scope may see; grids hang under their villages. */
    async tree(scope: RegionScope, grids: readonly GridNode[]): Promise<RegionNode> {
      const rows = [...loaded().values()];
      const district = rows.find((row) => row.code === scope.districtCode);
      if (!district) throw new Error(`district ${scope.districtCode} is not loaded`);
      const node = (row: RegionRow): RegionNode => ({
        code: row.code,
        name: row.name,
        level: row.level,
        villageKind: row.village_kind,
        isStatistical: Boolean(row.is_statistical),
        children: [],
      });
      const root = node(district);
      for (const town of rows.filter((row) => row.level === 'town' && row.parent_code === district.code)) {
        if (!isInScope(scope, { districtCode: district.code, townCode: town.code, villageCode: scope.villageCode ?? null })) continue;
        const townNode = node(town);
        for (const village of rows.filter((row) => row.level === 'village' && row.parent_code === town.code)) {
          if (!isInScope(scope, { districtCode: district.code, townCode: town.code, villageCode: village.code })) continue;
          const villageNode = node(village);
          for (const grid of grids.filter((g) => g.villageCode === village.code)) {
            if (!isInScope(scope, { districtCode: district.code, townCode: town.code, villageCode: village.code, gridCode: grid.code }))
              continue;
            villageNode.children.push({
              code: grid.code,
              name: grid.name,
              level: 'grid',
              villageKind: null,
              isStatistical: false,
              children: [],
            });
          }
          townNode.children.push(villageNode);
        }
        root.children.push(townNode);
      }
      return root;
    },
  };
}
export type RegionDirectory = ReturnType<typeof createRegionDirectory>;
