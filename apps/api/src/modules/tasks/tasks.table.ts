import type { NotificationChannel, NotificationState, TaskState } from '@jobcircle/domain';
import type { Insertable, Selectable, Updateable } from 'kysely';

/** Durable background work: one row per idempotency key. */
export interface TasksTable {
  id: string;
  kind: string;
  key: string;
  /** JSON text, never queried inside. */
  payload: string;
  run_at: string;
  state: TaskState;
  attempts: number;
  last_error: string | null;
  /** While running: the claim expires then, and another runner may take the task again. */
  locked_until: string | null;
  locked_by: string | null;
  created_at: string;
  updated_at: string;
}
export type TaskRow = Selectable<TasksTable>;
export type NewTaskRow = Insertable<TasksTable>;
export type TaskRowUpdate = Updateable<TasksTable>;

/** The notification outbox; a staff member's inbox is its `inbox` rows. */
export interface NotificationsTable {
  id: string;
  key: string | null;
  channel: NotificationChannel;
  recipient_staff_id: string | null;
  resident_id: string | null;
  subject: string;
  body: string;
  state: NotificationState;
  reason: string | null;
  sent_at: string | null;
  read_at: string | null;
  source_module: string | null;
  source_id: string | null;
  district_code: string;
  town_code: string | null;
  village_code: string | null;
  created_at: string;
}
export type NotificationRow = Selectable<NotificationsTable>;
export type NewNotificationRow = Insertable<NotificationsTable>;
