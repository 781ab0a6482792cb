import { PublicServiceItemSchema, ServiceItemParamsSchema, ServiceItemSchema, UpdateServiceItemBodySchema } from '@jobcircle/domain';
import { z } from 'zod';
import { contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { ServiceItemsService } from './service-items.service.ts';

export function serviceItemsRoutes(serviceItems: ServiceItemsService, options: { publicRateLimitPerMinute: number }) {
  // A read of published texts: the public pages' looser limit (as the public job board's).
  const publicLimit = { rateLimit: { max: options.publicRateLimitPerMinute * 10, timeWindow: '1 minute' } };
  return async (app: App) => {
    app.get(
      '/public/service-items',
      {
        schema: {
          tags: ['public'],
          summary: '服务事项的公开说明（服务对象、服务内容、申请方式、查询途径；无需登录）',
          response: { 200: z.array(PublicServiceItemSchema) },
        },
        config: publicLimit,
      },
      async () =>
        (await serviceItems.listServiceItems()).map(({ no, module, text, audience, content, howToApply, whereToCheck }) => ({
          no,
          module,
          text,
          audience,
          content,
          howToApply,
          whereToCheck,
        })),
    );
    app.get(
      '/service-items',
      {
        schema: { tags: ['service-items'], summary: '服务事项清单（25项）', response: { 200: z.array(ServiceItemSchema) } },
        preHandler: requirePermission('org:read'),
      },
      () => serviceItems.listServiceItems(),
    );
    app.patch(
      '/service-items/:no',
      {
        schema: {
          tags: ['service-items'],
          summary: '修改服务事项说明',
          params: ServiceItemParamsSchema,
          body: UpdateServiceItemBodySchema,
          response: { 200: ServiceItemSchema },
        },
        preHandler: requirePermission('service-item:write'),
      },
      (request) => serviceItems.updateServiceItem(contextOf(request), request.params.no, request.body),
    );
  };
}
