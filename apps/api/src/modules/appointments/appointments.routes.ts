import {
  AppointmentActionBodySchema,
  AppointmentPageSchema,
  AppointmentSchema,
  BookAppointmentBodySchema,
  CheckInAppointmentBodySchema,
  CreateSlotRuleBodySchema,
  IdParamsSchema,
  ListAppointmentsQuerySchema,
  ListSlotRulesQuerySchema,
  ListSlotsQuerySchema,
  SlotListSchema,
  SlotRuleListSchema,
  SlotRuleSchema,
  UpdateSlotRuleBodySchema,
} from '@jobcircle/domain';
import { contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { AppointmentsService } from './appointments.service.ts';

/** Appointments (预约): slot rules, computed slots, booking, cancel, check-in, no-show. */
export function appointmentsRoutes(appointments: AppointmentsService) {
  const read = requirePermission('appointment:read');
  const write = requirePermission('appointment:write');
  const configure = requirePermission('appointment:configure');
  return async (app: App) => {
    app.get(
      '/appointment-rules',
      {
        schema: {
          tags: ['appointments'],
          summary: '预约时段规则',
          querystring: ListSlotRulesQuerySchema,
          response: { 200: SlotRuleListSchema },
        },
        preHandler: read,
      },
      (request) => appointments.listRules(contextOf(request), request.query),
    );
    app.post(
      '/appointment-rules',
      {
        schema: {
          tags: ['appointments'],
          summary: '新建预约时段规则（每周开放时间）',
          body: CreateSlotRuleBodySchema,
          response: { 201: SlotRuleSchema },
        },
        preHandler: configure,
      },
      async (request, reply) => reply.status(201).send(await appointments.createRule(contextOf(request), request.body)),
    );
    app.patch(
      '/appointment-rules/:id',
      {
        schema: {
          tags: ['appointments'],
          summary: '停用或设置结束日期',
          params: IdParamsSchema,
          body: UpdateSlotRuleBodySchema,
          response: { 200: SlotRuleSchema },
        },
        preHandler: configure,
      },
      (request) => appointments.updateRule(contextOf(request), request.params.id, request.body),
    );
    app.get(
      '/appointment-slots',
      {
        schema: {
          tags: ['appointments'],
          summary: '可预约时段（节假日不开放，调休上班日开放）',
          querystring: ListSlotsQuerySchema,
          response: { 200: SlotListSchema },
        },
        preHandler: read,
      },
      (request) => appointments.listSlots(contextOf(request), request.query),
    );
    app.get(
      '/appointments',
      {
        schema: {
          tags: ['appointments'],
          summary: '预约列表',
          querystring: ListAppointmentsQuerySchema,
          response: { 200: AppointmentPageSchema },
        },
        preHandler: read,
      },
      (request) => appointments.listAppointments(contextOf(request), request.query),
    );
    app.get(
      '/appointments/:id',
      {
        schema: { tags: ['appointments'], summary: '预约详情', params: IdParamsSchema, response: { 200: AppointmentSchema } },
        preHandler: read,
      },
      (request) => appointments.getAppointment(contextOf(request), request.params.id),
    );
    app.post(
      '/appointments',
      {
        schema: { tags: ['appointments'], summary: '为群众预约', body: BookAppointmentBodySchema, response: { 201: AppointmentSchema } },
        preHandler: write,
      },
      async (request, reply) => reply.status(201).send(await appointments.book(contextOf(request), request.body)),
    );
    app.post(
      '/appointments/:id/cancel',
      {
        schema: {
          tags: ['appointments'],
          summary: '取消预约（时段开始前）',
          params: IdParamsSchema,
          body: AppointmentActionBodySchema,
          response: { 200: AppointmentSchema },
        },
        preHandler: write,
      },
      (request) => appointments.cancel(contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/appointments/:id/check-in',
      {
        schema: {
          tags: ['appointments'],
          summary: '签到（同时登记服务台账）',
          params: IdParamsSchema,
          body: CheckInAppointmentBodySchema,
          response: { 200: AppointmentSchema },
        },
        preHandler: write,
      },
      (request) => appointments.checkIn(contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/appointments/:id/no-show',
      {
        schema: {
          tags: ['appointments'],
          summary: '登记未到（时段开始后）',
          params: IdParamsSchema,
          body: AppointmentActionBodySchema,
          response: { 200: AppointmentSchema },
        },
        preHandler: write,
      },
      (request) => appointments.noShow(contextOf(request), request.params.id, request.body),
    );
  };
}
