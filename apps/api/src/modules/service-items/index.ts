import type { App } from '../../platform/route-types.ts';
import { serviceItemsRoutes } from './service-items.routes.ts';
import type { ServiceItemsService } from './service-items.service.ts';

export { createServiceItemsService, type ServiceItemsService } from './service-items.service.ts';

/** The plan's 25 service items and what each publishes, editable by the district. */
export function registerServiceItems(app: App, serviceItems: ServiceItemsService, options: { publicRateLimitPerMinute: number }): void {
  void app.register(serviceItemsRoutes(serviceItems, options), { prefix: '/api' });
}
