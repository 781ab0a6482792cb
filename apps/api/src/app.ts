import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from './composition/services.ts';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/database.ts';
import { createSessionHook, registerAccounts } from './modules/accounts/index.ts';
import { registerAppointments } from './modules/appointments/index.ts';
import { registerAudit } from './modules/audit/index.ts';
import { registerCalendar } from './modules/calendar/index.ts';
import { registerCoverage } from './modules/coverage/index.ts';
import { registerEmployers } from './modules/employers/index.ts';
import { registerFeedback } from './modules/feedback/index.ts';
import { registerGigs } from './modules/gigs/index.ts';
import { registerJobs } from './modules/jobs/index.ts';
import { registerLedger } from './modules/ledger/index.ts';
import { registerMatching } from './modules/matching/index.ts';
import { registerPolicies } from './modules/policies/index.ts';
import { registerReferrals } from './modules/referrals/index.ts';
import { registerRegions } from './modules/regions/index.ts';
import { registerResidents } from './modules/residents/index.ts';
import { registerServiceItems } from './modules/service-items/index.ts';
import { registerSites } from './modules/sites/index.ts';
import { registerTasks } from './modules/tasks/index.ts';
import { registerTickets } from './modules/tickets/index.ts';
import { registerWorkbench } from './modules/workbench/index.ts';
import { notFoundResponse, registerErrorHandling } from './platform/errors.ts';
import type { App } from './platform/route-types.ts';
import { responseSerializerCompiler } from './platform/serializer.ts';
import { systemRoutes } from './platform/system.routes.ts';

export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  /** The one instance made by composition/services.ts (its clock and logger are the app's). */
  services: Services;
}

/** Builds the whole app without listening: used by main.ts, the tests, the benchmarks and the OpenAPI export. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database, services } = deps;
  const app = Fastify({
    loggerInstance: services.log as FastifyBaseLogger,
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>() as App;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);
  registerErrorHandling(app);

  await app.register(fastifyHelmet, securityHeaders(config));
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'] });
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
  // The docs page brings its own inline scripts: the plugin sends a CSP with their hashes.
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  await services.regions.load();

  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('now', null as unknown as Date);
  app.addHook('onRequest', createSessionHook(services.accounts.auth, services.clock));

  await app.register(systemRoutes({ config, database }), { prefix: '/api' });
  registerAccounts(app, services.accounts, config);
  registerRegions(app, services);
  registerSites(app, services.sites);
  registerServiceItems(app, services.serviceItems, { publicRateLimitPerMinute: config.signInRateLimitPerMinute });
  registerEmployers(app, services.employers);
  registerAudit(app, services.audit);
  registerResidents(app, services.residents);
  registerCalendar(app, services.calendar, { publicRateLimitPerMinute: config.signInRateLimitPerMinute });
  registerLedger(app, services.ledger);
  registerTasks(app, services);
  registerWorkbench(app, services.workbench);
  registerCoverage(app, services.coverage);
  registerTickets(app, services.tickets, { publicRateLimitPerMinute: config.signInRateLimitPerMinute });
  registerAppointments(app, services.appointments);
  registerFeedback(app, services.feedback, { publicRateLimitPerMinute: config.signInRateLimitPerMinute });
  registerJobs(app, services.jobs, { publicRateLimitPerMinute: config.signInRateLimitPerMinute });
  registerMatching(app, services.matching);
  registerReferrals(app, services.referrals);
  registerGigs(app, services.gigs);
  registerPolicies(app, services.policies, services.outreach);

  const webDist = config.webDist;
  const hasWeb = webDist !== undefined && existsSync(path.join(webDist, 'index.html'));
  // Files are looked up per request, so a rebuilt web app is served without a restart.
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: true, cacheControl: false, setHeaders: cacheHeaders });
  app.setNotFoundHandler(
    // Probing for routes is throttled per IP (pages of the web app come through here too).
    { preHandler: app.rateLimit({ max: config.notFoundRateLimitPerMinute, timeWindow: '1 minute' }) },
    (request, reply) => {
      // The web app routes in the browser: any page that is not a file gets index.html.
      if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/')) {
        return reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html');
      }
      return reply.status(404).send(notFoundResponse(request.id));
    },
  );
  return app;
}

/**
 * Security headers (等保 2.0, OWASP ASVS 14.4): a CSP the console and its map work under — scripts
 * from this origin only; inline styles because antd and Leaflet set them; images from here, data:
 * URLs (QR codes) and the 天地图 tile hosts; no framing; no referrer leaving the site; HSTS only when
 * the deployment serves HTTPS (COOKIE_SECURE=true).
 */
function securityHeaders(config: Config) {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https://*.tianditu.gov.cn'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.cookieSecure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: config.cookieSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' as const },
    crossOriginEmbedderPolicy: false,
  };
}

/** Vite's hashed assets never change under their name: cached for a year; everything else is revalidated. */
function cacheHeaders(reply: { header(name: string, value: string): unknown }, filePath: string): void {
  const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
  reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
}
