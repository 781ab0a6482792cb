import { AuditLogPageSchema, AuditVerificationSchema, ListAuditLogsQuerySchema } from '@jobcircle/domain';
import { contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { AuditService } from './audit.service.ts';

export function auditRoutes(audit: AuditService) {
  const guard = requirePermission('audit-log:read');
  return async (app: App) => {
    app.get(
      '/',
      {
        schema: { tags: ['audit'], summary: '审计日志', querystring: ListAuditLogsQuerySchema, response: { 200: AuditLogPageSchema } },
        preHandler: guard,
      },
      (request) => audit.listAuditLogs(contextOf(request), request.query),
    );
    app.get(
      '/verification',
      { schema: { tags: ['audit'], summary: '校验审计哈希链', response: { 200: AuditVerificationSchema } }, preHandler: guard },
      () => audit.verifyChain(),
    );
  };
}
