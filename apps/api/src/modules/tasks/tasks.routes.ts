import {
  IdParamsSchema,
  InboxMessageSchema,
  InboxPageSchema,
  ListInboxQuerySchema,
  ListTasksQuerySchema,
  TaskPageSchema,
} from '@jobcircle/domain';
import { contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { NotificationsService } from './notifications.service.ts';
import type { TasksService } from './tasks.service.ts';

/** Background tasks for admins, and the staff member's in-app inbox. */
export function tasksRoutes(deps: { tasks: TasksService; notifications: NotificationsService }) {
  const { tasks, notifications } = deps;
  const inbox = requirePermission('inbox:read');
  return async (app: App) => {
    app.get(
      '/tasks',
      {
        schema: { tags: ['tasks'], summary: '后台任务及其状态', querystring: ListTasksQuerySchema, response: { 200: TaskPageSchema } },
        preHandler: requirePermission('task:read'),
      },
      (request) => tasks.listTasks(request.query),
    );
    app.get(
      '/inbox',
      {
        schema: {
          tags: ['tasks'],
          summary: '我的站内消息（最新在前）',
          querystring: ListInboxQuerySchema,
          response: { 200: InboxPageSchema },
        },
        preHandler: inbox,
      },
      (request) => notifications.listInbox(contextOf(request), request.query),
    );
    app.post(
      '/inbox/:id/read',
      {
        schema: { tags: ['tasks'], summary: '标记站内消息为已读', params: IdParamsSchema, response: { 200: InboxMessageSchema } },
        preHandler: inbox,
      },
      (request) => notifications.markRead(contextOf(request), request.params.id),
    );
  };
}
