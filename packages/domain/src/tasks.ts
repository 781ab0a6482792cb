import { z } from 'zod';
import { IdSchema, PageQuerySchema, pageOf, QueryBooleanSchema, TimestampSchema } from './common.ts';

/**
 * Durable background tasks and the notification outbox (ARCHITECTURE §9): enqueued inside the
 * caller's transaction, run at least once and idempotently by key, retried with backoff, listed
 * for admins with their state.
 */
export const TASK_STATES = ['queued', 'running', 'done', 'failed'] as const;
export const TaskStateSchema = z.enum(TASK_STATES, { error: '任务状态不正确' });
export type TaskState = z.infer<typeof TaskStateSchema>;
export const TASK_STATE_LABELS: Record<TaskState, string> = { queued: '排队中', running: '执行中', done: '已完成', failed: '已失败' };

/** Attempts before a task is given up as failed; the delay doubles after each failure. */
export const TASK_MAX_ATTEMPTS = 5;
export const TASK_BACKOFF_BASE_SECONDS = 30;

export const TaskSchema = z.object({
  id: IdSchema,
  kind: z.string(),
  key: z.string(),
  state: TaskStateSchema,
  runAt: TimestampSchema,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Task = z.infer<typeof TaskSchema>;
export const TaskPageSchema = pageOf(TaskSchema);

export const ListTasksQuerySchema = PageQuerySchema.extend({
  state: TaskStateSchema.optional(),
  kind: z.string().trim().max(60).optional(),
});
export type ListTasksQuery = z.infer<typeof ListTasksQuerySchema>;

export const NOTIFICATION_CHANNELS = ['inbox', 'sms'] as const;
export const NotificationChannelSchema = z.enum(NOTIFICATION_CHANNELS);
export type NotificationChannel = z.infer<typeof NotificationChannelSchema>;
export const NOTIFICATION_CHANNEL_LABELS: Record<NotificationChannel, string> = { inbox: '站内消息', sms: '短信' };

/** `not_sent`: no gateway is configured (shown as 未发送, never faked as sent). */
export const NOTIFICATION_STATES = ['queued', 'sent', 'not_sent', 'failed'] as const;
export const NotificationStateSchema = z.enum(NOTIFICATION_STATES);
export type NotificationState = z.infer<typeof NotificationStateSchema>;
export const NOTIFICATION_STATE_LABELS: Record<NotificationState, string> = {
  queued: '待发送',
  sent: '已发送',
  not_sent: '未发送',
  failed: '发送失败',
};

/** A staff member's in-app inbox message (the inbox is the outbox table itself). */
export const InboxMessageSchema = z.object({
  id: IdSchema,
  subject: z.string(),
  body: z.string(),
  state: NotificationStateSchema,
  readAt: TimestampSchema.nullable(),
  createdAt: TimestampSchema,
});
export type InboxMessage = z.infer<typeof InboxMessageSchema>;
export const InboxPageSchema = pageOf(InboxMessageSchema).extend({ unread: z.number().int() });
export type InboxPage = z.infer<typeof InboxPageSchema>;

export const ListInboxQuerySchema = PageQuerySchema.extend({ unreadOnly: QueryBooleanSchema.optional() });
export type ListInboxQuery = z.infer<typeof ListInboxQuerySchema>;
