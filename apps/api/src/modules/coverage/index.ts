import type { App } from '../../platform/route-types.ts';
import { coverageRoutes } from './coverage.routes.ts';
import type { CoverageService } from './coverage.service.ts';

export { type CoverageService, createCoverageService } from './coverage.service.ts';

/** The 15-minute circle (plan §一, issue 13): coverage per town and village, the nearest site, village centres. */
export function registerCoverage(app: App, coverage: CoverageService): void {
  void app.register(coverageRoutes(coverage), { prefix: '/api' });
}
