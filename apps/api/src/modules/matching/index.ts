import type { App } from '../../platform/route-types.ts';
import { matchingRoutes } from './matching.routes.ts';
import type { MatchingService } from './matching.service.ts';

export { createMatchingService, type MatchingService, type MatchingServiceDeps } from './matching.service.ts';

/** Explainable matching (人岗匹配, plan §三.三): a read-side module (README). */
export function registerMatching(app: App, matching: MatchingService): void {
  void app.register(matchingRoutes(matching), { prefix: '/api' });
}
