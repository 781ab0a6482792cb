import {
  type CreateTicketInput,
  DEFAULT_TICKET_WORKING_DAYS,
  type HandOverTicketBody,
  type ListTicketsQuery,
  maskMobile,
  type Page,
  type PublicTicketReceipt,
  type PublicTicketStatus,
  publicTicketItemNo,
  type RegionScope,
  type ReopenTicketBody,
  type ResolveTicketInput,
  type RevealTicketContactBody,
  ROLE_PERMISSIONS,
  ROLES,
  SERVICE_ITEM_NOS,
  SERVICE_ITEM_SHORT_LABELS,
  type ServiceChannel,
  type SetTicketItemDeadlineBody,
  type SubmitPublicTicketInput,
  type Ticket,
  type TicketChannel,
  type TicketContact,
  type TicketItemDeadline,
  type TicketWithChain,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, regionOfRow } from '../../db/scope.ts';
import type { AnonymousContext, ServiceContext } from '../../platform/context.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { shanghaiDate } from '../calendar/index.ts';
import type { LedgerServices } from '../ledger/index.ts';
import type { ResidentsServices } from '../residents/index.ts';
import type { SitesService } from '../sites/index.ts';
import type { NotificationsService, TasksService } from '../tasks/index.ts';
import { toHandover, toTicket } from './tickets.mappers.ts';
import {
  findActiveSite,
  findActiveSiteForPublic,
  findActiveStaff,
  findItemDeadline,
  findPublicTicketByCode,
  findTicketById,
  findTicketForSystem,
  insertHandover,
  insertTicket,
  isReceiptCodeTaken,
  raiseEscalation,
  selectHandovers,
  selectItemDeadlines,
  selectSiteStaff,
  selectStationHeads,
  selectTicketPage,
  selectTownAdmins,
  type TicketWithNames,
  takeUnowned,
  updateTicketAtVersion,
  upsertItemDeadline,
} from './tickets.repository.ts';
import { escalationKey, escalationTime, newReceiptCode, ticketDueDate } from './tickets.rules.ts';

// ── what the tickets need from other modules (ARCHITECTURE §9), as narrow ports ──

/** The service ledger (ARCHITECTURE §9), written in this module's transactions. */
export type TicketLedger = Pick<LedgerServices, 'recordService'>;
export type TaskQueue = Pick<TasksService, 'enqueue'>;
export type NotificationOutbox = Pick<NotificationsService, 'queue'>;
export type ResidentPlacement = Pick<ResidentsServices, 'regionOf'>;
export type SiteLookup = Pick<SitesService, 'findSite' | 'getPublicSite'>;

export interface TicketsServiceDeps {
  db: Kysely<Database>;
  audit: AuditService;
  ledger: TicketLedger;
  tasks: TaskQueue;
  notifications: NotificationOutbox;
  residents: ResidentPlacement;
  sites: SiteLookup;
  /** The sender's mobile on a public-page request is kept as cipher text and a blind index. */
  cipher: Pick<FieldCipher, 'encrypt' | 'blindIndex' | 'decrypt'>;
}

export const TICKET_ESCALATE_TASK = 'ticket.escalate';
export interface EscalatePayload {
  ticketId: string;
  level: 1 | 2;
  dueDate: string;
  round: number;
}

const LEDGER_CHANNEL: Record<TicketChannel, ServiceChannel> = {
  walk_in: 'walk_in',
  phone: 'phone',
  online: 'online',
  public_page: 'online',
};

/** The roles that answer a site's tickets: its staff in them hear of a request sent from its public page. */
const DESK_ROLES = ROLES.filter(
  (role) => role !== 'district_admin' && role !== 'town_admin' && ROLE_PERMISSIONS[role].includes('ticket:write'),
);

/** The whole district: what a hand-over may reach, and what the one who handed over still gets back. */
function districtScope(scope: RegionScope): RegionScope {
  return { level: 'district', districtCode: scope.districtCode };
}

/**
 * First-inquiry responsibility: the owner acts on a ticket; one waiting at a site (no owner) is
 * taken up by any staff member of that site; town and district admins may step in (escalation).
 */
function mayAct(ctx: ServiceContext, row: TicketWithNames): boolean {
  if (row.owner_staff_id === ctx.actor.staffId) return true;
  if (row.owner_staff_id === null && ctx.actor.siteId === row.site_id) return true;
  return ctx.actor.role === 'town_admin' || ctx.actor.role === 'district_admin';
}

