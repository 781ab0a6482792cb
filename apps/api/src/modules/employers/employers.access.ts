import type { RegionPlacement, RegionScope } from '@jobcircle/domain';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import { AppError } from '../../platform/errors.ts';
import { findEmployerById } from './employers.repository.ts';

/**
 * Public (ARCHITECTURE §9): where an employer is, for another module's record of a service to it
 * (the service ledger) — with the scope check: an employer outside `scope` (or none) throws NOT_FOUND.
 */
export async function employerRegionOf(trx: Executor<Database>, scope: RegionScope, employerId: string): Promise<RegionPlacement> {
  const row = await findEmployerById(trx, scope, employerId);
  if (!row) throw new AppError('NOT_FOUND');
  return { districtCode: row.district_code, townCode: row.town_code, villageCode: row.village_code };
}
