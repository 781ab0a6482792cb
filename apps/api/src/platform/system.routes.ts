import { PublicConfigSchema } from '@jobcircle/domain';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import type { App } from './route-types.ts';

const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['up', 'down']),
  dialect: z.enum(['sqlite', 'postgres']),
});

/** Health (with the database's status) and the settings the web app needs before sign-in. */
export function systemRoutes(deps: { config: Config; database: DatabaseHandle }) {
  const { config, database } = deps;
  return async (app: App) => {
    app.get(
      '/health',
      { schema: { tags: ['system'], summary: '健康检查', response: { 200: HealthSchema, 503: HealthSchema } } },
      async (_request, reply) => {
        const up = await database.ping().then(
          () => true,
          () => false,
        );
        return reply
          .status(up ? 200 : 503)
          .send({ status: up ? 'ok' : 'degraded', database: up ? 'up' : 'down', dialect: database.dialect });
      },
    );
    app.get(
      '/public/config',
      { schema: { tags: ['system'], summary: '公开配置（地图图源、外部平台）', response: { 200: PublicConfigSchema } } },
      () => ({
        externalPlatforms: config.externalPlatforms,
        tileSource: config.tiandituKey ? { kind: 'tianditu' as const, key: config.tiandituKey } : null,
        publicUrl: config.publicUrl ?? null,
        directionsUrl: config.directionsUrl,
      }),
    );
  };
}
