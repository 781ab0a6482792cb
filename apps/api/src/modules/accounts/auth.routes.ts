import { ChangePasswordBodySchema, MeSchema, OkSchema, SESSION_COOKIE, SignInBodySchema } from '@jobcircle/domain';
import type { FastifyReply } from 'fastify';
import type { Config } from '../../config.ts';
import { anonymousContextOf, contextOf, requireSignedIn, sessionOf } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { AuthService } from './auth.service.ts';

export function authRoutes(deps: { auth: AuthService; config: Pick<Config, 'cookieSecure' | 'signInRateLimitPerMinute'> }) {
  const { auth, config } = deps;

  function setSessionCookie(reply: FastifyReply, token: string) {
    reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure: config.cookieSecure });
  }

  return async (app: App) => {
    app.post(
      '/sign-in',
      {
        schema: { tags: ['accounts'], summary: '登录', body: SignInBodySchema, response: { 200: MeSchema } },
        config: { rateLimit: { max: config.signInRateLimitPerMinute, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const { token } = await auth.signIn(anonymousContextOf(request), request.body, request.cookies[SESSION_COOKIE]);
        setSessionCookie(reply, token);
        const resolved = await auth.resolveSession(token, request.now);
        if (!resolved.actor) throw new Error('a new session did not resolve');
        return auth.me(resolved.actor, resolved.session);
      },
    );

    app.post(
      '/sign-out',
      { schema: { tags: ['accounts'], summary: '退出登录', response: { 200: OkSchema } }, preHandler: requireSignedIn },
      async (request, reply) => {
        await auth.signOut(contextOf(request), sessionOf(request));
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true as const };
      },
    );

    app.get(
      '/me',
      { schema: { tags: ['accounts'], summary: '当前用户', response: { 200: MeSchema } }, preHandler: requireSignedIn },
      (request) => auth.me(contextOf(request).actor, sessionOf(request)),
    );

    app.post(
      '/password',
      {
        schema: { tags: ['accounts'], summary: '修改密码', body: ChangePasswordBodySchema, response: { 200: MeSchema } },
        preHandler: requireSignedIn,
      },
      async (request, reply) => {
        const { token } = await auth.changePassword(contextOf(request), request.body);
        setSessionCookie(reply, token);
        const resolved = await auth.resolveSession(token, request.now);
        if (!resolved.actor) throw new Error('a new session did not resolve');
        return auth.me(resolved.actor, resolved.session);
      },
    );
  };
}
