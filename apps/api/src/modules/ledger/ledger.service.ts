import {
  type CreateServiceRecordInput,
  type LedgerSummary,
  type LedgerSummaryQuery,
  type ListServiceRecordsQuery,
  type Page,
  type RegionPlacement,
  type RegionScope,
  SERVICE_ITEM_SHORT_LABELS,
  SERVICE_ITEMS,
  SERVICE_OUTCOME_LABELS,
  type ServiceChannel,
  type ServiceOutcome,
  type ServiceRecord,
  type ServiceStyle,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { employerRegionOf } from '../employers/index.ts';
import type { ResidentsServices } from '../residents/index.ts';
import {
  countByItem,
  findServiceRecordById,
  insertServiceRecord,
  type Period,
  type ServiceRecordWithNames,
  selectServiceRecordPage,
  selectSiteNames,
  selectStaffNames,
} from './ledger.repository.ts';
import { itemCounts, periodOf } from './ledger.rules.ts';

/** What every module passes to the ledger, inside its own transaction (ARCHITECTURE §9). */
export interface RecordServiceInput {
  /** 1–25 (SERVICE_ITEM_NOS in the domain). */
  itemNo: number;
  /** Resident and/or employer; at least one of them or a note for anonymous walk-ins. */
  residentId?: string | null;
  employerId?: string | null;
  /** The site that delivered it (must be in the actor's scope). */
  siteId: string;
  channel: ServiceChannel;
  style: ServiceStyle;
  outcome: ServiceOutcome;
  note?: string | null;
  /** Default ctx.now. */
  at?: Date;
  durationMinutes?: number | null;
  /** e.g. { module: 'tickets', id: ticketId } or { module: 'desk', id: recordId }. */
  source: { module: string; id: string };
}

export type ResidentRegions = Pick<ResidentsServices, 'regionOf'>;
export type EmployerRegions = { regionOf: typeof employerRegionOf };
/** The resident's timeline, appended through the registry in the same transaction. */
export interface Timeline {
  append(
    trx: Executor<Database>,
    ctx: ServiceContext,
    entry: { residentId: string; kind: 'service'; summary: string; source: { module: string; id: string } },
  ): Promise<void>;
}
/** A site the actor's scope can see. */
export interface SiteLookup {
  findSite(
    trx: Executor<Database>,
    scope: RegionScope,
    id: string,
  ): Promise<{ id: string; townCode: string; villageCode: string | null; name: string } | undefined>;
}
export interface RegionNames {
  placementOf(code: string): Promise<RegionPlacement | undefined>;
  nameOf(code: string | null): Promise<string | null>;
}

export interface LedgerServiceDeps {
  db: Kysely<Database>;
  audit: AuditService;
  regions: RegionNames;
  sites: SiteLookup;
  residents: ResidentRegions;
  employers: EmployerRegions;
  timeline: Timeline;
}

/** A service given a little ahead of the server's clock (a tablet's clock) is still accepted. */
const CLOCK_SKEW_MS = 5 * 60_000;

function toServiceRecord(row: ServiceRecordWithNames): ServiceRecord {
  return {
    id: row.id,
    itemNo: Number(row.item_no),
    residentId: row.resident_id,
    residentName: row.resident_name,
    employerId: row.employer_id,
    employerName: row.employer_name,
    siteId: row.site_id,
    siteName: row.site_name,
    staffId: row.staff_id,
    staffName: row.staff_name,
    channel: row.channel,
    style: row.style,
    outcome: row.outcome,
    note: row.note,
    at: row.at,
    durationMinutes: row.duration_minutes === null ? null : Number(row.duration_minutes),
    sourceModule: row.source_module,
    sourceId: row.source_id,
    townCode: row.town_code,
    villageCode: row.village_code,
    createdAt: row.created_at,
  };
}

export function createLedgerService(deps: LedgerServiceDeps) {
  const { db, audit, regions, sites, residents, employers, timeline } = deps;

  async function placeRecord(
    trx: Executor<Database>,
    ctx: ServiceContext,
    input: RecordServiceInput,
    siteTown: string,
    siteVillage: string | null,
  ) {
    if (input.residentId) return residents.regionOf(trx, ctx.actor.scope, input.residentId);
    if (input.employerId) return employers.regionOf(trx, ctx.actor.scope, input.employerId);
    const placement = await regions.placementOf(siteVillage ?? siteTown);
    if (!placement) throw new AppError('NOT_FOUND');
    return placement;
  }

  async function insertRecord(
    trx: Executor<Database>,
    ctx: ServiceContext,
    input: RecordServiceInput,
    id: string,
  ): Promise<RegionPlacement> {
    if (!SERVICE_ITEMS.some((item) => item.no === input.itemNo)) throw validationError({ itemNo: ['服务事项编号应为 1–25'] });
    if (!input.residentId && !input.employerId && !input.note) {
      throw validationError({ residentId: ['请选择服务对象（居民或用人单位），匿名来访请填写备注'] });
    }
    const at = input.at ?? ctx.now;
    if (at.getTime() > ctx.now.getTime() + CLOCK_SKEW_MS) throw validationError({ at: ['服务时间不能晚于当前时间'] });
    const site = await sites.findSite(trx, ctx.actor.scope, input.siteId);
    if (!site) throw validationError({ siteId: ['站点不存在或不在您的管辖范围内'] });
    // Where the service counts: the resident's home, else the employer's place, else the site's.
    const placement = await placeRecord(trx, ctx, input, site.townCode, site.villageCode);
    if (input.residentId && input.employerId) await employers.regionOf(trx, ctx.actor.scope, input.employerId);
    if (!placement.townCode) throw new AppError('NOT_FOUND');
    await insertServiceRecord(trx, {
      id,
      item_no: input.itemNo,
      resident_id: input.residentId ?? null,
      employer_id: input.employerId ?? null,
      site_id: site.id,
      staff_id: ctx.actor.staffId,
      channel: input.channel,
      style: input.style,
      outcome: input.outcome,
      note: input.note ?? null,
      at: at.toISOString(),
      duration_minutes: input.durationMinutes ?? null,
      source_module: input.source.module,
      source_id: input.source.id,
      district_code: placement.districtCode,
      town_code: placement.townCode,
      village_code: placement.villageCode,
      grid_code: placement.gridCode ?? null,
      created_at: ctx.now.toISOString(),
    });
    if (input.residentId) {
      await timeline.append(trx, ctx, {
        residentId: input.residentId,
        kind: 'service',
        summary: `服务事项${input.itemNo}「${SERVICE_ITEM_SHORT_LABELS[input.itemNo]}」：${SERVICE_OUTCOME_LABELS[input.outcome]}`,
        source: input.source,
      });
    }
    return placement;
  }

  async function load(executor: Executor<Database>, ctx: ServiceContext, id: string): Promise<ServiceRecord> {
    const row = await findServiceRecordById(executor, ctx.actor.scope, id);
    if (!row) throw new AppError('NOT_FOUND');
    return toServiceRecord(row);
  }

  function filtersOf(query: Omit<ListServiceRecordsQuery, 'page' | 'pageSize'>, period: Period | undefined) {
    const { from: _from, to: _to, ...rest } = query;
    return { ...rest, period };
  }

  return {
    /**
     * Writes one service record INSIDE the caller's transaction, so a rolled-back action leaves no
     * record; appends the resident's timeline in the same transaction. The caller audits its own act.
     */
    async recordService(trx: Executor<Database>, ctx: ServiceContext, input: RecordServiceInput): Promise<{ id: string }> {
      const id = newId();
      await insertRecord(trx, ctx, input, id);
      return { id };
    },

    /** Quick entry at the desk (a walk-in): the record is its own source. Audited. */
    async createRecord(ctx: ServiceContext, body: CreateServiceRecordInput): Promise<ServiceRecord> {
      const siteId = body.siteId ?? ctx.actor.siteId;
      if (!siteId) throw validationError({ siteId: ['请选择提供服务的站点'] });
      return db.transaction().execute(async (trx) => {
        const id = newId();
        const placement = await insertRecord(
          trx,
          ctx,
          { ...body, siteId, at: body.at ? new Date(body.at) : undefined, source: { module: 'desk', id } },
          id,
        );
        await audit.record(trx, ctx, {
          action: 'service_record.create',
          entityType: 'service_record',
          entityId: id,
          region: placement,
          details: { itemNo: body.itemNo, channel: body.channel, residentId: body.residentId ?? null, employerId: body.employerId ?? null },
        });
        return load(trx, ctx, id);
      });
    },

    getRecord(ctx: ServiceContext, id: string): Promise<ServiceRecord> {
      return load(db, ctx, id);
    },

    async listRecords(ctx: ServiceContext, query: ListServiceRecordsQuery): Promise<Page<ServiceRecord>> {
      const { page, pageSize, ...rest } = query;
      const period = query.from || query.to ? periodOf({ from: query.from, to: query.to }, ctx.now) : undefined;
      const { rows, total } = await selectServiceRecordPage(db, ctx.actor.scope, filtersOf(rest, period?.bounds), { page, pageSize });
      return { items: rows.map(toServiceRecord), total, page, pageSize };
    },

    /** Counts per item × site, town or staff member for a period (the current month by default). */
    async summarise(ctx: ServiceContext, query: LedgerSummaryQuery): Promise<LedgerSummary> {
      const period = periodOf(query, ctx.now);
      const counts = await countByItem(db, ctx.actor.scope, query.groupBy, {
        siteId: query.siteId,
        townCode: query.townCode,
        villageCode: query.villageCode,
        period: period.bounds,
      });
      const keys = [...new Set(counts.map((c) => c.key))];
      const labels =
        query.groupBy === 'site'
          ? await selectSiteNames(db, keys)
          : query.groupBy === 'staff'
            ? await selectStaffNames(db, keys)
            : new Map(await Promise.all(keys.map(async (key) => [key, (await regions.nameOf(key)) ?? key] as const)));
      const table = itemCounts(counts);
      const rows = keys
        .map((key) => {
          const row = table.rows.get(key) as number[];
          return { key, label: labels.get(key) ?? key, counts: row, total: row.reduce((a, b) => a + b, 0) };
        })
        .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'zh-CN'));
      return { groupBy: query.groupBy, from: period.from, to: period.to, rows, totals: table.totals, total: table.total };
    },
  };
}
export type LedgerService = ReturnType<typeof createLedgerService>;
