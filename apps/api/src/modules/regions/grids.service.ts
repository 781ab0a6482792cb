import type { CreateGridBody, Grid, ListGridsQuery, Page, RegionNode, UpdateGridBody } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertUpdated, assertVersion } from '../../platform/versioning.ts';
import type { AuditService } from '../audit/audit.service.ts';
import {
  findGridByCode,
  findGridById,
  type GridWithNames,
  insertGrid,
  isActiveStaffInScope,
  selectActiveGridNodes,
  selectGridNames,
  selectGridPage,
  updateGridAtVersion,
} from './grids.repository.ts';
import type { RegionDirectory } from './regions.service.ts';

function toGrid(row: GridWithNames): Grid {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    villageCode: row.village_code,
    villageName: row.village_name,
    townCode: row.town_code,
    responsibleStaffId: row.responsible_staff_id,
    responsibleStaffName: row.responsible_staff_name,
    isActive: Boolean(row.is_active),
    version: Number(row.version),
  };
}

export function createGridsService(deps: { db: Kysely<Database>; audit: AuditService; regions: RegionDirectory }) {
  const { db, audit, regions } = deps;

  async function loadGrid(trx: Executor<Database>, ctx: ServiceContext, id: string): Promise<Grid> {
    const row = await findGridById(trx, ctx.actor.scope, id);
    if (!row) throw new AppError('NOT_FOUND');
    return toGrid(row);
  }

  /** The responsible staff member must be an active account the actor can see. */
  async function checkResponsible(trx: Executor<Database>, ctx: ServiceContext, staffId: string | null | undefined) {
    if (!staffId) return;
    if (!(await isActiveStaffInScope(trx, ctx.actor.scope, staffId))) throw validationError({ responsibleStaffId: ['没有这名在岗人员'] });
  }

  return {
    /** An active grid by its code, whatever the scope (the caller checks where it lies). */
    async findActiveGrid(
      trx: Executor<Database>,
      code: string,
    ): Promise<{ code: string; districtCode: string; townCode: string; villageCode: string } | undefined> {
      const grid = await findGridByCode(trx, code);
      return grid?.is_active
        ? { code: grid.code, districtCode: grid.district_code, townCode: grid.town_code, villageCode: grid.village_code }
        : undefined;
    },

    /** Grid names by code (for lists that show where someone works). */
    gridNames(trx: Executor<Database>, codes: readonly string[]): Promise<Map<string, string>> {
      return selectGridNames(trx, codes);
    },

    async listGrids(ctx: ServiceContext, query: ListGridsQuery): Promise<Page<Grid>> {
      const { rows, total } = await selectGridPage(db, ctx.actor.scope, query);
      return { items: rows.map(toGrid), total, page: query.page, pageSize: query.pageSize };
    },

    async regionTree(ctx: ServiceContext): Promise<RegionNode> {
      const grids = await selectActiveGridNodes(db, ctx.actor.scope);
      return regions.tree(
        ctx.actor.scope,
        grids.map((grid) => ({ code: grid.code, name: grid.name, villageCode: grid.village_code })),
      );
    },

    async createGrid(ctx: ServiceContext, body: CreateGridBody): Promise<Grid> {
      return db.transaction().execute(async (trx) => {
        const villageCode = body.code.slice(0, 12);
        const village = await regions.find(villageCode);
        if (village?.level !== 'village') throw validationError({ code: ['网格编号应以所属村居的代码开头'] });
        const placement = await regions.placeInTown(ctx.actor.scope, village.parent_code ?? '', villageCode);
        if (await findGridByCode(trx, body.code)) throw new AppError('GRID_CODE_TAKEN', { fieldErrors: { code: ['该网格编号已存在'] } });
        await checkResponsible(trx, ctx, body.responsibleStaffId);
        const id = newId();
        const at = ctx.now.toISOString();
        await insertGrid(trx, {
          id,
          code: body.code,
          name: body.name,
          district_code: placement.districtCode,
          town_code: placement.townCode,
          village_code: villageCode,
          responsible_staff_id: body.responsibleStaffId ?? null,
          is_active: 1,
          version: 1,
          created_at: at,
          updated_at: at,
        });
        await audit.record(trx, ctx, { action: 'grid.create', entityType: 'grid', entityId: id, region: placement });
        return loadGrid(trx, ctx, id);
      });
    },

    async updateGrid(ctx: ServiceContext, id: string, body: UpdateGridBody): Promise<Grid> {
      return db.transaction().execute(async (trx) => {
        const current = await loadGrid(trx, ctx, id);
        assertVersion(current.version, body.version);
        await checkResponsible(trx, ctx, body.responsibleStaffId);
        const patch = {
          ...(body.name !== undefined ? { name: body.name } : {}),
          ...(body.responsibleStaffId !== undefined ? { responsible_staff_id: body.responsibleStaffId } : {}),
          updated_at: ctx.now.toISOString(),
        };
        assertUpdated(await updateGridAtVersion(trx, ctx.actor.scope, id, body.version, patch));
        await audit.record(trx, ctx, {
          action: 'grid.update',
          entityType: 'grid',
          entityId: id,
          region: { districtCode: ctx.actor.scope.districtCode, townCode: current.townCode, villageCode: current.villageCode },
          details: { fields: Object.keys(body).filter((key) => key !== 'version') },
        });
        return loadGrid(trx, ctx, id);
      });
    },

    async setGridActive(ctx: ServiceContext, id: string, version: number, active: boolean): Promise<Grid> {
      return db.transaction().execute(async (trx) => {
        const current = await loadGrid(trx, ctx, id);
        assertVersion(current.version, version);
        const patch = { is_active: active ? 1 : 0, updated_at: ctx.now.toISOString() };
        assertUpdated(await updateGridAtVersion(trx, ctx.actor.scope, id, version, patch));
        await audit.record(trx, ctx, {
          action: active ? 'grid.reactivate' : 'grid.deactivate',
          entityType: 'grid',
          entityId: id,
          region: { districtCode: ctx.actor.scope.districtCode, townCode: current.townCode, villageCode: current.villageCode },
        });
        return loadGrid(trx, ctx, id);
      });
    },
  };
}
export type GridsService = ReturnType<typeof createGridsService>;
