import {
  AddTimelineNoteBodySchema,
  AssistanceFileSchema,
  ChangeEmploymentStatusBodySchema,
  CreateImportBodySchema,
  CreateResidentBodySchema,
  DuplicatePairSchema,
  ExportResidentsQuerySchema,
  IdParamsSchema,
  ImportJobSchema,
  ImportSynonymsSchema,
  ListResidentsQuerySchema,
  MergeResidentsBodySchema,
  PutImportSynonymsBodySchema,
  RemapImportBodySchema,
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
import type { AssistanceFilesService } from './assistance-files.service.ts';
import type { DuplicatesService } from './duplicates.service.ts';
import type { ImportSynonymsService } from './import-synonyms.service.ts';
import type { ResidentImportsService } from './imports.service.ts';
import type { ResidentsExport } from './residents.export.ts';
import type { ResidentsService } from './residents.service.ts';
import type { TimelineService } from './timeline.service.ts';

export function residentsRoutes(deps: {
  residents: ResidentsService;
  imports: ResidentImportsService;
  residentsExport: ResidentsExport;
  timeline: TimelineService;
  assistanceFiles: AssistanceFilesService;
  duplicates: DuplicatesService;
  synonyms: ImportSynonymsService;
}) {
  const { residents, imports, residentsExport, timeline, assistanceFiles, duplicates, synonyms } = deps;
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
      '/export',
      {
        schema: {
          tags,
          summary: '导出台账（xlsx；默认脱敏，留痕）',
          querystring: ExportResidentsQuerySchema,
          produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        },
        preHandler: requirePermission('resident:export'),
      },
      async (request, reply) => {
        const { fileName, stream } = await residentsExport.exportResidents(contextOf(request), request.query);
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
          .send(stream);
      },
    );

    const importGuard = requirePermission('resident:import');
    app.post(
      '/imports',
      {
        schema: { tags, summary: '上传表格并预览导入（不写入）', body: CreateImportBodySchema, response: { 201: ImportJobSchema } },
        preHandler: importGuard,
        bodyLimit: 45_000_000,
      },
      async (request, reply) =>
        reply.status(201).send(await imports.createImport(contextOf(request), request.body.fileName, request.body.contentBase64)),
    );
    app.get(
      '/imports/:id',
      { schema: { tags, summary: '导入任务与进度', params: IdParamsSchema, response: { 200: ImportJobSchema } }, preHandler: importGuard },
      (request) => imports.getImport(contextOf(request), request.params.id),
    );
    app.put(
      '/imports/:id/mapping',
      {
        schema: {
          tags,
          summary: '调整列对应并重新预览',
          params: IdParamsSchema,
          body: RemapImportBodySchema,
          response: { 200: ImportJobSchema },
        },
        preHandler: importGuard,
      },
      (request) => imports.remapImport(contextOf(request), request.params.id, request.body.mapping),
    );
    app.post(
      '/imports/:id/accept',
      { schema: { tags, summary: '确认导入', params: IdParamsSchema, response: { 200: ImportJobSchema } }, preHandler: importGuard },
      (request) => imports.acceptImport(contextOf(request), request.params.id),
    );
    app.post(
      '/imports/:id/cancel',
      { schema: { tags, summary: '放弃导入', params: IdParamsSchema, response: { 200: ImportJobSchema } }, preHandler: importGuard },
      (request) => imports.cancelImport(contextOf(request), request.params.id),
    );
    app.get(
      '/imports/:id/errors',
      {
        schema: {
          tags,
          summary: '下载预览中有错误的行（xlsx，含错误原因列）',
          params: IdParamsSchema,
          produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        },
        preHandler: importGuard,
      },
      async (request, reply) => {
        const { fileName, buffer } = await imports.errorRows(contextOf(request), request.params.id);
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
          .send(buffer);
      },
    );
    // The value synonyms are the district's: the service refuses an importer below the district.
    app.get(
      '/import-synonyms',
      { schema: { tags, summary: '导入取值同义词（区级）', response: { 200: ImportSynonymsSchema } }, preHandler: importGuard },
      (request) => synonyms.listSynonyms(contextOf(request)),
    );
    app.put(
      '/import-synonyms',
      {
        schema: { tags, summary: '维护导入取值同义词（区级）', body: PutImportSynonymsBodySchema, response: { 200: ImportSynonymsSchema } },
        preHandler: importGuard,
      },
      (request) => synonyms.replaceSynonyms(contextOf(request), request.body),
    );

    app.get(
      '/duplicates',
      {
        schema: { tags, summary: '疑似重复人员', response: { 200: z.array(DuplicatePairSchema) } },
        preHandler: requirePermission('resident:merge'),
      },
      (request) => duplicates.listDuplicates(contextOf(request)),
    );
    app.post(
      '/merges',
      {
        schema: { tags, summary: '合并重复人员（保留两份历史）', body: MergeResidentsBodySchema, response: { 200: ResidentSchema } },
        preHandler: requirePermission('resident:merge'),
      },
      (request) => duplicates.mergeResidents(contextOf(request), request.body),
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
      (request) => assistanceFiles.getAssistanceFile(contextOf(request), request.params.id),
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
      (request) => assistanceFiles.saveAssistanceFile(contextOf(request), request.params.id, request.body),
    );
    app.get(
      '/:id/timeline',
      {
        schema: { tags, summary: '服务时间线', params: IdParamsSchema, response: { 200: z.array(TimelineEntrySchema) } },
        preHandler: read,
      },
      (request) => timeline.list(contextOf(request), request.params.id),
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
      (request) => timeline.addNote(contextOf(request), request.params.id, request.body.summary),
    );
  };
}
