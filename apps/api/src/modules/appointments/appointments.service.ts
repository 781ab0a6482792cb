import {
  type Appointment,
  type AppointmentAction,
  type AppointmentActionBody,
  type BookAppointmentBody,
  type CheckInAppointmentInput,
  type CreateSlotRuleInput,
  type ListAppointmentsQuery,
  type ListSlotRulesQuery,
  type ListSlotsQuery,
  nextAppointmentState,
  type Page,
  SERVICE_ITEM_SHORT_LABELS,
  type Slot,
  type SlotRule,
  shanghaiDate,
  shanghaiInstant,
  shanghaiTime,
  type UpdateSlotRuleBody,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, regionOfRow } from '../../db/scope.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { addCalendarDays } from '../calendar/index.ts';
import type { LedgerServices } from '../ledger/index.ts';
import type { ResidentsServices } from '../residents/index.ts';
import type { SitesService } from '../sites/index.ts';
import type { NotificationsService, TasksService } from '../tasks/index.ts';
import { shapeOf, toAppointment, toRule } from './appointments.mappers.ts';
import {
  type AppointmentWithNames,
  ensureSlot,
  findActiveStaffMember,
  findAppointmentById,
  findAppointmentForSystem,
  findRuleById,
  findSiteRegion,
  hasBookedPlace,
  insertAppointment,
  insertRule,
  releasePlace,
  type SlotRuleWithNames,
  selectAppointmentPage,
  selectBookedCounts,
  selectRules,
  setReminderState,
  takePlace,
  updateAppointmentAtVersion,
  updateRuleAtVersion,
} from './appointments.repository.ts';
import { isSlotStart, reminderTime, slotsOf } from './appointments.rules.ts';

// ── what appointments need from other modules (ARCHITECTURE §9), as narrow ports ──

/** The service ledger (ARCHITECTURE §9), written in this module's transactions. */
export type AppointmentLedger = Pick<LedgerServices, 'recordService'>;
export type TaskQueue = Pick<TasksService, 'enqueue'>;
export type NotificationOutbox = Pick<NotificationsService, 'queue'>;
export type ResidentPlacement = Pick<ResidentsServices, 'regionOf'>;
export type SiteLookup = Pick<SitesService, 'findSite'>;

export interface AppointmentsServiceDeps {
  db: Kysely<Database>;
  audit: AuditService;
  ledger: AppointmentLedger;
  tasks: TaskQueue;
  notifications: NotificationOutbox;
  residents: ResidentPlacement;
  sites: SiteLookup;
  /** Whether an SMS gateway is configured: without one the reminder shows "SMS not sent". */
  smsConfigured: () => boolean;
}

export const APPOINTMENT_REMIND_TASK = 'appointment.remind';

/** Item 22 (专家预约咨询坐诊) for a mentor's clinic, 3 (policy consultation) for a site's desk. */
const DEFAULT_ITEM_FOR_MENTOR = 22;
const DEFAULT_ITEM_FOR_DESK = 3;

