import { createHash, randomBytes } from 'node:crypto';
import {
  type Complaint,
  type ComplaintAction,
  type ComplaintWithEvents,
  type CreateComplaintBody,
  DEFAULT_COMPLAINT_WORKING_DAYS,
  FEEDBACK_LINK_DAYS,
  type FeedbackLink,
  type FeedbackSummary,
  type FeedbackSummaryQuery,
  type ListComplaintsQuery,
  nextComplaintState,
  type Page,
  type PublicServiceForRating,
  type RegionScope,
  SERVICE_ITEM_SHORT_LABELS,
  type SubmitRatingBody,
  shanghaiInstant,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, regionOfRow } from '../../db/scope.ts';
import type { AnonymousContext, ServiceContext } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { addCalendarDays, addWorkingDays, shanghaiDate } from '../calendar/index.ts';
import type { ResidentsServices } from '../residents/index.ts';
import {
  type ComplaintWithNames,
  findActiveStaff,
  findComplaintById,
  findLinkByServiceRecord,
  findLinkByTokenHash,
  findSiteRegion,
  insertComplaint,
  insertComplaintEvent,
  insertLink,
  replaceUnratedToken,
  selectComplaintEvents,
  selectComplaintPage,
  selectRatingCounts,
  updateComplaintAtVersion,
  writeRatingOnce,
} from './feedback.repository.ts';

// ── what feedback needs from other modules, as narrow ports ──

/** A service record the actor's scope can see (module ledger); NOT_FOUND otherwise. */
export interface LedgerRecords {
  getRecord(
    ctx: ServiceContext,
    id: string,
  ): Promise<{ id: string; itemNo: number; siteId: string; staffId: string; at: string; townCode: string; villageCode: string | null }>;
}
export type ResidentPlacement = Pick<ResidentsServices, 'regionOf'>;
export interface SiteLookup {
  findSite(
    trx: Executor<Database>,
    scope: RegionScope,
    id: string,
  ): Promise<{ id: string; townCode: string; villageCode: string | null; name: string } | undefined>;
}

export interface FeedbackServiceDeps {
  db: Kysely<Database>;
  audit: AuditService;
  ledger: LedgerRecords;
  residents: ResidentPlacement;
  sites: SiteLookup;
}

/** The web app's public rating page; the QR code encodes this path on the site's own address. */
export const RATING_PAGE_PATH = '/rate/';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function toComplaint(row: ComplaintWithNames, today: string): Complaint {
  return {
    id: row.id,
    category: row.category,
    subject: row.subject,
    siteId: row.site_id,
    siteName: row.site_name,
    staffId: row.staff_id,
    staffName: row.staff_name,
    serviceRecordId: row.service_record_id,
    residentId: row.resident_id,
    content: row.content,
    handlerStaffId: row.handler_staff_id,
    handlerStaffName: row.handler_name,
    state: row.state,
    deadline: row.deadline,
    isOverdue: (row.state === 'open' || row.state === 'reopened') && today > row.deadline,
    reply: row.reply,
    repliedAt: row.replied_at,
    closedAt: row.closed_at,
    reopenCount: Number(row.reopen_count),
    townCode: row.town_code,
    villageCode: row.village_code,
    version: Number(row.version),
    createdAt: row.created_at,
  };
}

