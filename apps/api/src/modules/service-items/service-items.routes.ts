import { ServiceItemParamsSchema, ServiceItemSchema, UpdateServiceItemBodySchema } from '@jobcircle/domain';
import { z } from 'zod';
import { contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { ServiceItemsService } from './service-items.service.ts';

export function serviceItemsRoutes(serviceItems: ServiceItemsService) {
  return async (app: App) => {
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
