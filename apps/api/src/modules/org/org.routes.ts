import {
  CreateGridBodySchema,
  CreateSiteBodySchema,
  CreateStaffBodySchema,
  GridPageSchema,
  GridSchema,
  IdParamsSchema,
  ListGridsQuerySchema,
  ListSitesQuerySchema,
  ListStaffQuerySchema,
  PublicSiteSchema,
  RegionNodeSchema,
  ServiceItemParamsSchema,
  ServiceItemSchema,
  SitePageSchema,
  SiteSchema,
  StaffPageSchema,
  StaffSchema,
  StaffWithPasswordSchema,
  UpdateGridBodySchema,
  UpdateServiceItemBodySchema,
  UpdateSiteBodySchema,
  UpdateStaffBodySchema,
  VersionBodySchema,
} from '@jobcircle/domain';
import { z } from 'zod';
import { contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { GridsService } from './grids.service.ts';
import type { ServiceItemsService } from './service-items.service.ts';
import type { SitesService } from './sites.service.ts';
import type { StaffService } from './staff.service.ts';

export function orgRoutes(deps: { sites: SitesService; grids: GridsService; staff: StaffService; serviceItems: ServiceItemsService }) {
  const { sites, grids, staff, serviceItems } = deps;
  const read = requirePermission('org:read');
  return async (app: App) => {
    app.get(
      '/regions/tree',
      { schema: { tags: ['org'], summary: '区域树（区—乡镇—村居—网格）', response: { 200: RegionNodeSchema } }, preHandler: read },
      (request) => grids.regionTree(contextOf(request)),
    );

    // ── sites ──
    app.get(
      '/sites',
      {
        schema: { tags: ['org'], summary: '站点列表', querystring: ListSitesQuerySchema, response: { 200: SitePageSchema } },
        preHandler: read,
      },
      (request) => sites.listSites(contextOf(request), request.query),
    );
    app.get(
      '/sites/:id',
      { schema: { tags: ['org'], summary: '站点详情', params: IdParamsSchema, response: { 200: SiteSchema } }, preHandler: read },
      (request) => sites.getSite(contextOf(request), request.params.id),
    );
    app.post(
      '/sites',
      {
        schema: { tags: ['org'], summary: '新建站点', body: CreateSiteBodySchema, response: { 201: SiteSchema } },
        preHandler: requirePermission('site:write'),
      },
      async (request, reply) => reply.status(201).send(await sites.createSite(contextOf(request), request.body)),
    );
    app.patch(
      '/sites/:id',
      {
        schema: { tags: ['org'], summary: '修改站点', params: IdParamsSchema, body: UpdateSiteBodySchema, response: { 200: SiteSchema } },
        preHandler: requirePermission('site:write'),
      },
      (request) => sites.updateSite(contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/sites/:id/deactivate',
      {
        schema: { tags: ['org'], summary: '停用站点', params: IdParamsSchema, body: VersionBodySchema, response: { 200: SiteSchema } },
        preHandler: requirePermission('site:write'),
      },
      (request) => sites.setSiteActive(contextOf(request), request.params.id, request.body.version, false),
    );
    app.post(
      '/sites/:id/reactivate',
      {
        schema: { tags: ['org'], summary: '启用站点', params: IdParamsSchema, body: VersionBodySchema, response: { 200: SiteSchema } },
        preHandler: requirePermission('site:write'),
      },
      (request) => sites.setSiteActive(contextOf(request), request.params.id, request.body.version, true),
    );

    app.get(
      '/public/sites/:id',
      { schema: { tags: ['public'], summary: '站点公开页（无需登录）', params: IdParamsSchema, response: { 200: PublicSiteSchema } } },
      (request) => sites.getPublicSite(request.params.id),
    );

    // ── the 25 service items ──
    app.get(
      '/service-items',
      { schema: { tags: ['org'], summary: '服务事项清单（25项）', response: { 200: z.array(ServiceItemSchema) } }, preHandler: read },
      () => serviceItems.listServiceItems(),
    );
    app.patch(
      '/service-items/:no',
      {
        schema: {
          tags: ['org'],
          summary: '修改服务事项说明',
          params: ServiceItemParamsSchema,
          body: UpdateServiceItemBodySchema,
          response: { 200: ServiceItemSchema },
        },
        preHandler: requirePermission('service-item:write'),
      },
      (request) => serviceItems.updateServiceItem(contextOf(request), request.params.no, request.body),
    );

    // ── grids ──
    app.get(
      '/grids',
      {
        schema: { tags: ['org'], summary: '网格列表', querystring: ListGridsQuerySchema, response: { 200: GridPageSchema } },
        preHandler: read,
      },
      (request) => grids.listGrids(contextOf(request), request.query),
    );
    app.post(
      '/grids',
      {
        schema: { tags: ['org'], summary: '新建网格', body: CreateGridBodySchema, response: { 201: GridSchema } },
        preHandler: requirePermission('grid:write'),
      },
      async (request, reply) => reply.status(201).send(await grids.createGrid(contextOf(request), request.body)),
    );
    app.patch(
      '/grids/:id',
      {
        schema: { tags: ['org'], summary: '修改网格', params: IdParamsSchema, body: UpdateGridBodySchema, response: { 200: GridSchema } },
        preHandler: requirePermission('grid:write'),
      },
      (request) => grids.updateGrid(contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/grids/:id/deactivate',
      {
        schema: { tags: ['org'], summary: '停用网格', params: IdParamsSchema, body: VersionBodySchema, response: { 200: GridSchema } },
        preHandler: requirePermission('grid:write'),
      },
      (request) => grids.setGridActive(contextOf(request), request.params.id, request.body.version, false),
    );

    // ── staff ──
    const staffRead = requirePermission('staff:read');
    const staffWrite = requirePermission('staff:write');
    app.get(
      '/staff',
      {
        schema: { tags: ['org'], summary: '人员列表', querystring: ListStaffQuerySchema, response: { 200: StaffPageSchema } },
        preHandler: staffRead,
      },
      (request) => staff.listStaff(contextOf(request), request.query),
    );
    app.get(
      '/staff/:id',
      { schema: { tags: ['org'], summary: '人员详情', params: IdParamsSchema, response: { 200: StaffSchema } }, preHandler: staffRead },
      (request) => staff.getStaff(contextOf(request), request.params.id),
    );
    app.post(
      '/staff',
      {
        schema: {
          tags: ['org'],
          summary: '新建人员账号（返回一次性密码）',
          body: CreateStaffBodySchema,
          response: { 201: StaffWithPasswordSchema },
        },
        preHandler: staffWrite,
      },
      async (request, reply) => reply.status(201).send(await staff.createStaff(contextOf(request), request.body)),
    );
    app.patch(
      '/staff/:id',
      {
        schema: { tags: ['org'], summary: '修改人员', params: IdParamsSchema, body: UpdateStaffBodySchema, response: { 200: StaffSchema } },
        preHandler: staffWrite,
      },
      (request) => staff.updateStaff(contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/staff/:id/deactivate',
      {
        schema: { tags: ['org'], summary: '停用账号', params: IdParamsSchema, body: VersionBodySchema, response: { 200: StaffSchema } },
        preHandler: staffWrite,
      },
      (request) => staff.setStaffActive(contextOf(request), request.params.id, request.body.version, false),
    );
    app.post(
      '/staff/:id/reactivate',
      {
        schema: { tags: ['org'], summary: '启用账号', params: IdParamsSchema, body: VersionBodySchema, response: { 200: StaffSchema } },
        preHandler: staffWrite,
      },
      (request) => staff.setStaffActive(contextOf(request), request.params.id, request.body.version, true),
    );
    app.post(
      '/staff/:id/reset-password',
      {
        schema: {
          tags: ['org'],
          summary: '重置密码（返回一次性密码）',
          params: IdParamsSchema,
          response: { 200: StaffWithPasswordSchema },
        },
        preHandler: staffWrite,
      },
      (request) => staff.resetPassword(contextOf(request), request.params.id),
    );
    app.post(
      '/staff/:id/unlock',
      {
        schema: { tags: ['org'], summary: '解除登录锁定', params: IdParamsSchema, response: { 200: StaffSchema } },
        preHandler: staffWrite,
      },
      (request) => staff.unlockStaff(contextOf(request), request.params.id),
    );
  };
}
