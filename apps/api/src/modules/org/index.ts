import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { App } from '../../platform/route-types.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { SignInLocks } from '../auth/sign-in-locks.ts';
import { createGridsService } from './grids.service.ts';
import { orgRoutes } from './org.routes.ts';
import { createRegionDirectory } from './regions.service.ts';
import { createServiceItemsService } from './service-items.service.ts';
import { createSitesService } from './sites.service.ts';
import { createStaffService } from './staff.service.ts';

/** The station network: regions, grids, sites and the staff who run them (plan §二). */
export function createOrgServices(deps: { db: Kysely<Database>; audit: AuditService; signInLocks: SignInLocks }) {
  const regions = createRegionDirectory(deps);
  const sites = createSitesService({ ...deps, regions });
  const grids = createGridsService({ ...deps, regions });
  const staff = createStaffService({ ...deps, regions, sites });
  const serviceItems = createServiceItemsService(deps);
  return { regions, sites, grids, staff, serviceItems };
}
export type OrgServices = ReturnType<typeof createOrgServices>;

export function registerOrg(app: App, org: OrgServices): void {
  void app.register(orgRoutes(org), { prefix: '/api' });
}
