import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { App } from '../../platform/route-types.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { createGridsService } from './grids.service.ts';
import { regionsRoutes } from './regions.routes.ts';
import { createRegionDirectory } from './regions.service.ts';

export type { GridsService } from './grids.service.ts';
export type { RegionDirectory } from './regions.service.ts';

/** The divisions (district → town → village, real NBS data) and the grids drawn under villages. */
export function createRegionsServices(deps: { db: Kysely<Database>; audit: AuditService }) {
  const regions = createRegionDirectory(deps);
  const grids = createGridsService({ ...deps, regions });
  return { regions, grids };
}
export type RegionsServices = ReturnType<typeof createRegionsServices>;

export function registerRegions(app: App, services: RegionsServices): void {
  void app.register(regionsRoutes(services.grids), { prefix: '/api' });
}
