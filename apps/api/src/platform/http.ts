import type { Permission } from '@jobcircle/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, AnonymousContext, ServiceContext, Session } from './context.ts';
import { AppError } from './errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in staff member, resolved from the session cookie before any handler runs. */
    actor: Actor | null;
    /** The session the cookie named, when it is valid (CSRF token, expiry). */
    session: Session | null;
    /** True when the request carried a session that has just expired. */
    sessionExpired: boolean;
    /** The request's clock reading: every rule in one request sees the same instant. */
    now: Date;
  }
}

function unauthenticated(request: FastifyRequest): AppError {
  return new AppError(request.sessionExpired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
}

export function contextOf(request: FastifyRequest): ServiceContext {
  if (!request.actor) throw unauthenticated(request);
  return { actor: request.actor, requestId: request.id, ip: request.ip, now: request.now };
}

/** The valid session of a signed-in request (sign-out and `me` need it). */
export function sessionOf(request: FastifyRequest): Session {
  if (!request.session) throw unauthenticated(request);
  return request.session;
}

export function anonymousContextOf(request: FastifyRequest): AnonymousContext {
  return { actor: null, requestId: request.id, ip: request.ip, now: request.now };
}

/** Route guard: signed in, password changed and second factor enrolled if they had to be, and holding the permission. */
export function requirePermission(permission: Permission) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const actor = request.actor;
    if (!actor) throw unauthenticated(request);
    if (actor.mustChangePassword) throw new AppError('PASSWORD_CHANGE_REQUIRED');
    if (actor.mustEnrolSecondFactor) throw new AppError('SECOND_FACTOR_ENROLMENT_REQUIRED');
    if (!actor.permissions.has(permission)) throw new AppError('FORBIDDEN');
  };
}

/** Route guard for the few routes open to a signed-in user who still has to change the password. */
export async function requireSignedIn(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  if (!request.actor) throw unauthenticated(request);
}
