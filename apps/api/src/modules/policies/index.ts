import type { App } from '../../platform/route-types.ts';
import { policiesRoutes } from './policies.routes.ts';
import type { PoliciesService } from './policies.service.ts';

export { SEED_POLICIES } from './policies.seed.ts';
export { createPoliciesService, type PoliciesService, type PoliciesServiceDeps } from './policies.service.ts';

/**
 * Policies as dated rule packs with explained eligibility (issue 11): the policies and their
 * versions, a resident's eligibility per condition, and recorded decisions (ledger item 3).
 */
export function registerPolicies(app: App, policies: PoliciesService): void {
  void app.register(policiesRoutes(policies), { prefix: '/api' });
}
