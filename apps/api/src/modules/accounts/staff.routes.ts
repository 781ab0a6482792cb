import {
  CreateStaffBodySchema,
  IdParamsSchema,
  ListStaffQuerySchema,
  StaffPageSchema,
  StaffSchema,
  StaffWithPasswordSchema,
  UpdateStaffBodySchema,
} from '@jobcircle/domain';
import { activationRoutes } from '../../platform/activation-routes.ts';
import { contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { StaffService } from './staff.service.ts';

export function staffRoutes(staff: StaffService) {
  const read = requirePermission('staff:read');
  const write = requirePermission('staff:write');
  return async (app: App) => {
    app.get(
      '/staff',
      {
        schema: { tags: ['staff'], summary: '人员列表', querystring: ListStaffQuerySchema, response: { 200: StaffPageSchema } },
        preHandler: read,
      },
      (request) => staff.listStaff(contextOf(request), request.query),
    );
    app.get(
      '/staff/:id',
      { schema: { tags: ['staff'], summary: '人员详情', params: IdParamsSchema, response: { 200: StaffSchema } }, preHandler: read },
      (request) => staff.getStaff(contextOf(request), request.params.id),
    );
    app.post(
      '/staff',
      {
        schema: {
          tags: ['staff'],
          summary: '新建人员账号（返回一次性密码）',
          body: CreateStaffBodySchema,
          response: { 201: StaffWithPasswordSchema },
        },
        preHandler: write,
      },
      async (request, reply) => reply.status(201).send(await staff.createStaff(contextOf(request), request.body)),
    );
    app.patch(
      '/staff/:id',
      {
        schema: {
          tags: ['staff'],
          summary: '修改人员',
          params: IdParamsSchema,
          body: UpdateStaffBodySchema,
          response: { 200: StaffSchema },
        },
        preHandler: write,
      },
      (request) => staff.updateStaff(contextOf(request), request.params.id, request.body),
    );
    activationRoutes(app, {
      path: '/staff',
      tag: 'staff',
      noun: '账号',
      permission: 'staff:write',
      response: StaffSchema,
      setActive: staff.setStaffActive,
    });
    app.post(
      '/staff/:id/reset-password',
      {
        schema: {
          tags: ['staff'],
          summary: '重置密码（返回一次性密码）',
          params: IdParamsSchema,
          response: { 200: StaffWithPasswordSchema },
        },
        preHandler: write,
      },
      (request) => staff.resetPassword(contextOf(request), request.params.id),
    );
    app.post(
      '/staff/:id/reset-second-factor',
      {
        schema: { tags: ['staff'], summary: '重置双因素认证（丢失手机时）', params: IdParamsSchema, response: { 200: StaffSchema } },
        preHandler: write,
      },
      (request) => staff.resetSecondFactor(contextOf(request), request.params.id),
    );
    app.post(
      '/staff/:id/unlock',
      { schema: { tags: ['staff'], summary: '解除登录锁定', params: IdParamsSchema, response: { 200: StaffSchema } }, preHandler: write },
      (request) => staff.unlockStaff(contextOf(request), request.params.id),
    );
  };
}
