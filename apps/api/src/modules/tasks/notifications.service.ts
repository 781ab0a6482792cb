import { type InboxMessage, type InboxPage, type ListInboxQuery, NotificationChannelSchema } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { SmsGateway } from './sms-gateway.ts';
import { findNotification, insertNotification, markInboxRead, selectInboxPage, updateNotification } from './tasks.repository.ts';
import type { TasksService } from './tasks.service.ts';
import type { NotificationRow } from './tasks.table.ts';

/** One message for the outbox. `key` makes queuing idempotent (a retried task queues it once). */
export const NotificationInputSchema = z
  .object({
    channel: NotificationChannelSchema,
    recipientStaffId: z.string().optional(),
    residentId: z.string().optional(),
    subject: z.string().min(1).max(200),
    body: z.string().min(1).max(2000),
    region: z.object({ districtCode: z.string(), townCode: z.string().nullish(), villageCode: z.string().nullish() }),
    key: z.string().max(200).optional(),
    source: z.object({ module: z.string(), id: z.string() }).optional(),
  })
  .refine((n) => n.channel !== 'inbox' || n.recipientStaffId, { message: 'an inbox message needs a staff recipient' })
  .refine((n) => n.recipientStaffId || n.residentId, { message: 'a notification needs a recipient' });
export type NotificationInput = z.infer<typeof NotificationInputSchema>;

/** The phone of a recipient, decrypted by the module that keeps it; null when there is none. */
export interface PhoneDirectory {
  phoneOf(trx: Executor<Database>, recipient: { residentId?: string | undefined; staffId?: string | undefined }): Promise<string | null>;
}

/** Who queues: a signed-in staff member (ctx) or a background task (only the time). */
export type QueueContext = Pick<ServiceContext, 'now'>;

export const DELIVER_TASK = 'notification.deliver';
export const SCHEDULED_TASK = 'notification.scheduled';

function toInboxMessage(row: NotificationRow): InboxMessage {
  return { id: row.id, subject: row.subject, body: row.body, state: row.state, readAt: row.read_at, createdAt: row.created_at };
}

/**
 * The notification outbox (ARCHITECTURE §9). The in-app inbox always delivers (the inbox is this
 * table). SMS goes through the configured gateway by a task; with no gateway, or no phone, the
 * message is stored as not sent with its reason — never faked.
 */
export function createNotificationsService(deps: { db: Kysely<Database>; tasks: TasksService; sms: SmsGateway; phones?: PhoneDirectory }) {
  const { db, tasks, sms } = deps;

  const service = {
    async queue(trx: Executor<Database>, ctx: QueueContext, input: NotificationInput): Promise<{ id: string }> {
      const notification = NotificationInputSchema.parse(input);
      const at = ctx.now.toISOString();
      const isInbox = notification.channel === 'inbox';
      const noGateway = !isInbox && !sms.configured;
      const { id, inserted } = await insertNotification(trx, {
        id: newId(),
        key: notification.key ?? null,
        channel: notification.channel,
        recipient_staff_id: notification.recipientStaffId ?? null,
        resident_id: notification.residentId ?? null,
        subject: notification.subject,
        body: notification.body,
        state: isInbox ? 'sent' : noGateway ? 'not_sent' : 'queued',
        reason: noGateway ? 'no_gateway' : null,
        sent_at: isInbox ? at : null,
        read_at: null,
        source_module: notification.source?.module ?? null,
        source_id: notification.source?.id ?? null,
        district_code: notification.region.districtCode,
        town_code: notification.region.townCode ?? null,
        village_code: notification.region.villageCode ?? null,
        created_at: at,
      });
      if (inserted && !isInbox && !noGateway) {
        await tasks.enqueue(trx, { kind: DELIVER_TASK, key: `notification:${id}`, runAt: ctx.now, payload: { notificationId: id } });
      }
      return { id };
    },

    /**
     * Queues the message at `runAt` (a reminder the day before): a task in the caller's
     * transaction, keyed so that it is queued once however often the task runs.
     */
    async schedule(trx: Executor<Database>, task: { key: string; runAt: Date }, input: Omit<NotificationInput, 'key'>): Promise<void> {
      const payload = NotificationInputSchema.parse({ ...input, key: `scheduled:${task.key}` });
      await tasks.enqueue(trx, { kind: SCHEDULED_TASK, key: `scheduled:${task.key}`, runAt: task.runAt, payload });
    },

    async listInbox(ctx: ServiceContext, query: ListInboxQuery): Promise<InboxPage> {
      const { rows, total, unread } = await selectInboxPage(db, ctx.actor.staffId, query);
      return { items: rows.map(toInboxMessage), total, unread, page: query.page, pageSize: query.pageSize };
    },

    /** Marks one of the actor's own messages read; someone else's answers 404. */
    async markRead(ctx: ServiceContext, id: string): Promise<InboxMessage> {
      if (!(await markInboxRead(db, ctx.actor.staffId, id, ctx.now.toISOString()))) throw new AppError('NOT_FOUND');
      return toInboxMessage((await findNotification(db, id)) as NotificationRow);
    },
  };

  tasks.handle(SCHEDULED_TASK, async (payload, run) => {
    const input = NotificationInputSchema.parse(payload);
    await db.transaction().execute((trx) => service.queue(trx, { now: run.now }, input));
  });

  tasks.handle(DELIVER_TASK, async (payload, run) => {
    const { notificationId } = z.object({ notificationId: z.string() }).parse(payload);
    const row = await findNotification(db, notificationId);
    if (row?.state !== 'queued') return;
    if (!sms.configured) {
      await updateNotification(db, row.id, { state: 'not_sent', reason: 'no_gateway' });
      return;
    }
    const phone = deps.phones
      ? await deps.phones.phoneOf(db, { residentId: row.resident_id ?? undefined, staffId: row.recipient_staff_id ?? undefined })
      : null;
    if (!phone) {
      await updateNotification(db, row.id, { state: 'not_sent', reason: 'no_phone' });
      return;
    }
    try {
      await sms.send(phone, `【就业服务圈】${row.subject}：${row.body}`);
    } catch (error) {
      if (run.attempt >= tasks.maxAttempts) await updateNotification(db, row.id, { state: 'failed', reason: 'gateway_error' });
      throw error;
    }
    await updateNotification(db, row.id, { state: 'sent', sent_at: run.now.toISOString(), reason: null });
  });

  return service;
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
