import {
  CreateGridBodySchema,
  GridPageSchema,
  GridSchema,
  IdParamsSchema,
  ListGridsQuerySchema,
  RegionNodeSchema,
  UpdateGridBodySchema,
} from '@jobcircle/domain';
import { activationRoutes } from '../../platform/activation-routes.ts';
import { contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { GridsService } from './grids.service.ts';

export function regionsRoutes(grids: GridsService) {
  const read = requirePermission('org:read');
  const write = requirePermission('grid:write');
  return async (app: App) => {
    app.get(
      '/regions/tree',
      { schema: { tags: ['regions'], summary: '区域树（区—乡镇—村居—网格）', response: { 200: RegionNodeSchema } }, preHandler: read },
      (request) => grids.regionTree(contextOf(request)),
    );
    app.get(
      '/grids',
      {
        schema: { tags: ['regions'], summary: '网格列表', querystring: ListGridsQuerySchema, response: { 200: GridPageSchema } },
        preHandler: read,
      },
      (request) => grids.listGrids(contextOf(request), request.query),
    );
    app.post(
      '/grids',
      { schema: { tags: ['regions'], summary: '新建网格', body: CreateGridBodySchema, response: { 201: GridSchema } }, preHandler: write },
      async (request, reply) => reply.status(201).send(await grids.createGrid(contextOf(request), request.body)),
    );
    app.patch(
      '/grids/:id',
      {
        schema: {
          tags: ['regions'],
          summary: '修改网格',
          params: IdParamsSchema,
          body: UpdateGridBodySchema,
          response: { 200: GridSchema },
        },
        preHandler: write,
      },
      (request) => grids.updateGrid(contextOf(request), request.params.id, request.body),
    );
    activationRoutes(app, {
      path: '/grids',
      tag: 'regions',
      noun: '网格',
      permission: 'grid:write',
      response: GridSchema,
      setActive: grids.setGridActive,
    });
  };
}
