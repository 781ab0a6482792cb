import {
  CreateSiteBodySchema,
  IdParamsSchema,
  ListSitesQuerySchema,
  PublicSiteSchema,
  SitePageSchema,
  SiteSchema,
  UpdateSiteBodySchema,
} from '@jobcircle/domain';
import { activationRoutes } from '../../platform/activation-routes.ts';
import { contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { SitesService } from './sites.service.ts';

export function sitesRoutes(sites: SitesService) {
  const read = requirePermission('org:read');
  const write = requirePermission('site:write');
  return async (app: App) => {
    app.get(
      '/sites',
      {
        schema: { tags: ['sites'], summary: '站点列表', querystring: ListSitesQuerySchema, response: { 200: SitePageSchema } },
        preHandler: read,
      },
      (request) => sites.listSites(contextOf(request), request.query),
    );
    app.get(
      '/sites/:id',
      { schema: { tags: ['sites'], summary: '站点详情', params: IdParamsSchema, response: { 200: SiteSchema } }, preHandler: read },
      (request) => sites.getSite(contextOf(request), request.params.id),
    );
    app.post(
      '/sites',
      { schema: { tags: ['sites'], summary: '新建站点', body: CreateSiteBodySchema, response: { 201: SiteSchema } }, preHandler: write },
      async (request, reply) => reply.status(201).send(await sites.createSite(contextOf(request), request.body)),
    );
    app.patch(
      '/sites/:id',
      {
        schema: { tags: ['sites'], summary: '修改站点', params: IdParamsSchema, body: UpdateSiteBodySchema, response: { 200: SiteSchema } },
        preHandler: write,
      },
      (request) => sites.updateSite(contextOf(request), request.params.id, request.body),
    );
    activationRoutes(app, {
      path: '/sites',
      tag: 'sites',
      noun: '站点',
      permission: 'site:write',
      response: SiteSchema,
      setActive: sites.setSiteActive,
    });
    app.get(
      '/public/sites/:id',
      { schema: { tags: ['public'], summary: '站点公开页（无需登录）', params: IdParamsSchema, response: { 200: PublicSiteSchema } } },
      (request) => sites.getPublicSite(request.params.id),
    );
  };
}
