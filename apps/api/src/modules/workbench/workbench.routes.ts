import { WorkbenchSchema } from '@jobcircle/domain';
import { contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { WorkbenchService } from './workbench.service.ts';

/** The worker's day (工作台): the home page of station and point staff. */
export function workbenchRoutes(workbench: WorkbenchService) {
  return async (app: App) => {
    app.get(
      '/workbench',
      {
        schema: {
          tags: ['workbench'],
          summary: '工作台：今日预约、我的受理单、待回访、近期服务、本月统计',
          response: { 200: WorkbenchSchema },
        },
        preHandler: requirePermission('ledger:read'),
      },
      (request) => workbench.getWorkbench(contextOf(request)),
    );
  };
}
