import type { App } from '../../platform/route-types.ts';
import { createResidentsExport } from './residents.export.ts';
import { createResidentImportsService } from './residents.import.ts';
import { residentsRoutes } from './residents.routes.ts';
import { createResidentsService, type ResidentsServiceDeps } from './residents.service.ts';

/** The labour-force registry (劳动力资源库, plan §三.一, §四.三): files, imports and the ledger. */
export function createResidentsServices(deps: ResidentsServiceDeps) {
  return { residents: createResidentsService(deps), imports: createResidentImportsService(deps), ledger: createResidentsExport(deps) };
}
export type ResidentsServices = ReturnType<typeof createResidentsServices>;

export function registerResidents(app: App, services: ResidentsServices): void {
  void app.register(residentsRoutes(services), { prefix: '/api/residents' });
}
