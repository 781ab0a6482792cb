import type { App } from '../../platform/route-types.ts';
import { gigsRoutes } from './gigs.routes.ts';
import type { GigsService } from './gigs.service.ts';

export { createGigsService, type GigsService, type GigsServiceDeps } from './gigs.service.ts';

/** The gig market (零工市场, plan §三.二): sign-ups, check-in and check-out, work and pay confirmed by the worker. */
export function registerGigs(app: App, gigs: GigsService): void {
  void app.register(gigsRoutes(gigs), { prefix: '/api' });
}
