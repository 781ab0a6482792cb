import {
  ChangePasswordBodySchema,
  ConfirmSecondFactorBodySchema,
  MeSchema,
  OkSchema,
  RecoveryCodesSchema,
  SESSION_COOKIE,
  SecondFactorEnrolmentSchema,
  SecondFactorSignInBodySchema,
  SecondFactorStatusSchema,
  SignInBodySchema,
} from '@jobcircle/domain';
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

    // Step two when the account has a second factor: the challenge the first step answered with
    // (SECOND_FACTOR_REQUIRED, details.challenge) and a code or a recovery code.
    app.post(
      '/sign-in/second-factor',
      {
        schema: {
          tags: ['accounts'],
          summary: '登录（第二步：动态验证码或恢复码）',
          body: SecondFactorSignInBodySchema,
          response: { 200: MeSchema },
        },
        config: { rateLimit: { max: config.signInRateLimitPerMinute, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const { token } = await auth.signInWithSecondFactor(anonymousContextOf(request), request.body, request.cookies[SESSION_COOKIE]);
        setSessionCookie(reply, token);
        const resolved = await auth.resolveSession(token, request.now);
        if (!resolved.actor) throw new Error('a new session did not resolve');
        return auth.me(resolved.actor, resolved.session);
      },
    );

    app.get(
      '/second-factor',
      {
        schema: { tags: ['accounts'], summary: '双因素认证状态', response: { 200: SecondFactorStatusSchema } },
        preHandler: requireSignedIn,
      },
      (request) => auth.secondFactorStatus(contextOf(request)),
    );

    app.post(
      '/second-factor/enrolment',
      {
        schema: {
          tags: ['accounts'],
          summary: '开始绑定身份验证器（返回密钥与 otpauth 地址，仅此一次）',
          response: { 200: SecondFactorEnrolmentSchema },
        },
        preHandler: requireSignedIn,
      },
      (request) => auth.startSecondFactorEnrolment(contextOf(request)),
    );

    app.post(
      '/second-factor/confirmation',
      {
        schema: {
          tags: ['accounts'],
          summary: '用第一个验证码确认绑定（返回 10 个恢复码，仅此一次）',
          body: ConfirmSecondFactorBodySchema,
          response: { 200: RecoveryCodesSchema },
        },
        preHandler: requireSignedIn,
      },
      (request) => auth.confirmSecondFactor(contextOf(request), request.body),
    );

    app.post(
      '/second-factor/recovery-codes',
      {
        schema: {
          tags: ['accounts'],
          summary: '重新生成恢复码（旧码作废）',
          body: ConfirmSecondFactorBodySchema,
          response: { 200: RecoveryCodesSchema },
        },
        preHandler: requireSignedIn,
      },
      (request) => auth.renewRecoveryCodes(contextOf(request), request.body),
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
