import type { App } from '../../platform/route-types.ts';
import { residentsRoutes } from './residents.routes.ts';
import type { ResidentsService } from './residents.service.ts';

export { createResidentsService } from './residents.service.ts';

/** The labour-force registry (劳动力资源库, plan §三.一, §四.三). */
export function registerResidents(app: App, residents: ResidentsService): void {
  void app.register(residentsRoutes(residents), { prefix: '/api/residents' });
}
