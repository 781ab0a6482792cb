import { TASK_BACKOFF_BASE_SECONDS, TASK_MAX_ATTEMPTS } from '@jobcircle/domain';

/**
 * Pure rule: what happens to a task whose handler failed on attempt `attempt` (1-based): retried
 * after an exponentially growing delay (30 s, 60 s, 120 s …, at most a day), or given up as failed
 * after the last attempt.
 */
export function afterFailure(
  attempt: number,
  now: Date,
  options: { maxAttempts?: number; baseSeconds?: number } = {},
): { state: 'queued'; runAt: Date } | { state: 'failed' } {
  const maxAttempts = options.maxAttempts ?? TASK_MAX_ATTEMPTS;
  if (attempt >= maxAttempts) return { state: 'failed' };
  const delaySeconds = Math.min((options.baseSeconds ?? TASK_BACKOFF_BASE_SECONDS) * 2 ** (attempt - 1), 86_400);
  return { state: 'queued', runAt: new Date(now.getTime() + delaySeconds * 1000) };
}

/** The error text kept on a task: the message only, bounded. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 500);
}
