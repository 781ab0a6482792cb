import { isInScope, type RegionPlacement, type RegionScope } from '@jobcircle/domain';
import { AppError, validationError } from '../../platform/errors.ts';
import type { RegionDirectory } from './regions.service.ts';

/**
 * Checks that a town (and optionally a village of that town) exist and lie in the actor's scope,
 * and returns where they sit. Errors name the field at fault.
 */
export async function placeInTown(
  regions: RegionDirectory,
  scope: RegionScope,
  townCode: string,
  villageCode: string | null | undefined,
): Promise<RegionPlacement & { townCode: string }> {
  const town = await regions.find(townCode);
  if (town?.level !== 'town') throw validationError({ townCode: ['没有这个乡镇'] });
  let placement: RegionPlacement & { townCode: string } = { districtCode: town.parent_code ?? '', townCode, villageCode: null };
  if (villageCode) {
    const village = await regions.find(villageCode);
    if (village?.level !== 'village') throw validationError({ villageCode: ['没有这个村居'] });
    if (village.parent_code !== townCode) throw validationError({ villageCode: ['该村居不属于所选乡镇'] });
    placement = { ...placement, villageCode };
  }
  if (!isInScope(scope, placement)) {
    throw new AppError('REGION_OUT_OF_SCOPE', { fieldErrors: { [villageCode ? 'villageCode' : 'townCode']: ['不在您的管辖范围内'] } });
  }
  return placement;
}
