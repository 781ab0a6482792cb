import {
  AddTimelineNoteBodySchema,
  AssistanceFileSchema,
  ChangeEmploymentStatusBodySchema,
  CreateResidentBodySchema,
  DuplicatePairSchema,
  IdParamsSchema,
  ListResidentsQuerySchema,
  MergeResidentsBodySchema,
  ResidentPageSchema,
  ResidentSchema,
  SaveAssistanceFileBodySchema,
  TimelineEntrySchema,
  UnmaskBodySchema,
  UnmaskedSchema,
  UpdateResidentBodySchema,
} from '@jobcircle/domain';
import { z } from 'zod';
import { contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { ResidentsService } from './residents.service.ts';

export function residentsRoutes(residents: ResidentsService) {
  const read = requirePermission('resident:read');
  const write = requirePermission('resident:write');
  const tags = ['residents'];
  return async (app: App) => {
    app.get(
      '/',
      {
        schema: { tags, summary: '劳动力资源查询', querystring: ListResidentsQuerySchema, response: { 200: ResidentPageSchema } },
        preHandler: read,
      },
      (request) => residents.listResidents(contextOf(request), request.query),
    );
    app.post(
      '/',
      { schema: { tags, summary: '登记人员', body: CreateResidentBodySchema, response: { 201: ResidentSchema } }, preHandler: write },
      async (request, reply) => reply.status(201).send(await residents.createResident(contextOf(request), request.body)),
    );
    app.get(
      '/duplicates',
      {
        schema: { tags, summary: '疑似重复人员', response: { 200: z.array(DuplicatePairSchema) } },
        preHandler: requirePermission('resident:merge'),
      },
      (request) => residents.listDuplicates(contextOf(request)),
    );
    app.post(
      '/merges',
      {
        schema: { tags, summary: '合并重复人员（保留两份历史）', body: MergeResidentsBodySchema, response: { 200: ResidentSchema } },
        preHandler: requirePermission('resident:merge'),
      },
      (request) => residents.mergeResidents(contextOf(request), request.body),
    );
    app.get(
      '/:id',
      { schema: { tags, summary: '人员档案（查看即留痕）', params: IdParamsSchema, response: { 200: ResidentSchema } }, preHandler: read },
      (request) => residents.getResident(contextOf(request), request.params.id),
    );
    app.patch(
      '/:id',
      {
        schema: {
          tags,
          summary: '修改人员档案',
          params: IdParamsSchema,
          body: UpdateResidentBodySchema,
          response: { 200: ResidentSchema },
        },
        preHandler: write,
      },
      (request) => residents.updateResident(contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/:id/employment-status',
      {
        schema: {
          tags,
          summary: '变更就业状态',
          params: IdParamsSchema,
          body: ChangeEmploymentStatusBodySchema,
          response: { 200: ResidentSchema },
        },
        preHandler: write,
      },
      (request) => residents.changeEmploymentStatus(contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/:id/unmask',
      {
        schema: {
          tags,
          summary: '查看完整证件号/手机号（须说明原因，留痕）',
          params: IdParamsSchema,
          body: UnmaskBodySchema,
          response: { 200: UnmaskedSchema },
        },
        preHandler: requirePermission('resident:unmask'),
      },
      (request) => residents.unmask(contextOf(request), request.params.id, request.body),
    );
    app.get(
      '/:id/assistance-file',
      {
        schema: { tags, summary: '个性化就业援助档案', params: IdParamsSchema, response: { 200: AssistanceFileSchema.nullable() } },
        preHandler: read,
      },
      (request) => residents.getAssistanceFile(contextOf(request), request.params.id),
    );
    app.put(
      '/:id/assistance-file',
      {
        schema: {
          tags,
          summary: '保存个性化就业援助档案',
          params: IdParamsSchema,
          body: SaveAssistanceFileBodySchema,
          response: { 200: AssistanceFileSchema.nullable() },
        },
        preHandler: write,
      },
      (request) => residents.saveAssistanceFile(contextOf(request), request.params.id, request.body),
    );
    app.get(
      '/:id/timeline',
      {
        schema: { tags, summary: '服务时间线', params: IdParamsSchema, response: { 200: z.array(TimelineEntrySchema) } },
        preHandler: read,
      },
      (request) => residents.listTimeline(contextOf(request), request.params.id),
    );
    app.post(
      '/:id/timeline',
      {
        schema: {
          tags,
          summary: '添加服务记录',
          params: IdParamsSchema,
          body: AddTimelineNoteBodySchema,
          response: { 200: z.array(TimelineEntrySchema) },
        },
        preHandler: write,
      },
      (request) => residents.addTimelineNote(contextOf(request), request.params.id, request.body.summary),
    );
  };
}
