import type { Selectable } from 'kysely';

export interface SessionsTable {
  /** SHA-256 (hex) of the cookie's token. */
  id: string;
  staff_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  absolute_expires_at: string;
  ip: string | null;
}
export type SessionRow = Selectable<SessionsTable>;

export interface SignInThrottleTable {
  username: string;
  failed_count: number;
  locked_until: string | null;
  last_failed_at: string;
}
export type SignInThrottleRow = Selectable<SignInThrottleTable>;

/** The password was right and a second factor is due: this token (its SHA-256) may finish the sign-in. */
export interface SignInChallengesTable {
  id: string;
  staff_id: string;
  created_at: string;
  expires_at: string;
}
export type SignInChallengeRow = Selectable<SignInChallengesTable>;
