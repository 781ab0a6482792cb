import {
  CoverageImportBodySchema,
  CoverageImportParamsSchema,
  CoverageImportReportSchema,
  CoverageQuerySchema,
  CoverageReportSchema,
  NearestSiteAnswerSchema,
  NearestSiteQuerySchema,
  PlanBodySchema,
  PlanResultSchema,
  PutVillageCentreBodySchema,
  VillageCentreParamsSchema,
  VillageCentreSchema,
} from '@jobcircle/domain';
import { z } from 'zod';
import { contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { CoverageService } from './coverage.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The 15-minute circle: coverage, the nearest site, village centres and the two CSV imports. */
export function coverageRoutes(coverage: CoverageService) {
  const read = requirePermission('coverage:read');
  const plan = requirePermission('coverage:plan');
  return async (app: App) => {
    app.get(
      '/coverage',
      {
        schema: {
          tags: ['coverage'],
          summary: '15分钟就业服务圈覆盖分析（按出行方式、服务事项，分乡镇和村居）',
          querystring: CoverageQuerySchema,
          response: { 200: CoverageReportSchema },
        },
        preHandler: read,
      },
      (request) => coverage.report(contextOf(request), request.query),
    );
    app.get(
      '/coverage/nearest',
      {
        schema: {
          tags: ['coverage'],
          summary: '离某人员（所在村居）或某坐标最近的站点及所需时间',
          querystring: NearestSiteQuerySchema,
          response: { 200: NearestSiteAnswerSchema },
        },
        preHandler: read,
      },
      (request) => coverage.nearest(contextOf(request), request.query),
    );
    app.get(
      '/coverage/village-centres',
      {
        schema: { tags: ['coverage'], summary: '已标注的村居中心点', response: { 200: z.array(VillageCentreSchema) } },
        preHandler: read,
      },
      (request) => coverage.listCentres(contextOf(request)),
    );
    app.post(
      '/coverage/plans',
      {
        schema: {
          tags: ['coverage'],
          summary: '规划新站点：在候选地点中选 k 个，覆盖最多尚未覆盖的劳动力（启发式，可选 HiGHS 精确求解）',
          body: PlanBodySchema,
          response: { 200: PlanResultSchema },
        },
        preHandler: plan,
      },
      (request) => coverage.plan(contextOf(request), request.body),
    );
    app.post(
      '/coverage/plans/export',
      {
        schema: {
          tags: ['coverage'],
          summary: '导出新站点规划（xlsx：选中的地点、各自新覆盖的村居和劳动力、规划前后对比）',
          body: PlanBodySchema,
          produces: [XLSX],
        },
        preHandler: plan,
      },
      async (request, reply) => {
        const { fileName, buffer } = await coverage.exportPlan(contextOf(request), request.body);
        return reply
          .type(XLSX)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
          .send(buffer);
      },
    );
    app.put(
      '/coverage/village-centres/:villageCode',
      {
        schema: {
          tags: ['coverage'],
          summary: '标注或移动村居中心点（WGS-84）',
          params: VillageCentreParamsSchema,
          body: PutVillageCentreBodySchema,
          response: { 200: VillageCentreSchema },
        },
        preHandler: plan,
      },
      (request) => coverage.putCentre(contextOf(request), request.params.villageCode, request.body),
    );
    app.post(
      '/coverage/imports/:kind/preview',
      {
        schema: {
          tags: ['coverage'],
          summary: '预检村居中心点或村居人口 CSV（不写入，逐行逐列报告错误）',
          params: CoverageImportParamsSchema,
          body: CoverageImportBodySchema,
          response: { 200: CoverageImportReportSchema },
        },
        preHandler: plan,
      },
      (request) => coverage.importCsv(contextOf(request), request.params.kind, request.body, false),
    );
    app.post(
      '/coverage/imports/:kind',
      {
        schema: {
          tags: ['coverage'],
          summary: '导入村居中心点或村居人口 CSV（有任何错误行则全部不写入）',
          params: CoverageImportParamsSchema,
          body: CoverageImportBodySchema,
          response: { 201: CoverageImportReportSchema },
        },
        preHandler: plan,
      },
      async (request, reply) =>
        reply.status(201).send(await coverage.importCsv(contextOf(request), request.params.kind, request.body, true)),
    );
  };
}
