import {
  AddContactLogBodySchema,
  ContactLogPageSchema,
  ContactLogSchema,
  CreateEmployerBodySchema,
  EmployerContactBodySchema,
  EmployerPageSchema,
  EmployerSchema,
  IdParamsSchema,
  ListContactLogsQuerySchema,
  ListEmployersQuerySchema,
  UpdateEmployerBodySchema,
} from '@jobcircle/domain';
import { activationRoutes } from '../../platform/activation-routes.ts';
import { contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { EmployersService } from './employers.service.ts';

/** Employers (用人单位) with their contacts and contact history (plan §三.二). */
export function employersRoutes(employers: EmployersService) {
  const read = requirePermission('employer:read');
  const write = requirePermission('employer:write');
  return async (app: App) => {
    app.get(
      '/employers',
      {
        schema: {
          tags: ['employers'],
          summary: '用人单位列表',
          querystring: ListEmployersQuerySchema,
          response: { 200: EmployerPageSchema },
        },
        preHandler: read,
      },
      (request) => employers.listEmployers(contextOf(request), request.query),
    );
    app.get(
      '/employers/:id',
      {
        schema: { tags: ['employers'], summary: '用人单位详情', params: IdParamsSchema, response: { 200: EmployerSchema } },
        preHandler: read,
      },
      (request) => employers.getEmployer(contextOf(request), request.params.id),
    );
    app.post(
      '/employers',
      {
        schema: { tags: ['employers'], summary: '新建用人单位', body: CreateEmployerBodySchema, response: { 201: EmployerSchema } },
        preHandler: write,
      },
      async (request, reply) => reply.status(201).send(await employers.createEmployer(contextOf(request), request.body)),
    );
    app.patch(
      '/employers/:id',
      {
        schema: {
          tags: ['employers'],
          summary: '修改用人单位',
          params: IdParamsSchema,
          body: UpdateEmployerBodySchema,
          response: { 200: EmployerSchema },
        },
        preHandler: write,
      },
      (request) => employers.updateEmployer(contextOf(request), request.params.id, request.body),
    );
    activationRoutes(app, {
      path: '/employers',
      tag: 'employers',
      noun: '用人单位',
      permission: 'employer:write',
      response: EmployerSchema,
      setActive: employers.setEmployerActive,
    });
    app.post(
      '/employers/:id/contacts',
      {
        schema: {
          tags: ['employers'],
          summary: '添加用人单位联系人（电话加密保存，返回脱敏号码）',
          params: IdParamsSchema,
          body: EmployerContactBodySchema,
          response: { 201: EmployerSchema },
        },
        preHandler: write,
      },
      async (request, reply) => reply.status(201).send(await employers.addContact(contextOf(request), request.params.id, request.body)),
    );
    app.get(
      '/employers/:id/contact-logs',
      {
        schema: {
          tags: ['employers'],
          summary: '用人单位走访联系记录（最新在前）',
          params: IdParamsSchema,
          querystring: ListContactLogsQuerySchema,
          response: { 200: ContactLogPageSchema },
        },
        preHandler: read,
      },
      (request) => employers.listContactLogs(contextOf(request), request.params.id, request.query),
    );
    app.post(
      '/employers/:id/contact-logs',
      {
        schema: {
          tags: ['employers'],
          summary: '登记一次走访联系',
          params: IdParamsSchema,
          body: AddContactLogBodySchema,
          response: { 201: ContactLogSchema },
        },
        preHandler: write,
      },
      async (request, reply) => reply.status(201).send(await employers.addContactLog(contextOf(request), request.params.id, request.body)),
    );
  };
}
