import {
  CreateJobBodySchema,
  IdParamsSchema,
  JobActionBodySchema,
  JobImportBodySchema,
  JobImportFileSchema,
  JobImportPreviewSchema,
  JobImportResultSchema,
  JobPageSchema,
  JobSchema,
  ListJobsQuerySchema,
  ListPublicJobsQuerySchema,
  PublicJobPageSchema,
  PublicJobSchema,
  UpdateJobBodySchema,
} from '@jobcircle/domain';
import { contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { JobsService } from './jobs.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ACTIONS = [
  ['open', '发布岗位'],
  ['fill', '标记招满'],
  ['close', '关闭岗位'],
  ['reopen', '重新发布'],
] as const;

/** Jobs (岗位募集): collect, edit, publish, fill, close; and the public board, open to anyone. */
export function jobsRoutes(jobs: JobsService, options: { publicRateLimitPerMinute: number }) {
  const read = requirePermission('job:read');
  const write = requirePermission('job:write');
  return async (app: App) => {
    app.get(
      '/jobs',
      {
        schema: { tags: ['jobs'], summary: '岗位列表', querystring: ListJobsQuerySchema, response: { 200: JobPageSchema } },
        preHandler: read,
      },
      (request) => jobs.listJobs(contextOf(request), request.query),
    );
    app.get(
      '/jobs/export.xlsx',
      {
        schema: {
          tags: ['jobs'],
          summary: '导出岗位信息表（xlsx，招聘会用；电话脱敏，留痕）',
          querystring: ListJobsQuerySchema.omit({ page: true, pageSize: true }),
          produces: [XLSX],
        },
        preHandler: read,
      },
      async (request, reply) => {
        const { fileName, buffer } = await jobs.exportJobs(contextOf(request), request.query);
        return reply
          .type(XLSX)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
          .send(buffer);
      },
    );
    app.post(
      '/jobs/import/preview',
      {
        schema: {
          tags: ['jobs'],
          summary: '上传岗位表格并预览导入（不写入）：与导出的岗位信息表同样的列；逐行列出错误',
          body: JobImportFileSchema,
          response: { 200: JobImportPreviewSchema },
        },
        preHandler: write,
        // The same upload limit as the registry's import (the schema caps the file at about 30 MB).
        bodyLimit: 45_000_000,
      },
      (request) => jobs.imports.preview(contextOf(request), request.body),
    );
    app.post(
      '/jobs/import',
      {
        schema: {
          tags: ['jobs'],
          summary: '导入岗位：同一文件再次校验，有效行在一个事务中写入（来源“批量导入”，各记服务台账）；有错误行时须选择跳过',
          body: JobImportBodySchema,
          response: { 201: JobImportResultSchema },
        },
        preHandler: write,
        bodyLimit: 45_000_000,
      },
      async (request, reply) => reply.status(201).send(await jobs.imports.run(contextOf(request), request.body)),
    );
    app.get(
      '/jobs/:id',
      { schema: { tags: ['jobs'], summary: '岗位详情', params: IdParamsSchema, response: { 200: JobSchema } }, preHandler: read },
      (request) => jobs.getJob(contextOf(request), request.params.id),
    );
    app.post(
      '/jobs',
      {
        schema: {
          tags: ['jobs'],
          summary: '募集岗位（同时登记服务台账第 4/5/6 项；含歧视性或违规用语的拒绝并指出用语）',
          body: CreateJobBodySchema,
          response: { 201: JobSchema },
        },
        preHandler: write,
      },
      async (request, reply) => reply.status(201).send(await jobs.createJob(contextOf(request), request.body)),
    );
    app.patch(
      '/jobs/:id',
      {
        schema: { tags: ['jobs'], summary: '修改岗位', params: IdParamsSchema, body: UpdateJobBodySchema, response: { 200: JobSchema } },
        preHandler: write,
      },
      (request) => jobs.updateJob(contextOf(request), request.params.id, request.body),
    );
    for (const [action, summary] of ACTIONS) {
      app.post(
        `/jobs/:id/${action}`,
        {
          schema: { tags: ['jobs'], summary, params: IdParamsSchema, body: JobActionBodySchema, response: { 200: JobSchema } },
          preHandler: write,
        },
        (request) => jobs[action](contextOf(request), request.params.id, request.body),
      );
    }

    const publicLimit = { rateLimit: { max: options.publicRateLimitPerMinute * 10, timeWindow: '1 minute' } };
    app.get(
      '/public/jobs',
      {
        schema: {
          tags: ['public'],
          summary: '公开岗位（免登录）：按乡镇、类型、职业筛选；联系方式为募集站点',
          querystring: ListPublicJobsQuerySchema,
          response: { 200: PublicJobPageSchema },
        },
        config: publicLimit,
      },
      (request) => jobs.listPublicJobs(request.now, request.query),
    );
    app.get(
      '/public/jobs/:id',
      {
        schema: { tags: ['public'], summary: '公开岗位详情（免登录）', params: IdParamsSchema, response: { 200: PublicJobSchema } },
        config: publicLimit,
      },
      (request) => jobs.getPublicJob(request.now, request.params.id),
    );
  };
}
