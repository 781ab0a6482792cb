import type { App } from '../../platform/route-types.ts';
import { outreachRoutes } from './outreach.routes.ts';
import type { OutreachService } from './outreach.service.ts';
import { policiesRoutes } from './policies.routes.ts';
import type { PoliciesService } from './policies.service.ts';

export { createOutreachService, type OutreachService, registerOutreachTasks } from './outreach.service.ts';
export { SEED_POLICIES } from './policies.seed.ts';
export { createPoliciesService, type PoliciesService, type PoliciesServiceDeps } from './policies.service.ts';

/**
 * Policies as dated rule packs with explained eligibility (issue 11): the policies and their
 * versions, a resident's eligibility per condition, and recorded decisions (ledger item 3); and
 * outreach (政策找人): screening, outreach tasks and their funnel.
 */
export function registerPolicies(app: App, policies: PoliciesService, outreach: OutreachService): void {
  void app.register(policiesRoutes(policies), { prefix: '/api' });
  void app.register(outreachRoutes(outreach), { prefix: '/api' });
}