export function createFeedbackService(deps: FeedbackServiceDeps) {
  const { db, audit, ledger, residents, sites } = deps;

  async function loadComplaint(trx: Executor<Database>, ctx: ServiceContext, id: string): Promise<ComplaintWithEvents> {
    const row = await findComplaintById(trx, ctx.actor.scope, id);
    if (!row) throw new AppError('NOT_FOUND');
    const events = await selectComplaintEvents(trx, id);
    return {
      ...toComplaint(row, shanghaiDate(ctx.now)),
      events: events.map((event) => ({ at: event.at, action: event.action, staffName: event.staff_name, text: event.text })),
    };
  }

  /** One step of the complaint's state machine; a step its state does not allow answers 409. */
  async function step(
    ctx: ServiceContext,
    id: string,
    version: number,
    action: ComplaintAction,
    text: string | null,
    patchOf: (row: ComplaintWithNames, at: string) => Record<string, unknown>,
  ): Promise<ComplaintWithEvents> {
    return db.transaction().execute(async (trx) => {
      const row = await findComplaintById(trx, ctx.actor.scope, id);
      if (!row) throw new AppError('NOT_FOUND');
      if (Number(row.version) !== version) throw new AppError('VERSION_CONFLICT', { currentVersion: Number(row.version) });
      const next = nextComplaintState(row.state, action);
      if (!next) throw new AppError('COMPLAINT_STATE_CONFLICT', { state: row.state, action });
      if (
        action === 'reply' &&
        row.handler_staff_id !== ctx.actor.staffId &&
        ctx.actor.role !== 'town_admin' &&
        ctx.actor.role !== 'district_admin'
      ) {
        throw new AppError('FORBIDDEN');
      }
      const at = ctx.now.toISOString();
      const patch = { state: next, updated_at: at, ...patchOf(row, at) };
      if (!(await updateComplaintAtVersion(trx, ctx.actor.scope, id, version, patch))) throw new AppError('VERSION_CONFLICT');
      await insertComplaintEvent(trx, { id: newId(), complaint_id: id, at, action, staff_id: ctx.actor.staffId, text });
      await audit.record(trx, ctx, {
        action: `complaint.${action}`,
        entityType: 'complaint',
        entityId: id,
        region: regionOfRow(row),
        details: { from: row.state, to: next },
      });
      return loadComplaint(trx, ctx, id);
    });
  }

  return {
    /**
     * A rating link for one service record in scope: a fresh 256-bit token whose hash alone is
     * stored. Issuing again before the rating replaces the token; after it, 409 ALREADY_RATED.
     */
    async issueLink(ctx: ServiceContext, serviceRecordId: string): Promise<FeedbackLink> {
      const record = await ledger.getRecord(ctx, serviceRecordId);
      const token = randomBytes(32).toString('base64url');
      const tokenHash = hashToken(token);
      const at = ctx.now.toISOString();
      const expiresAt = new Date(ctx.now.getTime() + FEEDBACK_LINK_DAYS * 86_400_000).toISOString();
      await db.transaction().execute(async (trx) => {
        const existing = await findLinkByServiceRecord(trx, serviceRecordId);
        if (existing) {
          if (!(await replaceUnratedToken(trx, existing.id, tokenHash, ctx.actor.staffId, at, expiresAt)))
            throw new AppError('ALREADY_RATED');
        } else {
          await insertLink(trx, {
            id: newId(),
            service_record_id: serviceRecordId,
            token_hash: tokenHash,
            item_no: record.itemNo,
            site_id: record.siteId,
            staff_id: record.staffId,
            service_at: record.at,
            issued_by: ctx.actor.staffId,
            issued_at: at,
            expires_at: expiresAt,
            rating: null,
            comment: null,
            rated_at: null,
            district_code: ctx.actor.scope.districtCode,
            town_code: record.townCode,
            village_code: record.villageCode,
          });
        }
        await audit.record(trx, ctx, {
          action: 'feedback.issue_link',
          entityType: 'service_record',
          entityId: serviceRecordId,
          region: { districtCode: ctx.actor.scope.districtCode, townCode: record.townCode, villageCode: record.villageCode },
        });
      });
      return { serviceRecordId, token, path: `${RATING_PAGE_PATH}${token}`, expiresAt };
    },

    /** What the rating page shows: the item, the site and the time — no names, no phone. */
    async publicService(ctx: AnonymousContext, token: string): Promise<PublicServiceForRating> {
      const link = await findLinkByTokenHash(db, hashToken(token));
      if (!link) throw new AppError('NOT_FOUND');
      if (link.rated_at === null && link.expires_at <= ctx.now.toISOString()) throw new AppError('FEEDBACK_LINK_EXPIRED');
      const itemNo = Number(link.item_no);
      return {
        itemNo,
        itemName: SERVICE_ITEM_SHORT_LABELS[itemNo] ?? String(itemNo),
        siteName: link.site_name,
        serviceAt: link.service_at,
        rated: link.rated_at !== null,
        expiresAt: link.expires_at,
      };
    },

    /** The resident's rating, once per service: a second one answers 409 ALREADY_RATED. */
    async rate(ctx: AnonymousContext, token: string, body: SubmitRatingBody): Promise<PublicServiceForRating> {
      return db.transaction().execute(async (trx) => {
        const link = await findLinkByTokenHash(trx, hashToken(token));
        if (!link) throw new AppError('NOT_FOUND');
        if (link.rated_at !== null) throw new AppError('ALREADY_RATED');
        if (link.expires_at <= ctx.now.toISOString()) throw new AppError('FEEDBACK_LINK_EXPIRED');
        const at = ctx.now.toISOString();
        if (!(await writeRatingOnce(trx, link.id, body.rating, body.comment ?? null, at))) throw new AppError('ALREADY_RATED');
        await audit.record(trx, ctx, {
          action: 'feedback.rate',
          entityType: 'service_record',
          entityId: link.service_record_id,
          region: regionOfRow(link),
          details: { rating: body.rating },
        });
        const itemNo = Number(link.item_no);
        return {
          itemNo,
          itemName: SERVICE_ITEM_SHORT_LABELS[itemNo] ?? String(itemNo),
          siteName: link.site_name,
          serviceAt: link.service_at,
          rated: true,
          expiresAt: link.expires_at,
        };
      });
    },

    /** Count, mean and distribution of the ratings in scope, per site or staff member, over rating dates. */
    async summarise(ctx: ServiceContext, query: FeedbackSummaryQuery): Promise<FeedbackSummary> {
      const rows = await selectRatingCounts(db, ctx.actor.scope, {
        siteId: query.siteId,
        staffId: query.staffId,
        fromIso: query.from ? shanghaiInstant(query.from).toISOString() : undefined,
        toIso: query.to ? shanghaiInstant(addCalendarDays(query.to, 1)).toISOString() : undefined,
      });
      const distribution = [0, 0, 0, 0, 0];
      let count = 0;
      let sum = 0;
      for (const row of rows) {
        distribution[row.rating - 1] = row.n;
        count += row.n;
        sum += row.rating * row.n;
      }
      return { count, mean: count === 0 ? null : Math.round((sum / count) * 100) / 100, distribution };
    },

    async listComplaints(ctx: ServiceContext, query: ListComplaintsQuery): Promise<Page<Complaint>> {
      const { page, pageSize, ...filters } = query;
      const { rows, total } = await selectComplaintPage(db, ctx.actor.scope, filters, { page, pageSize });
      const today = shanghaiDate(ctx.now);
      return { items: rows.map((row) => toComplaint(row, today)), total, page, pageSize };
    },

    getComplaint(ctx: ServiceContext, id: string): Promise<ComplaintWithEvents> {
      return loadComplaint(db, ctx, id);
    },

    /** Records a complaint about a site, a staff member or one service, with its handler and deadline. */
    async createComplaint(ctx: ServiceContext, body: CreateComplaintBody): Promise<ComplaintWithEvents> {
      if (body.serviceRecordId) {
        const record = await ledger.getRecord(ctx, body.serviceRecordId);
        if (record.siteId !== body.siteId) throw validationError({ serviceRecordId: ['该服务记录不属于所选站点'] });
      }
      return db.transaction().execute(async (trx) => {
        const site = await sites.findSite(trx, ctx.actor.scope, body.siteId);
        if (!site) throw new AppError('NOT_FOUND');
        const region = await findSiteRegion(trx, body.siteId);
        if (!region) throw new AppError('NOT_FOUND');
        const districtCode = ctx.actor.scope.districtCode;
        if (!(await findActiveStaff(trx, districtCode, body.handlerStaffId))) {
          throw validationError({ handlerStaffId: ['找不到该工作人员，或账号已停用'] });
        }
        if (body.staffId && !(await findActiveStaff(trx, districtCode, body.staffId)))
          throw validationError({ staffId: ['找不到该工作人员'] });
        if (body.residentId) await residents.regionOf(trx, ctx.actor.scope, body.residentId);
        const id = newId();
        const at = ctx.now.toISOString();
        await insertComplaint(trx, {
          id,
          category: body.category,
          subject: body.subject,
          site_id: body.siteId,
          staff_id: body.staffId ?? null,
          service_record_id: body.serviceRecordId ?? null,
          resident_id: body.residentId ?? null,
          content: body.content,
          handler_staff_id: body.handlerStaffId,
          state: 'open',
          deadline: addWorkingDays(shanghaiDate(ctx.now), body.deadlineWorkingDays ?? DEFAULT_COMPLAINT_WORKING_DAYS),
          reply: null,
          replied_at: null,
          closed_at: null,
          reopen_count: 0,
          created_by: ctx.actor.staffId,
          district_code: region.district_code,
          town_code: region.town_code,
          village_code: region.village_code,
          version: 1,
          created_at: at,
          updated_at: at,
        });
        await insertComplaintEvent(trx, { id: newId(), complaint_id: id, at, action: 'create', staff_id: ctx.actor.staffId, text: null });
        await audit.record(trx, ctx, {
          action: 'complaint.create',
          entityType: 'complaint',
          entityId: id,
          region: regionOfRow(region),
          details: { category: body.category, subject: body.subject, handlerStaffId: body.handlerStaffId },
        });
        return loadComplaint(trx, ctx, id);
      });
    },

    /** The handler's reply (or an admin's). */
    reply(ctx: ServiceContext, id: string, body: { reply: string; version: number }): Promise<ComplaintWithEvents> {
      return step(ctx, id, body.version, 'reply', body.reply, (_row, at) => ({ reply: body.reply, replied_at: at }));
    },

    /** The resident accepts the reply: the complaint is closed. */
    accept(ctx: ServiceContext, id: string, body: { note?: string | null | undefined; version: number }): Promise<ComplaintWithEvents> {
      return step(ctx, id, body.version, 'accept', body.note ?? null, (_row, at) => ({ closed_at: at }));
    },

    /** The resident does not accept the reply: it is handled again, with a fresh deadline. */
    reopen(ctx: ServiceContext, id: string, body: { note: string; version: number }): Promise<ComplaintWithEvents> {
      return step(ctx, id, body.version, 'reopen', body.note, (row) => ({
        reopen_count: Number(row.reopen_count) + 1,
        deadline: addWorkingDays(shanghaiDate(ctx.now), DEFAULT_COMPLAINT_WORKING_DAYS),
      }));
    },
  };
}
export type FeedbackService = ReturnType<typeof createFeedbackService>;
