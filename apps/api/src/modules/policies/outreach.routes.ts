import {
  IdParamsSchema,
  ListOutreachQuerySchema,
  MoveOutreachBodySchema,
  OutreachFunnelSchema,
  OutreachTaskPageSchema,
  OutreachTaskSchema,
  ScreeningResultSchema,
  ScreenOutreachBodySchema,
} from '@jobcircle/domain';
import { contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { OutreachService } from './outreach.service.ts';

/** Outreach (政策找人): the screening, the funnel per policy and the outreach tasks. */
export function outreachRoutes(outreach: OutreachService) {
  const read = requirePermission('policy:read');
  return async (app: App) => {
    app.post(
      '/outreach/screenings',
      {
        schema: {
          tags: ['outreach'],
          summary: '按在施政策筛查本辖区居民，为疑似符合且未享受的居民生成找人任务（每人每项政策一次）',
          body: ScreenOutreachBodySchema,
          response: { 200: ScreeningResultSchema },
        },
        preHandler: requirePermission('outreach:screen'),
      },
      (request) => outreach.screen(contextOf(request), request.body),
    );
    app.get(
      '/outreach/funnel',
      {
        schema: { tags: ['outreach'], summary: '各项政策的找人漏斗（本辖区各环节人数）', response: { 200: OutreachFunnelSchema } },
        preHandler: read,
      },
      (request) => outreach.funnel(contextOf(request)),
    );
    app.get(
      '/outreach/tasks',
      {
        schema: {
          tags: ['outreach'],
          summary: '政策找人任务（按政策、环节、村居筛选；村居工作人员默认只看自己负责的）',
          querystring: ListOutreachQuerySchema,
          response: { 200: OutreachTaskPageSchema },
        },
        preHandler: read,
      },
      (request) => outreach.listTasks(contextOf(request), request.query),
    );
    app.get(
      '/outreach/tasks/:id',
      {
        schema: { tags: ['outreach'], summary: '政策找人任务', params: IdParamsSchema, response: { 200: OutreachTaskSchema } },
        preHandler: read,
      },
      (request) => outreach.getTask(contextOf(request), request.params.id),
    );
    app.post(
      '/outreach/tasks/:id/moves',
      {
        schema: {
          tags: ['outreach'],
          summary: '推进找人任务（已联系须填写情况；计入服务台账并记入居民时间线）',
          params: IdParamsSchema,
          body: MoveOutreachBodySchema,
          response: { 200: OutreachTaskSchema },
        },
        preHandler: read,
      },
      (request) => outreach.moveTask(contextOf(request), request.params.id, request.body),
    );
  };
}
