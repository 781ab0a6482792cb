import type { RegionScope } from '@jobcircle/domain';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import { AppError } from '../../platform/errors.ts';
import { findResidentById, findResidentRegion, type ResidentWithNames } from './residents.repository.ts';

/** A resident in scope, or 404: out-of-scope ids are not told apart from unknown ones. */
export async function loadResident(trx: Executor<Database>, scope: RegionScope, id: string): Promise<ResidentWithNames> {
  const row = await findResidentById(trx, scope, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** The region codes of an action over the actor's whole area (an import, an export). */
export function scopeRegion(scope: RegionScope) {
  return { districtCode: scope.districtCode, townCode: scope.townCode ?? null, villageCode: scope.villageCode ?? null };
}

export interface ResidentRegion {
  districtCode: string;
  townCode: string;
  villageCode: string;
  gridCode: string | null;
}

/**
 * Public (ARCHITECTURE §9): where a resident lives, for another module's record of a service to
 * them — and the scope check for free: a resident outside `scope` (or none) throws NOT_FOUND.
 */
export async function regionOf(trx: Executor<Database>, scope: RegionScope, residentId: string): Promise<ResidentRegion> {
  const row = await findResidentRegion(trx, scope, residentId);
  if (!row) throw new AppError('NOT_FOUND');
  return { districtCode: row.district_code, townCode: row.town_code, villageCode: row.village_code, gridCode: row.grid_code };
}
