import type { App } from '../../platform/route-types.ts';
import { workbenchRoutes } from './workbench.routes.ts';
import type { WorkbenchService } from './workbench.service.ts';

export { createWorkbenchService, type WorkbenchService } from './workbench.service.ts';

/** The worker's day (工作台), read-side over the ledger, tickets, appointments and assistance files (README.md). */
export function registerWorkbench(app: App, workbench: WorkbenchService): void {
  void app.register(workbenchRoutes(workbench), { prefix: '/api' });
}
