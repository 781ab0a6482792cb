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
  mustChangePassword: boolean;
  sessionId: string;
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
