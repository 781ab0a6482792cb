import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/database.ts';
import { createAuditService, registerAudit } from './modules/audit/index.ts';
import { createAuthService, createSessionHook, createSignInLocks, registerAuth } from './modules/auth/index.ts';
import { createEmployersService, registerEmployers } from './modules/employers/index.ts';
import { createOrgServices, registerOrg } from './modules/org/index.ts';
import { createResidentsServices, registerResidents } from './modules/residents/index.ts';
import type { Clock } from './platform/context.ts';
import { createFieldCipher } from './platform/crypto.ts';
import { notFoundResponse, registerErrorHandling } from './platform/errors.ts';
import { loggerOptions } from './platform/logging.ts';
import type { App } from './platform/route-types.ts';
import { responseSerializerCompiler } from './platform/serializer.ts';
import { systemRoutes } from './platform/system.routes.ts';

export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  /** Injected so that tests can move time (lockout and session expiry). */
  clock?: Clock;
}

/** The services every module is made of, wired once (no service locator, no autoload). */
export function createServices(deps: { config: Config; database: DatabaseHandle }) {
  const { db } = deps.database;
  if (!deps.config.keys) throw new Error('field-encryption keys are not resolved (resolveKeys)');
  const cipher = createFieldCipher(deps.config.keys);
  const audit = createAuditService({ db });
  const signInLocks = createSignInLocks({ db, config: deps.config });
  const org = createOrgServices({ db, audit, signInLocks });
  const auth = createAuthService({ db, config: deps.config, audit, staff: org.staff, signInLocks });
  const residents = createResidentsServices({ db, audit, cipher, regions: org.regions, grids: org.grids, staff: org.staff });
  const employers = createEmployersService({ db, audit, regions: org.regions, cipher });
  return { cipher, audit, signInLocks, org, auth, residents, employers };
}
export type Services = ReturnType<typeof createServices>;

/** Builds the whole app without listening: used by main.ts, the tests, the benchmarks and the OpenAPI export. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database } = deps;
  const clock = deps.clock ?? (() => new Date());
  const app = Fastify({
    logger: loggerOptions(config),
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>() as App;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);
  registerErrorHandling(app);

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'JobCircle 就业服务圈 API',
        version: '0.1.0',
        description: '崇明区“15分钟就业服务圈”站点系统的接口。状态变更请求须带 X-CSRF-Token 头。',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const { audit, org, auth, employers, residents } = createServices({ config, database });
  await org.regions.load();

  app.decorateRequest('actor', null);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('now', null as unknown as Date);
  app.addHook('onRequest', createSessionHook(auth, clock));

  await app.register(systemRoutes({ config, database }), { prefix: '/api' });
  registerAuth(app, { auth, config });
  registerOrg(app, org);
  registerEmployers(app, employers);
  registerAudit(app, audit);
  registerResidents(app, residents);

  const webDist = config.webDist;
  const hasWeb = webDist !== undefined && existsSync(path.join(webDist, 'index.html'));
  // Files are looked up per request, so a rebuilt web app is served without a restart.
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: true });
  app.setNotFoundHandler((request, reply) => {
    // The web app routes in the browser: any page that is not a file gets index.html.
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/')) return reply.type('text/html').sendFile('index.html');
    return reply.status(404).send(notFoundResponse(request.id));
  });
  return app;
}
