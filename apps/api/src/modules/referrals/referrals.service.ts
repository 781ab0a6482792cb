import {
  type CreateReferralBody,
  type EmploymentStatus,
  FOLLOW_UP_MONTHS,
  type JobKind,
  type ListReferralsQuery,
  NOT_HIRED_REASON_LABELS,
  nextReferralStage,
  type Page,
  REFERRAL_ACTION_ITEM_NO,
  REFERRAL_ACTION_LABELS,
  REFERRAL_STAGES,
  type RecommendChannel,
  type Referral,
  type ReferralAction,
  type ReferralBoard,
  type ReferralStepBody,
  type ServiceChannel,
  type ServiceOutcome,
  shanghaiInstant,
  TERM_REMINDER_DAYS,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, regionOfRow } from '../../db/scope.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertUpdated, assertVersion } from '../../platform/versioning.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { addCalendarDays, shanghaiDate } from '../calendar/index.ts';
import type { LedgerServices } from '../ledger/index.ts';
import type { ResidentsServices } from '../residents/index.ts';
import type { SitesService } from '../sites/index.ts';
import type { NotificationsService, TasksService } from '../tasks/index.ts';
import { type ReferralSummary, toSummary } from './referrals.mappers.ts';
import {
  countByStage,
  findReferralById,
  findReferralForSystem,
  findReferralOf,
  insertReferral,
  insertStep,
  type ReferralWithNames,
  selectReferralPage,
  selectSteps,
  updateReferralAtVersion,
} from './referrals.repository.ts';
import { followUpInstant } from './referrals.rules.ts';
import type { ReferralRowUpdate } from './referrals.table.ts';

// ── what referrals need from other modules (ARCHITECTURE §9), as narrow ports ──

/** The service ledger (ARCHITECTURE §9), written in this module's transactions. */
export type ReferralLedger = Pick<LedgerServices, 'recordService'>;
export interface ReferralJobs {
  openJobFor(
    trx: Executor<Database>,
    ctx: ServiceContext,
    jobId: string,
  ): Promise<{ id: string; title: string; kind: JobKind; employerId: string; hiredCount: number; headcount: number }>;
  recordHire(trx: Executor<Database>, ctx: ServiceContext, jobId: string): Promise<void>;
  index: { refresh(ids: readonly string[]): Promise<void> };
}
export type ReferralResidents = Pick<ResidentsServices, 'regionOf' | 'timeline' | 'employment'>;
export type SiteLookup = Pick<SitesService, 'findSite'>;
export type TaskQueue = Pick<TasksService, 'enqueue'>;
export type NotificationOutbox = Pick<NotificationsService, 'queue'>;

export interface ReferralsServiceDeps {
  db: Kysely<Database>;
  audit: AuditService;
  ledger: ReferralLedger;
  jobs: ReferralJobs;
  residents: ReferralResidents;
  sites: SiteLookup;
  tasks: TaskQueue;
  notifications: NotificationOutbox;
}

export const REFERRAL_FOLLOW_UP_TASK = 'referrals.follow-up';
export const REFERRAL_TERM_ENDING_TASK = 'referrals.term-ending';

/** How a recommendation reached the resident, as the ledger counts channels. */
const LEDGER_CHANNEL: Record<RecommendChannel, ServiceChannel> = {
  in_person: 'walk_in',
  phone: 'phone',
  message: 'online',
  slip: 'walk_in',
};

/** A hire into a full-time or public-welfare post is employment; part-time and gig work is flexible employment. */
const HIRED_STATUS: Record<JobKind, EmploymentStatus> = {
  full_time: 'employed',
  public_welfare: 'employed',
  part_time: 'flexible',
  gig: 'flexible',
};

/** The outcome a step records in the ledger. */
const STEP_OUTCOME: Partial<Record<ReferralAction, ServiceOutcome>> = {
  interview: 'in_progress',
  hire: 'done',
  not_hire: 'not_done',
  insure: 'done',
};

