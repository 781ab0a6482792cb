/**
 * When the session will end, seen from the browser. The API ends a session after `idleMinutes`
 * without a request, and records a request at most once a minute (auth.service's touch interval):
 * the session may have been seen up to a minute before the last answer, so the browser counts from
 * a minute earlier (half the idle time when it is shorter). Never later than the absolute expiry.
 */
export function sessionEndsAt(lastAnswerAt: number, idleMinutes: number, absoluteExpiresAt: string): number {
  const idle = idleMinutes * 60_000;
  const slack = Math.min(60_000, idle / 2);
  const absolute = Date.parse(absoluteExpiresAt);
  return Math.min(lastAnswerAt - slack + idle, Number.isNaN(absolute) ? Number.POSITIVE_INFINITY : absolute);
}

/** How long before the end the warning shows: two minutes, a quarter of the idle time when shorter. */
export function warningLeadMs(idleMinutes: number): number {
  return Math.min(2 * 60_000, (idleMinutes * 60_000) / 4);
}
