import type { Permission, RegionScope, Role } from '@jobcircle/domain';

/** Who acts: a signed-in staff member, with the permissions of the role and the region it may act in. */
export interface Actor {
  staffId: string;
  username: string;
  displayName: string;
  role: Role;
  permissions: ReadonlySet<Permission>;
  scope: RegionScope;
  siteId: string | null;
  /** The password was reset or has expired: only the change is allowed. */
  mustChangePassword: boolean;
  /** A role that needs a second factor has none yet: only its enrolment is allowed. */
  mustEnrolSecondFactor: boolean;
}

/** The browser session the actor signed in with: what the cookie resolves to, apart from who acts. */
export interface Session {
  id: string;
  csrfToken: string;
  absoluteExpiresAt: string;
}

/** What every service method receives first; services never see a FastifyRequest. */
export interface ServiceContext {
  actor: Actor;
  requestId: string;
  ip: string;
  now: Date;
}

/** The same, before sign-in. */
export interface AnonymousContext {
  actor: null;
  requestId: string;
  ip: string;
  now: Date;
}

export type Clock = () => Date;

/**
 * The context of work no person asked for — start-up, the demo seed, background tasks: no actor,
 * a request id that names the work (`system:demo-seed`), so its audit rows say what wrote them.
 */
export function systemContext(name: string, now: Date): AnonymousContext {
  return { actor: null, requestId: `system:${name}`, ip: '127.0.0.1', now };
}