export function createReferralsService(deps: ReferralsServiceDeps) {
  const { db, audit, ledger, jobs, residents, sites, tasks, notifications } = deps;

  async function load(trx: Executor<Database>, ctx: ServiceContext, id: string): Promise<ReferralWithNames> {
    const row = await findReferralById(trx, ctx.actor.scope, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async function view(trx: Executor<Database>, ctx: ServiceContext, id: string): Promise<Referral> {
    const row = await load(trx, ctx, id);
    const steps = await selectSteps(trx, id);
    return {
      ...toSummary(row),
      steps: steps.map((step) => ({
        id: step.id,
        action: step.action,
        stage: step.stage,
        date: step.date,
        note: step.note,
        staffName: step.staff_name,
        serviceRecordId: step.service_record_id,
        at: step.at,
      })),
    };
  }

  /** One dated, signed step: its row, its ledger line (when the step is a service), the timeline entry. */
  async function recordStep(
    trx: Executor<Database>,
    ctx: ServiceContext,
    referral: { id: string; resident_id: string; employer_id: string; site_id: string; channel: RecommendChannel; job_title: string },
    step: {
      action: ReferralAction | 'recommend';
      stage: Referral['stage'];
      date: string;
      note: string | null;
      summary: string;
      outcome?: ServiceOutcome;
    },
  ): Promise<void> {
    const itemNo = REFERRAL_ACTION_ITEM_NO[step.action];
    let serviceRecordId: string | null = null;
    if (itemNo !== undefined) {
      const record = await ledger.recordService(trx, ctx, {
        itemNo,
        // The service is the resident's; the employer is on the referral (a point worker's scope may not hold it).
        residentId: referral.resident_id,
        siteId: referral.site_id,
        channel: LEDGER_CHANNEL[referral.channel],
        style: step.action === 'recommend' ? 'proactive' : 'standard',
        outcome: step.outcome ?? 'referred',
        note: `${step.summary}${step.note ? `（${step.note}）` : ''}`,
        source: { module: 'referrals', id: referral.id },
      });
      serviceRecordId = record.id;
    }
    await insertStep(trx, {
      id: newId(),
      referral_id: referral.id,
      action: step.action,
      stage: step.stage,
      date: step.date,
      note: step.note,
      staff_id: ctx.actor.staffId,
      service_record_id: serviceRecordId,
      at: ctx.now.toISOString(),
    });
    await residents.timeline.append(trx, ctx, {
      residentId: referral.resident_id,
      kind: 'referral',
      summary: step.summary,
      source: { module: 'referrals', id: referral.id },
    });
  }

  return {
    async listReferrals(ctx: ServiceContext, query: ListReferralsQuery): Promise<Page<ReferralSummary>> {
      const { rows, total } = await selectReferralPage(db, ctx.actor.scope, query, query);
      return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
    },

    getReferral(ctx: ServiceContext, id: string): Promise<Referral> {
      return view(db, ctx, id);
    },

    /** The station's board: one column per stage with its count and the latest 50. */
    async board(ctx: ServiceContext, query: { siteId?: string | undefined }): Promise<ReferralBoard> {
      const counts = await countByStage(db, ctx.actor.scope, query);
      const columns = [];
      for (const stage of REFERRAL_STAGES) {
        const count = counts.get(stage) ?? 0;
        const items = count > 0 ? (await selectReferralPage(db, ctx.actor.scope, { ...query, stage }, { page: 1, pageSize: 50 })).rows : [];
        columns.push({ stage, count, items: items.map(toSummary) });
      }
      return { columns };
    },

    /**
     * Recommend an open job to a resident (item 7): the referral, its first step, the ledger line,
     * the timeline entry and the audit row in one transaction; a message goes through the outbox.
     * A resident outside the actor's area answers 404 (a point worker refers only in its village).
     */
    async recommend(ctx: ServiceContext, body: CreateReferralBody): Promise<Referral> {
      const today = shanghaiDate(ctx.now);
      return db.transaction().execute(async (trx) => {
        const region = await residents.regionOf(trx, ctx.actor.scope, body.residentId);
        const job = await jobs.openJobFor(trx, ctx, body.jobId);
        const site = await sites.findSite(trx, ctx.actor.scope, body.siteId);
        if (!site) throw validationError({ siteId: ['找不到该站点，或不在您的管辖范围内'] });
        if (await findReferralOf(trx, body.jobId, body.residentId)) throw new AppError('REFERRAL_EXISTS');
        const id = newId();
        const at = ctx.now.toISOString();
        await insertReferral(trx, {
          id,
          job_id: job.id,
          resident_id: body.residentId,
          employer_id: job.employerId,
          site_id: body.siteId,
          channel: body.channel,
          stage: 'recommended',
          interview_at: null,
          interview_place: null,
          health_check_help: 0,
          not_hired_reason: null,
          hired_on: null,
          insured_on: null,
          follow_up_1_on: null,
          follow_up_3_on: null,
          term_ends_on: null,
          created_by: ctx.actor.staffId,
          district_code: region.districtCode,
          town_code: region.townCode ?? site.townCode,
          village_code: region.villageCode,
          version: 1,
          created_at: at,
          updated_at: at,
        });
        const referral = {
          id,
          resident_id: body.residentId,
          employer_id: job.employerId,
          site_id: body.siteId,
          channel: body.channel,
          job_title: job.title,
        };
        await recordStep(trx, ctx, referral, {
          action: 'recommend',
          stage: 'recommended',
          date: today,
          note: body.note ?? null,
          summary: `推荐岗位：${job.title}`,
        });
        if (body.channel === 'message') {
          await notifications.queue(trx, ctx, {
            channel: 'sms',
            residentId: body.residentId,
            subject: '岗位推荐',
            body: `就业服务站为您推荐岗位“${job.title}”，详情可到 ${site.name} 咨询。`,
            region,
            key: `referral.push:${id}`,
            source: { module: 'referrals', id },
          });
        }
        await audit.record(trx, ctx, {
          action: 'referral.create',
          entityType: 'referral',
          entityId: id,
          region,
          details: { jobId: job.id, residentId: body.residentId, channel: body.channel },
        });
        return view(trx, ctx, id);
      });
    },

    /** One step of a referral. A hire also counts on the job and changes the resident's status with history — all in one transaction. */
    async step(ctx: ServiceContext, id: string, body: ReferralStepBody): Promise<Referral> {
      const date = body.date ?? shanghaiDate(ctx.now);
      if (date > shanghaiDate(ctx.now)) throw validationError({ date: ['日期不能晚于今天'] });
      let hiredJob: string | null = null;
      const result = await db.transaction().execute(async (trx) => {
        const row = await load(trx, ctx, id);
        assertVersion(row.version, body.version);
        const next = nextReferralStage(row.stage, body.action);
        if (!next) throw new AppError('REFERRAL_STATE_CONFLICT', { stage: row.stage, action: body.action });
        const patch: ReferralRowUpdate = { stage: next, updated_at: ctx.now.toISOString() };
        let summary = `${REFERRAL_ACTION_LABELS[body.action]}：${row.job_title}`;
        switch (body.action) {
          case 'interview':
            patch.interview_at = body.interviewAt ?? null;
            patch.interview_place = body.interviewPlace ?? null;
            patch.health_check_help = body.healthCheckHelp ? 1 : 0;
            summary = `安排面试：${row.job_title}，${body.interviewPlace ?? ''}${body.healthCheckHelp ? '（协助体检）' : ''}`;
            break;
          case 'hire': {
            patch.hired_on = date;
            if (row.job_kind === 'public_welfare') {
              // A designated post is held for a term; its end is reminded a month ahead.
              if (!body.termEndsOn) throw validationError({ termEndsOn: ['公益性岗位请填写聘用期满日期'] });
              if (body.termEndsOn <= date) throw validationError({ termEndsOn: ['期满日期应晚于录用日期'] });
              patch.term_ends_on = body.termEndsOn;
              await tasks.enqueue(trx, {
                kind: REFERRAL_TERM_ENDING_TASK,
                key: `${REFERRAL_TERM_ENDING_TASK}:${id}:${body.termEndsOn}`,
                runAt: shanghaiInstant(addCalendarDays(body.termEndsOn, -TERM_REMINDER_DAYS), '09:00'),
                payload: { referralId: id },
              });
            }
            await jobs.recordHire(trx, ctx, row.job_id);
            hiredJob = row.job_id;
            await residents.employment.changeStatus(trx, ctx, {
              residentId: row.resident_id,
              status: HIRED_STATUS[row.job_kind as JobKind],
              reason: `经推荐被“${row.employer_name}”录用（${row.job_title}）`,
              effectiveDate: date,
              source: { module: 'referrals', id },
            });
            for (const month of FOLLOW_UP_MONTHS) {
              await tasks.enqueue(trx, {
                kind: REFERRAL_FOLLOW_UP_TASK,
                key: `${REFERRAL_FOLLOW_UP_TASK}:${id}:${month}`,
                runAt: followUpInstant(date, month),
                payload: { referralId: id, month },
              });
            }
            summary = `被录用：${row.employer_name}（${row.job_title}）`;
            break;
          }
          case 'not_hire':
            patch.not_hired_reason = body.notHiredReason ?? 'other';
            summary = `未录用：${row.job_title}（${NOT_HIRED_REASON_LABELS[body.notHiredReason ?? 'other']}）`;
            break;
          case 'insure':
            patch.insured_on = date;
            summary = `已办理就业参保登记：${row.employer_name}`;
            break;
          case 'follow_up':
            if (body.followUpMonth === 1) patch.follow_up_1_on = date;
            else patch.follow_up_3_on = date;
            summary = `录用后第 ${body.followUpMonth} 个月回访：${body.stillEmployed ? '仍在岗' : '已离岗'}`;
            break;
          default:
            break;
        }
        assertUpdated(await updateReferralAtVersion(trx, ctx.actor.scope, id, body.version, patch));
        const outcome = STEP_OUTCOME[body.action];
        await recordStep(trx, ctx, row, {
          action: body.action,
          stage: next,
          date,
          note: body.note ?? null,
          summary,
          ...(outcome ? { outcome } : {}),
        });
        await audit.record(trx, ctx, {
          action: `referral.${body.action}`,
          entityType: 'referral',
          entityId: id,
          region: regionOfRow(row),
          details: { from: row.stage, to: next },
        });
        return view(trx, ctx, id);
      });
      if (hiredJob) await jobs.index.refresh([hiredJob]);
      return result;
    },

    /** The end-of-term reminder of a public-welfare post (durable task): an inbox message to the staff member who placed the person. */
    async remindTermEnding(referralId: string, now: Date): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const row = await findReferralForSystem(trx, referralId);
        if (!row?.created_by || !row.term_ends_on) return;
        await notifications.queue(
          trx,
          { now },
          {
            channel: 'inbox',
            recipientStaffId: row.created_by,
            subject: '公益性岗位即将期满',
            body: `${row.resident_name} 在“${row.employer_name}”的公益性岗位（${row.job_title}）将于 ${row.term_ends_on} 期满，请提前做好续聘或再就业安排。`,
            region: regionOfRow(row),
            key: `${REFERRAL_TERM_ENDING_TASK}:${referralId}:${row.term_ends_on}`,
            source: { module: 'referrals', id: referralId },
          },
        );
      });
    },

    /** The follow-up reminder (durable task): an inbox message to the staff member who referred, unless it is done. */
    async remindFollowUp(referralId: string, month: number, now: Date): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const row = await findReferralForSystem(trx, referralId);
        if (!row?.created_by || row.stage === 'not_hired') return;
        if ((month === 1 ? row.follow_up_1_on : row.follow_up_3_on) !== null) return;
        await notifications.queue(
          trx,
          { now },
          {
            channel: 'inbox',
            recipientStaffId: row.created_by,
            subject: `录用后第 ${month} 个月回访`,
            body: `${row.resident_name} 经推荐被“${row.employer_name}”录用（${row.job_title}），请进行第 ${month} 个月回访并登记。`,
            region: regionOfRow(row),
            key: `${REFERRAL_FOLLOW_UP_TASK}:${referralId}:${month}`,
            source: { module: 'referrals', id: referralId },
          },
        );
      });
    },
  };
}
export type ReferralsService = ReturnType<typeof createReferralsService>;