export function createTicketsService(deps: TicketsServiceDeps) {
  const { db, audit, ledger, tasks, notifications, residents, sites, cipher } = deps;

  async function loadRow(trx: Executor<Database>, scope: RegionScope, id: string): Promise<TicketWithNames> {
    const row = await findTicketById(trx, scope, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async function loadWithChain(trx: Executor<Database>, scope: RegionScope, id: string, now: Date): Promise<TicketWithChain> {
    const row = await loadRow(trx, scope, id);
    const handovers = await selectHandovers(trx, id);
    return { ...toTicket(row, shanghaiDate(now)), handovers: handovers.map(toHandover) };
  }

  async function workingDaysFor(trx: Executor<Database>, itemNo: number): Promise<number> {
    return (await findItemDeadline(trx, itemNo)) ?? DEFAULT_TICKET_WORKING_DAYS;
  }

  async function uniqueReceiptCode(trx: Executor<Database>): Promise<string> {
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const code = newReceiptCode();
      if (!(await isReceiptCodeTaken(trx, code))) return code;
    }
    throw new Error('no free receipt code after 8 draws');
  }

  async function scheduleEscalation(trx: Executor<Database>, ticketId: string, dueDate: string, round: number, level: 1 | 2) {
    const payload: EscalatePayload = { ticketId, level, dueDate, round };
    await tasks.enqueue(trx, {
      kind: TICKET_ESCALATE_TASK,
      key: escalationKey(ticketId, level, round),
      runAt: escalationTime(dueDate, level),
      payload: { ...payload },
    });
  }

  function checkVersion(row: TicketWithNames, version: number) {
    if (Number(row.version) !== version) throw new AppError('VERSION_CONFLICT', { currentVersion: Number(row.version) });
  }

  return {
    async listTickets(ctx: ServiceContext, query: ListTicketsQuery): Promise<Page<Ticket>> {
      const today = shanghaiDate(ctx.now);
      let siteId = query.siteId;
      if (query.view === 'site') {
        siteId ??= ctx.actor.siteId ?? undefined;
        if (!siteId) throw validationError({ siteId: ['请选择站点'] });
      }
      const { rows, total } = await selectTicketPage(
        db,
        ctx.actor.scope,
        { view: query.view, staffId: ctx.actor.staffId, siteId, state: query.state, overdue: query.overdue, itemNo: query.itemNo, today },
        { page: query.page, pageSize: query.pageSize },
      );
      return { items: rows.map((row) => toTicket(row, today)), total, page: query.page, pageSize: query.pageSize };
    },

    getTicket(ctx: ServiceContext, id: string): Promise<TicketWithChain> {
      return loadWithChain(db, ctx.actor.scope, id, ctx.now);
    },

    /** Receives a request: the receiver owns it; the first escalation is queued for the day after the due date. */
    async createTicket(ctx: ServiceContext, body: CreateTicketInput): Promise<TicketWithChain> {
      const siteId = body.siteId ?? ctx.actor.siteId;
      if (!siteId) throw validationError({ siteId: ['请选择受理站点'] });
      return db.transaction().execute(async (trx) => {
        const site = await sites.findSite(trx, ctx.actor.scope, siteId);
        if (!site) throw new AppError('NOT_FOUND');
        if (body.residentId) await residents.regionOf(trx, ctx.actor.scope, body.residentId);
        const siteRow = await findActiveSite(trx, ctx.actor.scope.districtCode, siteId);
        if (!siteRow) throw validationError({ siteId: ['该站点已停用'] });
        const placement = regionOfRow(siteRow);
        const id = newId();
        const at = ctx.now.toISOString();
        const dueDate = ticketDueDate(shanghaiDate(ctx.now), await workingDaysFor(trx, body.itemNo));
        await insertTicket(trx, {
          id,
          receipt_code: await uniqueReceiptCode(trx),
          item_no: body.itemNo,
          resident_id: body.residentId ?? null,
          site_id: siteId,
          summary: body.summary,
          channel: body.channel,
          state: 'open',
          received_by_staff_id: ctx.actor.staffId,
          owner_staff_id: ctx.actor.staffId,
          received_at: at,
          due_date: dueDate,
          escalation_level: 0,
          resolution: null,
          resolved_at: null,
          resolved_by_staff_id: null,
          service_record_id: null,
          reopen_count: 0,
          contact_name: null,
          contact_mobile_cipher: null,
          contact_mobile_blind: null,
          contact_mobile_masked: null,
          district_code: siteRow.district_code,
          town_code: siteRow.town_code,
          village_code: siteRow.village_code,
          version: 1,
          created_at: at,
          updated_at: at,
        });
        await scheduleEscalation(trx, id, dueDate, 0, 1);
        await audit.record(trx, ctx, {
          action: 'ticket.create',
          entityType: 'ticket',
          entityId: id,
          region: placement,
          details: { itemNo: body.itemNo, channel: body.channel, siteId, residentId: body.residentId ?? null },
        });
        return loadWithChain(trx, ctx.actor.scope, id, ctx.now);
      });
    },

    /**
     * A request sent from a site's public page, without sign-in: a ticket of channel public_page
     * owned by nobody — it waits at the site until one of its staff takes it — whose sender's mobile
     * is stored encrypted. The site's staff hear of it in the inbox, in the same transaction. The
     * sender gets only the receipt code and the due date.
     */
    async submitPublic(ctx: AnonymousContext, body: SubmitPublicTicketInput): Promise<PublicTicketReceipt> {
      const site = await sites.getPublicSite(body.siteId);
      const itemNo = publicTicketItemNo(body.itemNo, site.serviceItems);
      if (itemNo === null) throw validationError({ itemNo: ['该站点不提供此项服务，请重新选择'] });
      return db.transaction().execute(async (trx) => {
        const siteRow = await findActiveSiteForPublic(trx, body.siteId);
        if (!siteRow) throw new AppError('NOT_FOUND');
        const placement = regionOfRow(siteRow);
        const id = newId();
        const at = ctx.now.toISOString();
        const dueDate = ticketDueDate(shanghaiDate(ctx.now), await workingDaysFor(trx, itemNo));
        const receiptCode = await uniqueReceiptCode(trx);
        await insertTicket(trx, {
          id,
          receipt_code: receiptCode,
          item_no: itemNo,
          resident_id: null,
          site_id: siteRow.id,
          summary: body.summary,
          channel: 'public_page',
          state: 'open',
          received_by_staff_id: null,
          owner_staff_id: null,
          received_at: at,
          due_date: dueDate,
          escalation_level: 0,
          resolution: null,
          resolved_at: null,
          resolved_by_staff_id: null,
          service_record_id: null,
          reopen_count: 0,
          contact_name: body.contactName,
          contact_mobile_cipher: cipher.encrypt(body.mobile),
          contact_mobile_blind: cipher.blindIndex(body.mobile),
          contact_mobile_masked: maskMobile(body.mobile),
          district_code: siteRow.district_code,
          town_code: siteRow.town_code,
          village_code: siteRow.village_code,
          version: 1,
          created_at: at,
          updated_at: at,
        });
        await scheduleEscalation(trx, id, dueDate, 0, 1);
        // The site's own staff; a site with none on record: its station head, else the town.
        let recipients = await selectSiteStaff(trx, siteRow.id, DESK_ROLES);
        if (recipients.length === 0) recipients = await selectStationHeads(trx, siteRow.id);
        if (recipients.length === 0) recipients = await selectTownAdmins(trx, siteRow.town_code);
        const itemName = SERVICE_ITEM_SHORT_LABELS[itemNo] ?? String(itemNo);
        for (const recipientStaffId of recipients) {
          await notifications.queue(trx, ctx, {
            channel: 'inbox',
            recipientStaffId,
            subject: `群众在线提交诉求，待接手：${receiptCode}`,
            body: `${siteRow.name} 公开页面收到“${itemName}”诉求（回执编号 ${receiptCode}），请尽快接手，并于 ${dueDate} 前办结。`,
            region: placement,
            key: `ticket.public:${id}:${recipientStaffId}`,
            source: { module: 'tickets', id },
          });
        }
        await audit.record(trx, ctx, {
          action: 'ticket.submit_public',
          entityType: 'ticket',
          entityId: id,
          region: placement,
          details: { itemNo, channel: 'public_page', siteId: siteRow.id },
        });
        return { receiptCode, dueDate };
      });
    },

    /**
     * Takes up a ticket that waits at a site with no owner (sent from the public page, or handed to
     * the site): the first of its staff to take it owns it, recorded as a link of the chain; a
     * second take answers 409 TICKET_ALREADY_TAKEN.
     */
    async take(ctx: ServiceContext, id: string): Promise<TicketWithChain> {
      return db.transaction().execute(async (trx) => {
        const row = await loadRow(trx, ctx.actor.scope, id);
        if (row.state !== 'open') throw new AppError('TICKET_STATE_CONFLICT');
        if (row.owner_staff_id !== null) throw new AppError('TICKET_ALREADY_TAKEN');
        if (!mayAct(ctx, row)) throw new AppError('TICKET_NOT_OWNER');
        const at = ctx.now.toISOString();
        if (!(await takeUnowned(trx, ctx.actor.scope, id, ctx.actor.staffId, at))) throw new AppError('TICKET_ALREADY_TAKEN');
        const seq = await insertHandover(trx, {
          id: newId(),
          ticket_id: id,
          at,
          by_staff_id: ctx.actor.staffId,
          from_staff_id: null,
          from_site_id: row.site_id,
          to_staff_id: ctx.actor.staffId,
          to_site_id: row.site_id,
          reason: '接手',
        });
        await audit.record(trx, ctx, {
          action: 'ticket.take',
          entityType: 'ticket',
          entityId: id,
          region: regionOfRow(row),
          details: { seq, siteId: row.site_id },
        });
        return loadWithChain(trx, ctx.actor.scope, id, ctx.now);
      });
    },

    /**
     * The full mobile of a public sender, for whoever may act on the ticket, to call them back: the
     * one read that decrypts it, audited with the reason.
     */
    async revealContact(ctx: ServiceContext, id: string, body: RevealTicketContactBody): Promise<TicketContact> {
      return db.transaction().execute(async (trx) => {
        const row = await loadRow(trx, ctx.actor.scope, id);
        if (!row.contact_mobile_cipher || !row.contact_name) throw new AppError('NOT_FOUND');
        if (!mayAct(ctx, row)) throw new AppError('TICKET_NOT_OWNER');
        await audit.record(trx, ctx, {
          action: 'ticket.reveal_contact',
          entityType: 'ticket',
          entityId: id,
          region: regionOfRow(row),
          details: { reason: body.reason },
        });
        return { contactName: row.contact_name, mobile: cipher.decrypt(row.contact_mobile_cipher) };
      });
    },

    /** Hands the ticket to a person or a site, with a reason; the chain grows by one link. */
    async handOver(ctx: ServiceContext, id: string, body: HandOverTicketBody): Promise<TicketWithChain> {
      return db.transaction().execute(async (trx) => {
        const row = await loadRow(trx, ctx.actor.scope, id);
        checkVersion(row, body.version);
        if (row.state !== 'open') throw new AppError('TICKET_STATE_CONFLICT');
        if (!mayAct(ctx, row)) throw new AppError('TICKET_NOT_OWNER');
        const districtCode = ctx.actor.scope.districtCode;
        let toStaffId: string | null = null;
        let toSiteId = body.toSiteId;
        if (body.toStaffId !== undefined) {
          const person = await findActiveStaff(trx, districtCode, body.toStaffId);
          if (!person) throw validationError({ toStaffId: ['找不到该工作人员，或账号已停用'] });
          if (person.id === row.owner_staff_id) throw validationError({ toStaffId: ['不能转交给当前负责人自己'] });
          toStaffId = person.id;
          toSiteId ??= person.site_id ?? row.site_id;
        }
        const target = await findActiveSite(trx, districtCode, toSiteId as string);
        if (!target) throw validationError({ toSiteId: ['找不到该站点，或站点已停用'] });
        if (toStaffId === null && target.id === row.site_id && row.owner_staff_id === null) {
          throw validationError({ toSiteId: ['该受理单已在此站点等待接手'] });
        }
        const at = ctx.now.toISOString();
        const seq = await insertHandover(trx, {
          id: newId(),
          ticket_id: id,
          at,
          by_staff_id: ctx.actor.staffId,
          from_staff_id: row.owner_staff_id,
          from_site_id: row.site_id,
          to_staff_id: toStaffId,
          to_site_id: target.id,
          reason: body.reason,
        });
        const moved = await updateTicketAtVersion(trx, ctx.actor.scope, id, body.version, {
          owner_staff_id: toStaffId,
          site_id: target.id,
          district_code: target.district_code,
          town_code: target.town_code,
          village_code: target.village_code,
          updated_at: at,
        });
        if (!moved) throw new AppError('VERSION_CONFLICT');
        if (toStaffId !== null) {
          await notifications.queue(trx, ctx, {
            channel: 'inbox',
            recipientStaffId: toStaffId,
            subject: `转交给您的受理单：${row.receipt_code}`,
            body: `${ctx.actor.displayName} 将受理单 ${row.receipt_code} 转交给您，原因：${body.reason}。请于 ${row.due_date} 前办结。`,
            region: regionOfRow(target),
            source: { module: 'tickets', id },
          });
        }
        await audit.record(trx, ctx, {
          action: 'ticket.hand_over',
          entityType: 'ticket',
          entityId: id,
          region: regionOfRow(target),
          details: { seq, fromStaffId: row.owner_staff_id, fromSiteId: row.site_id, toStaffId, toSiteId: target.id },
        });
        // The one who handed it over may no longer see it in their own scope; they get it back once.
        return loadWithChain(trx, districtScope(ctx.actor.scope), id, ctx.now);
      });
    },

    /** Resolves the ticket and records the service in the ledger, in one transaction. */
    async resolve(ctx: ServiceContext, id: string, body: ResolveTicketInput): Promise<TicketWithChain> {
      return db.transaction().execute(async (trx) => {
        const row = await loadRow(trx, ctx.actor.scope, id);
        checkVersion(row, body.version);
        if (row.state !== 'open') throw new AppError('TICKET_STATE_CONFLICT');
        if (!mayAct(ctx, row)) throw new AppError('TICKET_NOT_OWNER');
        const record = await ledger.recordService(trx, ctx, {
          itemNo: Number(row.item_no),
          residentId: row.resident_id,
          siteId: row.site_id,
          channel: LEDGER_CHANNEL[row.channel],
          style: 'standard',
          outcome: body.outcome,
          note: body.resolution,
          durationMinutes: body.durationMinutes ?? null,
          source: { module: 'tickets', id },
        });
        const at = ctx.now.toISOString();
        const done = await updateTicketAtVersion(trx, ctx.actor.scope, id, body.version, {
          state: 'resolved',
          owner_staff_id: row.owner_staff_id ?? ctx.actor.staffId,
          resolution: body.resolution,
          resolved_at: at,
          resolved_by_staff_id: ctx.actor.staffId,
          service_record_id: record.id,
          updated_at: at,
        });
        if (!done) throw new AppError('VERSION_CONFLICT');
        await audit.record(trx, ctx, {
          action: 'ticket.resolve',
          entityType: 'ticket',
          entityId: id,
          region: regionOfRow(row),
          details: { outcome: body.outcome, serviceRecordId: record.id },
        });
        return loadWithChain(trx, ctx.actor.scope, id, ctx.now);
      });
    },

    /**
     * Re-opens a resolved ticket (the resident comes back on the same matter): the one who re-opens
     * owns it, with a fresh due date and a fresh round of escalation.
     */
    async reopen(ctx: ServiceContext, id: string, body: ReopenTicketBody): Promise<TicketWithChain> {
      return db.transaction().execute(async (trx) => {
        const row = await loadRow(trx, ctx.actor.scope, id);
        checkVersion(row, body.version);
        if (row.state !== 'resolved') throw new AppError('TICKET_STATE_CONFLICT');
        const round = Number(row.reopen_count) + 1;
        const dueDate = ticketDueDate(shanghaiDate(ctx.now), await workingDaysFor(trx, Number(row.item_no)));
        const at = ctx.now.toISOString();
        const done = await updateTicketAtVersion(trx, ctx.actor.scope, id, body.version, {
          state: 'open',
          owner_staff_id: ctx.actor.staffId,
          due_date: dueDate,
          escalation_level: 0,
          resolution: null,
          resolved_at: null,
          resolved_by_staff_id: null,
          service_record_id: null,
          reopen_count: round,
          updated_at: at,
        });
        if (!done) throw new AppError('VERSION_CONFLICT');
        await scheduleEscalation(trx, id, dueDate, round, 1);
        await audit.record(trx, ctx, {
          action: 'ticket.reopen',
          entityType: 'ticket',
          entityId: id,
          region: regionOfRow(row),
          details: { round, reason: body.reason, previousServiceRecordId: row.service_record_id },
        });
        return loadWithChain(trx, ctx.actor.scope, id, ctx.now);
      });
    },

    /** The public page: state, item, site and dates only — no names, no summary, no phone. */
    async publicStatus(code: string): Promise<PublicTicketStatus> {
      const row = await findPublicTicketByCode(db, code);
      if (!row) throw new AppError('NOT_FOUND');
      const itemNo = Number(row.item_no);
      return {
        receiptCode: row.receipt_code,
        state: row.state,
        itemNo,
        itemName: SERVICE_ITEM_SHORT_LABELS[itemNo] ?? String(itemNo),
        siteName: row.site_name,
        receivedAt: row.received_at,
        dueDate: row.due_date,
        resolvedAt: row.resolved_at,
      };
    },

    async listItemDeadlines(): Promise<{ items: TicketItemDeadline[] }> {
      const rows = new Map((await selectItemDeadlines(db)).map((row) => [Number(row.item_no), row]));
      return {
        items: SERVICE_ITEM_NOS.map((itemNo) => {
          const row = rows.get(itemNo);
          return row
            ? { itemNo, workingDays: Number(row.working_days), isDefault: false, updatedAt: row.updated_at }
            : { itemNo, workingDays: DEFAULT_TICKET_WORKING_DAYS, isDefault: true, updatedAt: null };
        }),
      };
    },

    /** Sets one item's working days; tickets already received keep their due dates. */
    async setItemDeadline(ctx: ServiceContext, itemNo: number, body: SetTicketItemDeadlineBody): Promise<TicketItemDeadline> {
      const at = ctx.now.toISOString();
      await db.transaction().execute(async (trx) => {
        await upsertItemDeadline(trx, itemNo, body.workingDays, ctx.actor.staffId, at);
        await audit.record(trx, ctx, {
          action: 'ticket.set_item_deadline',
          entityType: 'ticket_item_deadline',
          entityId: String(itemNo),
          details: { itemNo, workingDays: body.workingDays },
        });
      });
      return { itemNo, workingDays: body.workingDays, isDefault: false, updatedAt: at };
    },

    /**
     * The background escalation (task `ticket.escalate`): a still-open ticket past its due date goes
     * to the station head (level 1), then to the town's admins (level 2). Idempotent: a ticket that
     * was resolved, re-opened with a new due date or already escalated is left alone.
     */
    async escalate(payload: EscalatePayload, now: Date): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const row = await findTicketForSystem(trx, payload.ticketId);
        if (row?.state !== 'open' || row.due_date !== payload.dueDate) return;
        if (now.getTime() < escalationTime(payload.dueDate, payload.level).getTime()) return;
        const raised = await raiseEscalation(trx, row.id, payload.dueDate, payload.level, now.toISOString());
        if (!raised) return;
        let recipients = payload.level === 1 ? await selectStationHeads(trx, row.site_id) : [];
        // No station head on record: the town hears of it at once rather than nobody.
        if (recipients.length === 0) recipients = await selectTownAdmins(trx, row.town_code);
        const itemName = SERVICE_ITEM_SHORT_LABELS[Number(row.item_no)] ?? String(row.item_no);
        const subject = payload.level === 1 ? `受理单逾期未办结：${row.receipt_code}` : `受理单逾期未办结，已上报乡镇：${row.receipt_code}`;
        const body = `“${itemName}”受理单 ${row.receipt_code} 应于 ${row.due_date} 前办结，至今未办结，请督促办理。`;
        for (const recipientStaffId of recipients) {
          await notifications.queue(
            trx,
            { now },
            {
              channel: 'inbox',
              recipientStaffId,
              subject,
              body,
              region: regionOfRow(row),
              key: `${escalationKey(row.id, payload.level, payload.round)}:${recipientStaffId}`,
              source: { module: 'tickets', id: row.id },
            },
          );
        }
        if (payload.level === 1) await scheduleEscalation(trx, row.id, row.due_date, payload.round, 2);
      });
    },
  };
}
export type TicketsService = ReturnType<typeof createTicketsService>;
