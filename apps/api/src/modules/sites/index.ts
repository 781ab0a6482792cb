import type { App } from '../../platform/route-types.ts';
import { sitesRoutes } from './sites.routes.ts';
import type { SitesService } from './sites.service.ts';

export { createSitesService, type SitesService } from './sites.service.ts';

/** Sites of the four kinds (服务站、分站、服务点、就业小站) with zones, hours, items and the staffing flag (plan §二). */
export function registerSites(app: App, sites: SitesService): void {
  void app.register(sitesRoutes(sites), { prefix: '/api' });
}
