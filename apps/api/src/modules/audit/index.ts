import type { App } from '../../platform/route-types.ts';
import { auditRoutes } from './audit.routes.ts';
import type { AuditService } from './audit.service.ts';

export { createAuditService } from './audit.service.ts';

export function registerAudit(app: App, audit: AuditService): void {
  void app.register(auditRoutes(audit), { prefix: '/api/audit-logs' });
}
