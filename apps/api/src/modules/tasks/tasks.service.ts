import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { type ListTasksQuery, type Page, TASK_BACKOFF_BASE_SECONDS, TASK_MAX_ATTEMPTS, type Task } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { Clock } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { claimDueTasksLocked, claimTask, finishTask, insertTaskUnlessKeyed, selectDueTaskIds, selectTaskPage } from './tasks.repository.ts';
import { afterFailure, errorText } from './tasks.rules.ts';
import type { TaskRow } from './tasks.table.ts';

export interface NewTask {
  kind: string;
  /** Idempotency key: the same key enqueued twice is one task. */
  key: string;
  runAt: Date;
  payload: Record<string, unknown>;
}

export type TaskHandler = (payload: Record<string, unknown>, run: { now: Date; attempt: number }) => Promise<void>;

export interface RunnerLog {
  error(object: Record<string, unknown>, message: string): void;
  warn?(object: Record<string, unknown>, message: string): void;
}

export interface TasksOptions {
  maxAttempts?: number;
  backoffBaseSeconds?: number;
  /** How long a claim holds before another runner may take the task again (a crashed process). */
  leaseMs?: number;
  batchSize?: number;
}

function toTask(row: TaskRow): Task {
  return {
    id: row.id,
    kind: row.kind,
    key: row.key,
    state: row.state,
    runAt: row.run_at,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Durable background tasks (ARCHITECTURE §9): an outbox in the caller's transaction, run at least
 * once and idempotently by key, retried with exponential backoff, then failed. PostgreSQL claims
 * with FOR UPDATE SKIP LOCKED (any number of processes); SQLite claims by a conditional update
 * (the one process). A task whose claim expired (its process died) is taken again.
 */
export function createTasksService(deps: {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  /** Stamps created_at/updated_at of enqueued tasks. */
  clock?: Clock;
  options?: TasksOptions;
}) {
  const { db, dialect } = deps;
  const clock = deps.clock ?? (() => new Date());
  const maxAttempts = deps.options?.maxAttempts ?? TASK_MAX_ATTEMPTS;
  const baseSeconds = deps.options?.backoffBaseSeconds ?? TASK_BACKOFF_BASE_SECONDS;
  const leaseMs = deps.options?.leaseMs ?? 5 * 60_000;
  const batchSize = deps.options?.batchSize ?? 20;
  const runnerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const handlers = new Map<string, TaskHandler>();
  const roundHooks: (() => Promise<void>)[] = [];
  let timer: NodeJS.Timeout | undefined;
  let tick: Promise<unknown> | undefined;
  let stopped = true;
  let log: RunnerLog | undefined;

  async function claim(now: Date): Promise<TaskRow[]> {
    const at = now.toISOString();
    const until = new Date(now.getTime() + leaseMs).toISOString();
    if (dialect === 'postgres') return claimDueTasksLocked(db, at, until, runnerId, batchSize);
    const claimed: TaskRow[] = [];
    for (const id of await selectDueTaskIds(db, at, batchSize)) {
      const row = await claimTask(db, id, at, until, runnerId);
      if (row) claimed.push(row);
    }
    return claimed;
  }

  async function runOne(row: TaskRow, now: Date): Promise<'done' | 'retried' | 'failed'> {
    const attempt = Number(row.attempts);
    try {
      const handler = handlers.get(row.kind);
      if (!handler) throw new Error(`no handler for task kind ${row.kind}`);
      await handler(JSON.parse(row.payload) as Record<string, unknown>, { now, attempt });
      await finishTask(db, row.id, runnerId, { state: 'done', locked_until: null, last_error: null, updated_at: now.toISOString() });
      return 'done';
    } catch (error) {
      const next = afterFailure(attempt, now, { maxAttempts, baseSeconds });
      log?.error({ taskId: row.id, kind: row.kind, attempt, err: error }, 'task failed');
      await finishTask(db, row.id, runnerId, {
        state: next.state,
        ...(next.state === 'queued' ? { run_at: next.runAt.toISOString() } : {}),
        locked_until: null,
        last_error: errorText(error),
        updated_at: now.toISOString(),
      });
      return next.state === 'queued' ? 'retried' : 'failed';
    }
  }

  const service = {
    runnerId,
    maxAttempts,

    /** Enqueues INSIDE the caller's transaction (an outbox): a rolled-back action leaves no task. */
    async enqueue(trx: Executor<Database>, task: NewTask): Promise<void> {
      const at = clock().toISOString();
      await insertTaskUnlessKeyed(trx, {
        id: newId(),
        kind: task.kind,
        key: task.key,
        payload: JSON.stringify(task.payload),
        run_at: task.runAt.toISOString(),
        state: 'queued',
        attempts: 0,
        last_error: null,
        locked_until: null,
        locked_by: null,
        created_at: at,
        updated_at: at,
      });
    },

    /** Registers the handler of a kind, at composition. Handlers must be idempotent (at-least-once). */
    handle(kind: string, handler: TaskHandler): void {
      if (handlers.has(kind)) throw new Error(`task kind ${kind} already has a handler`);
      handlers.set(kind, handler);
    },

    /**
     * Work the background loop does before each round (at composition), such as reloading what
     * another process changed: the working-day calendar's entered years.
     */
    beforeEachRound(hook: () => Promise<void>): void {
      roundHooks.push(hook);
    },

    /** Runs every task due at `now` until none is left; tests call it with their clock. */
    async runDue(now: Date): Promise<{ done: number; retried: number; failed: number }> {
      const counts = { done: 0, retried: 0, failed: 0 };
      for (;;) {
        const claimed = await claim(now);
        if (claimed.length === 0) return counts;
        for (const row of claimed) counts[await runOne(row, now)] += 1;
      }
    },

    /** Polls in the background every `pollMs` (main.ts); stop() waits for the running round. */
    start(options: { clock: Clock; log: RunnerLog; pollMs?: number }): void {
      if (!stopped) return;
      stopped = false;
      log = options.log;
      const pollMs = options.pollMs ?? 5_000;
      const loop = () => {
        if (stopped) return;
        tick = Promise.all(
          roundHooks.map((hook) => hook().catch((error: unknown) => options.log.error({ err: error }, 'task runner round hook failed'))),
        )
          .then(() => service.runDue(options.clock()))
          .catch((error: unknown) => options.log.error({ err: error }, 'task runner round failed'))
          .finally(() => {
            tick = undefined;
            if (!stopped) timer = setTimeout(loop, pollMs);
          });
      };
      timer = setTimeout(loop, 0);
    },

    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await tick;
    },

    async listTasks(query: ListTasksQuery): Promise<Page<Task>> {
      const { rows, total } = await selectTaskPage(db, query);
      return { items: rows.map(toTask), total, page: query.page, pageSize: query.pageSize };
    },
  };
  return service;
}
export type TasksService = ReturnType<typeof createTasksService>;
