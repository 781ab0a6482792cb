import { IdParamsSchema, type Permission, VersionBodySchema } from '@jobcircle/domain';
import type { z } from 'zod';
import type { ServiceContext } from './context.ts';
import { contextOf, requirePermission } from './http.ts';
import type { App } from './route-types.ts';

/**
 * The pair every deactivatable record has: `POST <path>/:id/deactivate` and `…/reactivate`, each
 * naming the version it read (a stale one answers 409 VERSION_CONFLICT).
 */
export function activationRoutes(
  app: App,
  options: {
    path: string;
    tag: string;
    /** What is (de)activated, in Chinese: 站点, 网格, 账号 … */
    noun: string;
    permission: Permission;
    /** The record's schema: the serializer compiled from it presents what setActive returns. */
    response: z.ZodType;
    setActive(ctx: ServiceContext, id: string, version: number, active: boolean): Promise<unknown>;
  },
): void {
  for (const [verb, active, label] of [
    ['deactivate', false, '停用'],
    ['reactivate', true, '启用'],
  ] as const) {
    app.post(
      `${options.path}/:id/${verb}`,
      {
        schema: {
          tags: [options.tag],
          summary: `${label}${options.noun}`,
          params: IdParamsSchema,
          body: VersionBodySchema,
          response: { 200: options.response },
        },
        preHandler: requirePermission(options.permission),
      },
      (request) => options.setActive(contextOf(request), request.params.id, request.body.version, active),
    );
  }
}
