import type { RegionScope } from '@jobcircle/domain';
import {
  type CreateSiteBody,
  DISTRICT_CODE,
  type ListSitesQuery,
  type OpeningHours,
  type OutpostSetting,
  type Page,
  type Site,
  type SiteKind,
  type SiteZone,
  siteIssues,
  sitePublicName,
  staffingStatus,
  type UpdateSiteBody,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertUpdated, assertVersion } from '../../platform/versioning.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { RegionDirectory } from '../regions/regions.service.ts';
import {
  countSitesOffering,
  findActiveSiteForPublic,
  findSiteById,
  findSiteKind,
  insertSite,
  replaceServiceItems,
  type SiteWithNames,
  selectServiceItems,
  selectSitePage,
  updateSiteAtVersion,
  updateSiteStaffing,
} from './sites.repository.ts';
import type { SiteRowUpdate } from './sites.table.ts';

export function toSite(row: SiteWithNames, serviceItems: number[]): Site {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    publicName: sitePublicName(row.name),
    townCode: row.town_code,
    townName: row.town_name,
    villageCode: row.village_code,
    villageName: row.village_name,
    parentSiteId: row.parent_site_id,
    outpostSetting: row.outpost_setting,
    address: row.address,
    lng: row.lng === null ? null : Number(row.lng),
    lat: row.lat === null ? null : Number(row.lat),
    openingHours: JSON.parse(row.opening_hours) as OpeningHours,
    zones: JSON.parse(row.zones) as SiteZone[],
    managingUnit: row.managing_unit,
    contactPhone: row.contact_phone,
    serviceItems,
    staffing: {
      status: row.staffing_status,
      fullTimeCommunityWorkers: Number(row.full_time_community_workers),
      serviceWorkers: Number(row.service_workers),
      volunteers: Number(row.volunteers),
    },
    isDemo: Boolean(row.is_demo),
    isActive: Boolean(row.is_active),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The changed fields' names, for the audit row (values stay out of the log). */
function changedFields(body: Record<string, unknown>): string[] {
  return Object.keys(body).filter((key) => key !== 'version' && body[key] !== undefined);
}

export function createSitesService(deps: { db: Kysely<Database>; audit: AuditService; regions: RegionDirectory }) {
  const { db, audit, regions } = deps;

  async function loadSite(trx: Executor<Database>, ctx: ServiceContext, id: string): Promise<Site> {
    const row = await findSiteById(trx, ctx.actor.scope, id);
    if (!row) throw new AppError('NOT_FOUND');
    const items = await selectServiceItems(trx, [id]);
    return toSite(row, items.get(id) ?? []);
  }

  /** A parent site must be a station or substation of the same town, visible to the actor. */
  async function checkParent(
    trx: Executor<Database>,
    ctx: ServiceContext,
    parentSiteId: string | null | undefined,
    townCode: string,
    id?: string,
  ) {
    if (!parentSiteId) return;
    const parent = await findSiteById(trx, ctx.actor.scope, parentSiteId);
    if (!parent || parent.id === id) throw validationError({ parentSiteId: ['没有这个上级站点'] });
    if (parent.kind !== 'station' && parent.kind !== 'substation') throw validationError({ parentSiteId: ['上级站点应为服务站或分站'] });
    if (parent.town_code !== townCode) throw validationError({ parentSiteId: ['上级站点应在同一乡镇'] });
  }

  return {
    async listSites(ctx: ServiceContext, query: ListSitesQuery): Promise<Page<Site>> {
      const { rows, total } = await selectSitePage(db, ctx.actor.scope, query);
      const items = await selectServiceItems(
        db,
        rows.map((row) => row.id),
      );
      return { items: rows.map((row) => toSite(row, items.get(row.id) ?? [])), total, page: query.page, pageSize: query.pageSize };
    },

    getSite(ctx: ServiceContext, id: string): Promise<Site> {
      return loadSite(db, ctx, id);
    },

    async createSite(ctx: ServiceContext, body: CreateSiteBody): Promise<Site> {
      return db.transaction().execute(async (trx) => {
        const placement = await regions.placeInTown(ctx.actor.scope, body.townCode, body.villageCode);
        await checkParent(trx, ctx, body.parentSiteId, body.townCode);
        const id = newId();
        const at = ctx.now.toISOString();
        await insertSite(trx, {
          id,
          kind: body.kind,
          name: body.name,
          district_code: placement.districtCode,
          town_code: placement.townCode,
          village_code: placement.villageCode,
          parent_site_id: body.parentSiteId ?? null,
          outpost_setting: body.kind === 'outpost' ? (body.outpostSetting ?? null) : null,
          address: body.address,
          lng: body.lng ?? null,
          lat: body.lat ?? null,
          opening_hours: JSON.stringify(body.openingHours),
          zones: JSON.stringify(body.zones),
          managing_unit: body.managingUnit,
          contact_phone: body.contactPhone ?? null,
          staffing_status: staffingStatus(body.kind, { fullTimeCommunityWorkers: 0, serviceWorkers: 0, volunteers: 0 }),
          full_time_community_workers: 0,
          service_workers: 0,
          volunteers: 0,
          is_demo: 0,
          is_active: 1,
          version: 1,
          created_at: at,
          updated_at: at,
        });
        await replaceServiceItems(
          trx,
          id,
          [...body.serviceItems].sort((a, b) => a - b),
        );
        await audit.record(trx, ctx, {
          action: 'site.create',
          entityType: 'site',
          entityId: id,
          region: placement,
          details: { kind: body.kind },
        });
        return loadSite(trx, ctx, id);
      });
    },

    async updateSite(ctx: ServiceContext, id: string, body: UpdateSiteBody): Promise<Site> {
      return db.transaction().execute(async (trx) => {
        const current = await loadSite(trx, ctx, id);
        assertVersion(current.version, body.version);
        const merged = { ...current, ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) } as Site;
        const issues = siteIssues(merged);
        if (issues.length > 0) {
          const fieldErrors: Record<string, string[]> = {};
          for (const issue of issues) fieldErrors[issue.path] = [...(fieldErrors[issue.path] ?? []), issue.message];
          throw validationError(fieldErrors);
        }
        const placement = await regions.placeInTown(ctx.actor.scope, merged.townCode, merged.villageCode);
        await checkParent(trx, ctx, merged.parentSiteId, merged.townCode, id);
        const patch: SiteRowUpdate = {
          name: merged.name,
          district_code: placement.districtCode,
          town_code: placement.townCode,
          village_code: placement.villageCode,
          parent_site_id: merged.parentSiteId,
          outpost_setting: merged.kind === 'outpost' ? merged.outpostSetting : null,
          address: merged.address,
          lng: merged.lng,
          lat: merged.lat,
          opening_hours: JSON.stringify(merged.openingHours),
          zones: JSON.stringify(merged.zones),
          managing_unit: merged.managingUnit,
          contact_phone: merged.contactPhone,
          updated_at: ctx.now.toISOString(),
        };
        assertUpdated(await updateSiteAtVersion(trx, ctx.actor.scope, id, body.version, patch));
        if (body.serviceItems)
          await replaceServiceItems(
            trx,
            id,
            [...body.serviceItems].sort((a, b) => a - b),
          );
        await audit.record(trx, ctx, {
          action: 'site.update',
          entityType: 'site',
          entityId: id,
          region: placement,
          details: { fields: changedFields(body) },
        });
        return loadSite(trx, ctx, id);
      });
    },

    async setSiteActive(ctx: ServiceContext, id: string, version: number, active: boolean): Promise<Site> {
      return db.transaction().execute(async (trx) => {
        const current = await loadSite(trx, ctx, id);
        assertVersion(current.version, version);
        const patch = { is_active: active ? 1 : 0, updated_at: ctx.now.toISOString() };
        assertUpdated(await updateSiteAtVersion(trx, ctx.actor.scope, id, version, patch));
        await audit.record(trx, ctx, {
          action: active ? 'site.reactivate' : 'site.deactivate',
          entityType: 'site',
          entityId: id,
          region: { districtCode: ctx.actor.scope.districtCode, townCode: current.townCode, villageCode: current.villageCode },
        });
        return loadSite(trx, ctx, id);
      });
    },

    /** Stores a site's active-staff counts (counted by the accounts module) and the staffing flag the plan's rule gives. */
    async recordStaffing(
      trx: Executor<Database>,
      siteId: string,
      counts: { fullTimeCommunityWorkers: number; serviceWorkers: number; volunteers: number },
    ): Promise<void> {
      const kind = await findSiteKind(trx, siteId);
      if (!kind) return;
      await updateSiteStaffing(trx, siteId, {
        staffing_status: staffingStatus(kind, counts),
        full_time_community_workers: counts.fullTimeCommunityWorkers,
        service_workers: counts.serviceWorkers,
        volunteers: counts.volunteers,
      });
    },

    /** A demo site (marked as demo, unplaced staff): the demo seed's. Returns its id. */
    async createDemoSite(
      trx: Executor<Database>,
      site: {
        kind: SiteKind;
        name: string;
        townCode: string;
        villageCode: string | null;
        parentSiteId: string | null;
        outpostSetting: OutpostSetting | null;
        address: string;
        lng: number | null;
        lat: number | null;
        openingHours: OpeningHours;
        zones: readonly SiteZone[];
        managingUnit: string;
        items: readonly number[];
      },
      at: Date,
    ): Promise<string> {
      const id = newId();
      await insertSite(trx, {
        id,
        kind: site.kind,
        name: site.name,
        district_code: DISTRICT_CODE,
        town_code: site.townCode,
        village_code: site.villageCode,
        parent_site_id: site.parentSiteId,
        outpost_setting: site.outpostSetting,
        address: site.address,
        lng: site.lng,
        lat: site.lat,
        opening_hours: JSON.stringify(site.openingHours),
        zones: JSON.stringify(site.zones),
        managing_unit: site.managingUnit,
        contact_phone: null,
        staffing_status: site.kind === 'outpost' ? 'not_required' : 'understaffed',
        full_time_community_workers: 0,
        service_workers: 0,
        volunteers: 0,
        is_demo: 1,
        is_active: 1,
        version: 1,
        created_at: at.toISOString(),
        updated_at: at.toISOString(),
      });
      await replaceServiceItems(
        trx,
        id,
        [...new Set(site.items)].sort((a, b) => a - b),
      );
      return id;
    },

    /** A site the scope can see, for another module's placement checks. */
    async findSite(
      trx: Executor<Database>,
      scope: RegionScope,
      id: string,
    ): Promise<{ id: string; townCode: string; villageCode: string | null; name: string } | undefined> {
      const row = await findSiteById(trx, scope, id);
      return row && { id: row.id, townCode: row.town_code, villageCode: row.village_code, name: row.name };
    },

    /** How many active sites offer each item (the catalogue shows it). */
    countOffering(): Promise<Map<number, number>> {
      return countSitesOffering(db);
    },

    async getPublicSite(id: string): Promise<Site> {
      const row = await findActiveSiteForPublic(db, id);
      if (!row) throw new AppError('NOT_FOUND');
      const items = await selectServiceItems(db, [id]);
      return toSite(row, items.get(id) ?? []);
    },
  };
}
export type SitesService = ReturnType<typeof createSitesService>;
