import type { App } from '../../platform/route-types.ts';
import { employersRoutes } from './employers.routes.ts';
import type { EmployersService } from './employers.service.ts';

export { type EmployerForImport, employerRegionOf, employersForImport } from './employers.access.ts';
export { createEmployersService, type EmployersService } from './employers.service.ts';

/** Employers (用人单位): kinds, credit codes, key employers, industry, contacts and contact history (plan §三.二). */
export function registerEmployers(app: App, employers: EmployersService): void {
  void app.register(employersRoutes(employers), { prefix: '/api' });
}
