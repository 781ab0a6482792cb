import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database-schema.ts';
import type { Clock } from '../../platform/context.ts';
import type { App } from '../../platform/route-types.ts';
import { createNotificationsService, type PhoneDirectory } from './notifications.service.ts';
import { createSmsGateway, type SmsGateway } from './sms-gateway.ts';
import { tasksRoutes } from './tasks.routes.ts';
import { createTasksService, type TasksOptions } from './tasks.service.ts';

export type { NotificationInput, NotificationsService, PhoneDirectory, QueueContext } from './notifications.service.ts';
export type { SmsGateway } from './sms-gateway.ts';
export type { NewTask, TaskHandler, TasksService } from './tasks.service.ts';

/**
 * Durable background tasks and the notification outbox (ARCHITECTURE §9). Other modules register
 * their handlers with `tasks.handle(kind, fn)` at composition and enqueue in their own transaction.
 */
export function createTasksServices(deps: {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  config: Pick<Config, 'smsGateway'>;
  clock?: Clock;
  phones?: PhoneDirectory;
  /** Tests replace the gateway; otherwise it comes from SMS_GATEWAY_URL. */
  sms?: SmsGateway;
  options?: TasksOptions;
}) {
  const tasks = createTasksService({
    db: deps.db,
    dialect: deps.dialect,
    ...(deps.clock ? { clock: deps.clock } : {}),
    ...(deps.options ? { options: deps.options } : {}),
  });
  const notifications = createNotificationsService({
    db: deps.db,
    tasks,
    sms: deps.sms ?? createSmsGateway(deps.config.smsGateway),
    ...(deps.phones ? { phones: deps.phones } : {}),
  });
  return { tasks, notifications };
}
export type TasksServices = ReturnType<typeof createTasksServices>;

export function registerTasks(app: App, services: TasksServices): void {
  void app.register(tasksRoutes(services), { prefix: '/api' });
}