export function createAppointmentsService(deps: AppointmentsServiceDeps) {
  const { db, audit, ledger, tasks, notifications, residents, sites, smsConfigured } = deps;

  async function loadRule(trx: Executor<Database>, ctx: ServiceContext, id: string): Promise<SlotRuleWithNames> {
    const row = await findRuleById(trx, ctx.actor.scope, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async function loadAppointment(trx: Executor<Database>, ctx: ServiceContext, id: string): Promise<AppointmentWithNames> {
    const row = await findAppointmentById(trx, ctx.actor.scope, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  /** One state-machine step; a step the state does not allow answers 409 APPOINTMENT_STATE_CONFLICT. */
  async function transition(
    ctx: ServiceContext,
    id: string,
    body: AppointmentActionBody,
    action: AppointmentAction,
    extra?: (trx: Executor<Database>, row: AppointmentWithNames) => Promise<Partial<Parameters<typeof updateAppointmentAtVersion>[4]>>,
  ): Promise<Appointment> {
    return db.transaction().execute(async (trx) => {
      const row = await loadAppointment(trx, ctx, id);
      if (Number(row.version) !== body.version) throw new AppError('VERSION_CONFLICT', { currentVersion: Number(row.version) });
      const next = nextAppointmentState({ state: row.state, startsAt: row.starts_at }, action, ctx.now);
      if (!next) throw new AppError('APPOINTMENT_STATE_CONFLICT', { state: row.state, action });
      const at = ctx.now.toISOString();
      const patch = { state: next, updated_at: at, ...(extra ? await extra(trx, row) : {}) };
      if (!(await updateAppointmentAtVersion(trx, ctx.actor.scope, id, body.version, patch))) throw new AppError('VERSION_CONFLICT');
      await audit.record(trx, ctx, {
        action: `appointment.${action}`,
        entityType: 'appointment',
        entityId: id,
        region: regionOfRow(row),
        details: { from: row.state, to: next },
      });
      return toAppointment(await loadAppointment(trx, ctx, id));
    });
  }

  return {
    async listRules(ctx: ServiceContext, query: ListSlotRulesQuery): Promise<{ items: SlotRule[] }> {
      const rows = await selectRules(db, ctx.actor.scope, query);
      return { items: rows.map(toRule) };
    },

    async createRule(ctx: ServiceContext, body: CreateSlotRuleInput): Promise<SlotRule> {
      return db.transaction().execute(async (trx) => {
        const site = await sites.findSite(trx, ctx.actor.scope, body.siteId);
        if (!site) throw new AppError('NOT_FOUND');
        const region = await findSiteRegion(trx, body.siteId);
        if (!region?.is_active) throw validationError({ siteId: ['该站点已停用'] });
        if (body.staffId) {
          const person = await findActiveStaffMember(trx, ctx.actor.scope.districtCode, body.staffId);
          if (!person) throw validationError({ staffId: ['找不到该工作人员，或账号已停用'] });
          if (person.role !== 'mentor' && person.site_id !== body.siteId) throw validationError({ staffId: ['该工作人员不在此站点'] });
        }
        const id = newId();
        const at = ctx.now.toISOString();
        await insertRule(trx, {
          id,
          site_id: body.siteId,
          staff_id: body.staffId ?? null,
          item_no: body.itemNo ?? null,
          title: body.title,
          weekdays: JSON.stringify([...new Set(body.weekdays)].sort((a, b) => a - b)),
          start_time: body.startTime,
          end_time: body.endTime,
          slot_minutes: body.slotMinutes,
          capacity: body.capacity,
          valid_from: body.validFrom,
          valid_to: body.validTo ?? null,
          is_active: 1,
          created_by: ctx.actor.staffId,
          district_code: region.district_code,
          town_code: region.town_code,
          village_code: region.village_code,
          version: 1,
          created_at: at,
          updated_at: at,
        });
        await audit.record(trx, ctx, {
          action: 'appointment_rule.create',
          entityType: 'appointment_rule',
          entityId: id,
          region: regionOfRow(region),
          details: { siteId: body.siteId, staffId: body.staffId ?? null },
        });
        return toRule(await loadRule(trx, ctx, id));
      });
    },

    /** Ends or pauses a rule; bookings already made keep their slots. */
    async updateRule(ctx: ServiceContext, id: string, body: UpdateSlotRuleBody): Promise<SlotRule> {
      return db.transaction().execute(async (trx) => {
        const row = await loadRule(trx, ctx, id);
        if (Number(row.version) !== body.version) throw new AppError('VERSION_CONFLICT', { currentVersion: Number(row.version) });
        if (body.validTo && body.validTo < row.valid_from) throw validationError({ validTo: ['结束日期应不早于开始日期'] });
        const patch = {
          ...(body.validTo !== undefined ? { valid_to: body.validTo } : {}),
          ...(body.isActive !== undefined ? { is_active: body.isActive ? 1 : 0 } : {}),
          updated_at: ctx.now.toISOString(),
        };
        if (!(await updateRuleAtVersion(trx, ctx.actor.scope, id, body.version, patch))) throw new AppError('VERSION_CONFLICT');
        await audit.record(trx, ctx, {
          action: 'appointment_rule.update',
          entityType: 'appointment_rule',
          entityId: id,
          region: regionOfRow(row),
          details: { fields: Object.keys(body).filter((key) => key !== 'version') },
        });
        return toRule(await loadRule(trx, ctx, id));
      });
    },

    /** The slots of the active rules in scope over a period, with the places left; closed days have none. */
    async listSlots(ctx: ServiceContext, query: ListSlotsQuery): Promise<{ items: Slot[] }> {
      const rules = await selectRules(db, ctx.actor.scope, {
        siteId: query.siteId,
        staffId: query.staffId,
        ruleId: query.ruleId,
        activeOnly: true,
      });
      const fromIso = shanghaiInstant(query.from, '00:00').toISOString();
      const toIso = shanghaiInstant(addCalendarDays(query.to, 1), '00:00').toISOString();
      const booked = await selectBookedCounts(
        db,
        rules.map((rule) => rule.id),
        fromIso,
        toIso,
      );
      const items: Slot[] = [];
      for (const rule of rules) {
        const capacity = Number(rule.capacity);
        for (const slot of slotsOf(shapeOf(rule), query.from, query.to)) {
          const startsAt = slot.startsAt.toISOString();
          const taken = booked.get(`${rule.id}|${startsAt}`) ?? 0;
          items.push({
            ruleId: rule.id,
            siteId: rule.site_id,
            staffId: rule.staff_id,
            title: rule.title,
            startsAt,
            endsAt: slot.endsAt.toISOString(),
            capacity,
            booked: taken,
            available: Math.max(0, capacity - taken),
          });
        }
      }
      items.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.ruleId < b.ruleId ? -1 : 1));
      return { items };
    },

    async listAppointments(ctx: ServiceContext, query: ListAppointmentsQuery): Promise<Page<Appointment>> {
      const { rows, total } = await selectAppointmentPage(
        db,
        ctx.actor.scope,
        {
          siteId: query.siteId,
          staffId: query.staffId,
          residentId: query.residentId,
          state: query.state,
          fromIso: query.from ? shanghaiInstant(query.from, '00:00').toISOString() : undefined,
          toIso: query.to ? shanghaiInstant(addCalendarDays(query.to, 1), '00:00').toISOString() : undefined,
        },
        { page: query.page, pageSize: query.pageSize },
      );
      return { items: rows.map(toAppointment), total, page: query.page, pageSize: query.pageSize };
    },

    async getAppointment(ctx: ServiceContext, id: string): Promise<Appointment> {
      return toAppointment(await loadAppointment(db, ctx, id));
    },

    /**
     * Books one place of a slot for a resident. The place is taken by one conditional update of the
     * slot's counter, so the last place is never booked twice (the loser gets 409 SLOT_FULL).
     */
    async book(ctx: ServiceContext, body: BookAppointmentBody): Promise<Appointment> {
      const startsAt = new Date(body.startsAt);
      if (startsAt.getTime() <= ctx.now.getTime()) throw validationError({ startsAt: ['不能预约已经开始或过去的时段'] });
      return db.transaction().execute(async (trx) => {
        const rule = await loadRule(trx, ctx, body.ruleId);
        if (!rule.is_active) throw validationError({ ruleId: ['该预约时段已停用'] });
        const shape = shapeOf(rule);
        if (!isSlotStart(shape, startsAt)) throw validationError({ startsAt: ['该时间不是可预约的时段（或当天不开放）'] });
        await residents.regionOf(trx, ctx.actor.scope, body.residentId);
        const endsAt = new Date(startsAt.getTime() + shape.slotMinutes * 60_000);
        const slotId = await ensureSlot(trx, {
          id: newId(),
          rule_id: rule.id,
          starts_at: startsAt.toISOString(),
          ends_at: endsAt.toISOString(),
          capacity: Number(rule.capacity),
        });
        if (await hasBookedPlace(trx, slotId, body.residentId)) throw validationError({ residentId: ['该居民已预约此时段'] });
        if (!(await takePlace(trx, slotId))) throw new AppError('SLOT_FULL');
        const id = newId();
        const at = ctx.now.toISOString();
        const itemNo =
          body.itemNo ??
          (rule.item_no === null ? null : Number(rule.item_no)) ??
          (rule.staff_id ? DEFAULT_ITEM_FOR_MENTOR : DEFAULT_ITEM_FOR_DESK);
        const inserted = await insertAppointment(trx, {
          id,
          slot_id: slotId,
          rule_id: rule.id,
          site_id: rule.site_id,
          staff_id: rule.staff_id,
          resident_id: body.residentId,
          item_no: itemNo,
          title: rule.title,
          starts_at: startsAt.toISOString(),
          ends_at: endsAt.toISOString(),
          state: 'booked',
          note: body.note ?? null,
          reminder_state: 'scheduled',
          booked_by_staff_id: ctx.actor.staffId,
          checked_in_at: null,
          cancelled_at: null,
          service_record_id: null,
          district_code: rule.district_code,
          town_code: rule.town_code,
          village_code: rule.village_code,
          version: 1,
          created_at: at,
          updated_at: at,
        });
        if (!inserted) throw validationError({ residentId: ['该居民已预约此时段'] });
        await tasks.enqueue(trx, {
          kind: APPOINTMENT_REMIND_TASK,
          key: `${APPOINTMENT_REMIND_TASK}:${id}`,
          runAt: reminderTime(startsAt, ctx.now),
          payload: { appointmentId: id },
        });
        await audit.record(trx, ctx, {
          action: 'appointment.book',
          entityType: 'appointment',
          entityId: id,
          region: regionOfRow(rule),
          details: { ruleId: rule.id, startsAt: startsAt.toISOString(), residentId: body.residentId },
        });
        return toAppointment(await loadAppointment(trx, ctx, id));
      });
    },

    /** Cancels before the slot starts and gives the place back. */
    cancel(ctx: ServiceContext, id: string, body: AppointmentActionBody): Promise<Appointment> {
      return transition(ctx, id, body, 'cancel', async (trx, row) => {
        await releasePlace(trx, row.slot_id);
        return {
          cancelled_at: ctx.now.toISOString(),
          ...(row.reminder_state === 'scheduled' ? { reminder_state: 'cancelled' as const } : {}),
        };
      });
    },

    /** The resident came: the service is recorded in the ledger (channel and style 预约) in the same transaction. */
    checkIn(ctx: ServiceContext, id: string, body: CheckInAppointmentInput): Promise<Appointment> {
      return transition(ctx, id, body, 'check_in', async (trx, row) => {
        const record = await ledger.recordService(trx, ctx, {
          itemNo: Number(row.item_no),
          residentId: row.resident_id,
          siteId: row.site_id,
          channel: 'appointment',
          style: 'appointment',
          outcome: body.outcome,
          note: body.note ?? row.note,
          source: { module: 'appointments', id },
        });
        return { checked_in_at: ctx.now.toISOString(), service_record_id: record.id };
      });
    },

    noShow(ctx: ServiceContext, id: string, body: AppointmentActionBody): Promise<Appointment> {
      return transition(ctx, id, body, 'no_show');
    },

    /**
     * The day-before reminder (task `appointment.remind`): an inbox message for the staff member
     * (or whoever booked), and an SMS to the resident through the outbox, which stores it as not
     * sent when no gateway is configured. Idempotent by the appointment's reminder state and keys.
     */
    async remind(payload: { appointmentId: string }, now: Date): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const row = await findAppointmentForSystem(trx, payload.appointmentId);
        if (row?.state !== 'booked' || row.reminder_state !== 'scheduled') return;
        const when = new Date(row.starts_at);
        const whenText = `${shanghaiDate(when)} ${shanghaiTime(when)}`;
        const itemName = SERVICE_ITEM_SHORT_LABELS[Number(row.item_no)] ?? String(row.item_no);
        const region = regionOfRow(row);
        const source = { module: 'appointments', id: row.id };
        await notifications.queue(
          trx,
          { now },
          {
            channel: 'inbox',
            recipientStaffId: row.staff_id ?? row.booked_by_staff_id,
            subject: `明日预约：${row.title}`,
            body: `${whenText} 有一位群众预约了“${itemName}”（${row.title}），请做好接待准备。`,
            region,
            key: `${APPOINTMENT_REMIND_TASK}:${row.id}:inbox`,
            source,
          },
        );
        await notifications.queue(
          trx,
          { now },
          {
            channel: 'sms',
            residentId: row.resident_id,
            subject: '预约提醒',
            body: `您预约的“${itemName}”将于 ${whenText} 开始，请准时到场。`,
            region,
            key: `${APPOINTMENT_REMIND_TASK}:${row.id}:sms`,
            source,
          },
        );
        await setReminderState(trx, row.id, smsConfigured() ? 'sent' : 'sms_not_sent');
      });
    },
  };
}
export type AppointmentsService = ReturnType<typeof createAppointmentsService>;
