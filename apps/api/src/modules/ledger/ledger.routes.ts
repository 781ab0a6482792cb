import {
  CreateServiceRecordBodySchema,
  IdParamsSchema,
  LedgerExportQuerySchema,
  LedgerSummaryQuerySchema,
  LedgerSummarySchema,
  ListServiceRecordsQuerySchema,
  ServiceRecordPageSchema,
  ServiceRecordSchema,
} from '@jobcircle/domain';
import { contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { LedgerExport } from './ledger.export.ts';
import type { LedgerService } from './ledger.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The service ledger (服务台账): quick entry at the desk, views, month totals and the upward report. */
export function ledgerRoutes(ledger: LedgerService & LedgerExport) {
  const read = requirePermission('ledger:read');
  const tags = ['ledger'];
  return async (app: App) => {
    app.post(
      '/records',
      {
        schema: { tags, summary: '窗口快速登记一次服务', body: CreateServiceRecordBodySchema, response: { 201: ServiceRecordSchema } },
        preHandler: requirePermission('ledger:write'),
      },
      async (request, reply) => reply.status(201).send(await ledger.createRecord(contextOf(request), request.body)),
    );
    app.get(
      '/records',
      {
        schema: {
          tags,
          summary: '服务台账（最新在前）',
          querystring: ListServiceRecordsQuerySchema,
          response: { 200: ServiceRecordPageSchema },
        },
        preHandler: read,
      },
      (request) => ledger.listRecords(contextOf(request), request.query),
    );
    app.get(
      '/records/:id',
      { schema: { tags, summary: '一条服务记录', params: IdParamsSchema, response: { 200: ServiceRecordSchema } }, preHandler: read },
      (request) => ledger.getRecord(contextOf(request), request.params.id),
    );
    app.get(
      '/summary',
      {
        schema: {
          tags,
          summary: '服务事项统计（按站点、乡镇或工作人员；默认本月）',
          querystring: LedgerSummaryQuerySchema,
          response: { 200: LedgerSummarySchema },
        },
        preHandler: read,
      },
      (request) => ledger.summarise(contextOf(request), request.query),
    );
    app.get(
      '/export.xlsx',
      {
        schema: { tags, summary: '导出服务台账统计（xlsx，按服务模块分表，留痕）', querystring: LedgerExportQuerySchema, produces: [XLSX] },
        preHandler: requirePermission('ledger:export'),
      },
      async (request, reply) => {
        const { fileName, buffer } = await ledger.exportReport(contextOf(request), request.query);
        return reply
          .type(XLSX)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
          .send(buffer);
      },
    );
  };
}
