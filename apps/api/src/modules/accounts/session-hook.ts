import { CSRF_HEADER, SESSION_COOKIE } from '@jobcircle/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthService } from './auth.service.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Runs before every request: resolves the session cookie to the actor and, on state-changing
 * requests, demands the CSRF header (the session's token when signed in; any value before, which a
 * cross-site form cannot send).
 */
export function createSessionHook(auth: AuthService, clock: Clock) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    request.now = clock();
    request.actor = null;
    request.session = null;
    request.sessionExpired = false;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const resolved = await auth.resolveSession(token, request.now);
      request.actor = resolved.actor;
      request.session = resolved.session;
      request.sessionExpired = resolved.expired;
    }
    if (SAFE_METHODS.has(request.method)) return;
    const header = request.headers[CSRF_HEADER];
    if (typeof header !== 'string' || header.length === 0) throw new AppError('CSRF_REJECTED');
    if (request.session && header !== request.session.csrfToken) throw new AppError('CSRF_REJECTED');
  };
}
