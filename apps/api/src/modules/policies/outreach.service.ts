import {
  addCalendarDays,
  DISTRICT_CODE,
  evaluateConditions,
  isLikelyEligible,
  KEY_GROUP_LABELS,
  type KeyGroup,
  type ListOutreachQuery,
  MoveOutreachBodySchema,
  OUTREACH_EXPIRY_NOTICE_DAYS,
  OUTREACH_STATE_LABELS,
  OUTREACH_STATES,
  type OutreachFunnel,
  type OutreachState,
  type OutreachTask,
  outreachNextStates,
  type Page,
  POLICY_CONSULTATION_ITEM_NO,
  type RegionScope,
  RulePackSchema,
  type ScreeningResult,
  shanghaiDate,
  shanghaiInstant,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, systemScope } from '../../db/scope.ts';
import { type AnonymousContext, type ServiceContext, systemContext } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertUpdated, assertVersion } from '../../platform/versioning.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { NotificationsService, TasksService } from '../tasks/index.ts';
import {
  findOutreachTask,
  insertOutreachTasks,
  type OutreachTaskWithNames,
  selectExpiringMemberships,
  selectFunnelCounts,
  selectGridWorkers,
  selectHandledPairs,
  selectOutreachPage,
  selectVillageWorkers,
  updateOutreachAtVersion,
} from './outreach.repository.ts';
import { readResidentFactsPage } from './policies.facts.ts';
import { findPolicy, selectPolicies } from './policies.repository.ts';
import type { PolicyLedger, PolicyTimeline } from './policies.service.ts';
import type { OutreachTasksTable } from './policies.table.ts';

export const OUTREACH_NIGHTLY_TASK = 'outreach.nightly';
/** The nightly screening runs at 02:00 in Shanghai. */
const NIGHTLY_AT = '02:00';
/** Residents read, judged and written per batch (one transaction each). */
const DEFAULT_BATCH = 500;

export interface OutreachServiceDeps {
  db: Kysely<Database>;
  audit: AuditService;
  ledger: PolicyLedger;
  timeline: PolicyTimeline;
  tasks: Pick<TasksService, 'enqueue'>;
  notifications: Pick<NotificationsService, 'queue'>;
  batchSize?: number;
}

function toTask(row: OutreachTaskWithNames): OutreachTask {
  return {
    id: row.id,
    policyId: row.policy_id,
    policyName: row.policy_name,
    versionNo: Number(row.version_no),
    residentId: row.resident_id,
    residentName: row.resident_name,
    result: row.result,
    state: row.state,
    villageCode: row.village_code,
    gridCode: row.grid_code,
    assignedStaffId: row.assigned_staff_id,
    assignedStaffName: row.assigned_staff_name,
    note: row.note,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The ledger item a step counts as: consultation (3) until the application, then the assisted procedure it is. */
function itemOf(policyCode: string, state: OutreachState): number {
  if (state === 'contacted' || state === 'declined' || state === 'not_eligible') return POLICY_CONSULTATION_ITEM_NO;
  if (policyCode === 'hardship_recognition') return 18;
  if (policyCode === 'unemployment_registration') return 17;
  return 19;
}

/**
 * Outreach (政策找人, issue 11 §4): the registry screened against every policy in force, on demand
 * and nightly; one task per resident and policy for those likely eligible (no condition failed) and
 * with no decision recorded; the funnel; the steps in the ledger and on the timeline; reminders 30
 * days before a key-group membership ends.
 */
export function createOutreachService(deps: OutreachServiceDeps) {
  const { db, audit, ledger, timeline, tasks, notifications } = deps;
  const batchSize = deps.batchSize ?? DEFAULT_BATCH;

  /** Assignee by grid: the grid's responsible worker, else the village's point worker (cached per run). */
  function assigner(executor: Executor<Database>) {
    const grids = new Map<string, string | null>();
    const villages = new Map<string, string | null>();
    return async (placements: { villageCode: string; gridCode: string | null }[]) => {
      const newGrids = [...new Set(placements.map((p) => p.gridCode).filter((g): g is string => g !== null && !grids.has(g)))];
      const found = await selectGridWorkers(executor, newGrids);
      for (const g of newGrids) grids.set(g, found.get(g) ?? null);
      const newVillages = [...new Set(placements.map((p) => p.villageCode).filter((v) => !villages.has(v)))];
      const point = await selectVillageWorkers(executor, newVillages);
      for (const v of newVillages) villages.set(v, point.get(v) ?? null);
      return (p: { villageCode: string; gridCode: string | null }) =>
        (p.gridCode ? grids.get(p.gridCode) : null) ?? villages.get(p.villageCode) ?? null;
    };
  }

  async function screen(ctx: ServiceContext | AnonymousContext, scope: RegionScope, on: string): Promise<ScreeningResult> {
    const policies = (await selectPolicies(db, { activeOn: on })).map((p) => ({
      id: p.id,
      versionNo: Number(p.current_version_no),
      rulePack: RulePackSchema.parse(JSON.parse(p.rule_pack)),
    }));
    const assign = assigner(db);
    const at = ctx.now.toISOString();
    let after: string | null = null;
    let screened = 0;
    let created = 0;
    for (;;) {
      const page = await readResidentFactsPage(db, scope, after, batchSize);
      if (page.length === 0) break;
      after = page[page.length - 1]?.residentId ?? null;
      screened += page.length;
      const handled = await selectHandledPairs(
        db,
        page.map((s) => s.residentId),
      );
      const assigneeOf = await assign(page.map((s) => s.placement));
      const rows: OutreachTasksTable[] = [];
      for (const subject of page) {
        for (const policy of policies) {
          if (handled.has(`${subject.residentId}:${policy.id}`)) continue;
          const evaluation = evaluateConditions(policy.rulePack.conditions, subject.facts, on);
          if (!isLikelyEligible(evaluation)) continue;
          rows.push({
            id: newId(),
            policy_id: policy.id,
            version_no: policy.versionNo,
            resident_id: subject.residentId,
            district_code: subject.placement.districtCode,
            town_code: subject.placement.townCode,
            village_code: subject.placement.villageCode,
            grid_code: subject.placement.gridCode,
            result: evaluation.result === 'eligible' ? 'eligible' : 'unknown',
            state: 'likely',
            assigned_staff_id: assigneeOf(subject.placement),
            note: null,
            version: 1,
            created_at: at,
            updated_at: at,
          });
        }
      }
      if (rows.length > 0) created += await db.transaction().execute((trx) => insertOutreachTasks(trx, rows));
      if (page.length < batchSize) break;
    }
    await audit.record(db, ctx, {
      action: 'outreach.screen',
      entityType: 'outreach',
      entityId: on,
      region: { districtCode: scope.districtCode, townCode: scope.townCode ?? null, villageCode: scope.villageCode ?? null },
      details: { on, policies: policies.length, screened, created },
    });
    return { on, policies: policies.length, screened, created };
  }

  /** Reminders to the assigned worker 30 days before a key-group membership ends (once per membership and end date). */
  async function remindExpiries(ctx: AnonymousContext | ServiceContext, scope: RegionScope, on: string): Promise<number> {
    const window = { from: on, to: addCalendarDays(on, OUTREACH_EXPIRY_NOTICE_DAYS) };
    const assign = assigner(db);
    let after: string | null = null;
    let queued = 0;
    for (;;) {
      const page = await selectExpiringMemberships(db, scope, window, after, batchSize);
      if (page.length === 0) break;
      after = page[page.length - 1]?.id ?? null;
      const placements = page.map((m) => ({ villageCode: m.village_code, gridCode: m.grid_code }));
      const assigneeOf = await assign(placements);
      await db.transaction().execute(async (trx) => {
        for (const membership of page) {
          const staffId = assigneeOf({ villageCode: membership.village_code, gridCode: membership.grid_code });
          if (!staffId) continue;
          const group = KEY_GROUP_LABELS[membership.key_group as KeyGroup] ?? membership.key_group;
          await notifications.queue(trx, ctx, {
            channel: 'inbox',
            recipientStaffId: staffId,
            subject: `${group}认定将于 ${membership.valid_to} 到期`,
            body: `${membership.resident_name}的“${group}”认定将于 ${membership.valid_to} 到期，请提前联系，按需办理续认定或相关政策。`,
            region: { districtCode: membership.district_code, townCode: membership.town_code, villageCode: membership.village_code },
            key: `outreach-expiry:${membership.id}:${membership.valid_to}`,
            source: { module: 'outreach', id: membership.resident_id },
          });
          queued += 1;
        }
      });
      if (page.length < batchSize) break;
    }
    return queued;
  }

  /** The next nightly slot after `now` (02:00 Shanghai), keyed by its date so that it is enqueued once. */
  async function enqueueNightlyAfter(now: Date): Promise<void> {
    const today = shanghaiDate(now);
    const todays = shanghaiInstant(today, NIGHTLY_AT);
    const date = todays.getTime() > now.getTime() ? today : addCalendarDays(today, 1);
    await tasks.enqueue(db, {
      kind: OUTREACH_NIGHTLY_TASK,
      key: `outreach:nightly:${date}`,
      runAt: shanghaiInstant(date, NIGHTLY_AT),
      payload: { date },
    });
  }

  const service = {
    /** On demand: the actor's scope against every policy in force on `on` (default today). */
    screen(ctx: ServiceContext, body: { on?: string | undefined }): Promise<ScreeningResult> {
      if (!ctx.actor.permissions.has('outreach:screen')) throw new AppError('FORBIDDEN');
      return screen(ctx, ctx.actor.scope, body.on ?? shanghaiDate(ctx.now));
    },

    /** The nightly run (a task): the whole district screened, then the expiry reminders; the next night enqueued. */
    async runNightly(now: Date): Promise<void> {
      const ctx = systemContext('outreach-nightly', now);
      const scope = systemScope(DISTRICT_CODE);
      const on = shanghaiDate(now);
      await screen(ctx, scope, on);
      await remindExpiries(ctx, scope, on);
      await enqueueNightlyAfter(now);
    },

    /** At start-up: the next nightly run enqueued (idempotent by its date). */
    scheduleNightly(now: Date): Promise<void> {
      return enqueueNightlyAfter(now);
    },

    /** The expiry reminders alone (the nightly run calls them; tests and the bench too). */
    remindExpiries(now: Date, scope: RegionScope = systemScope(DISTRICT_CODE)): Promise<number> {
      return remindExpiries(systemContext('outreach-expiry', now), scope, shanghaiDate(now));
    },

    /** Screening in a given scope without an actor: the benchmark and the nightly run. */
    screenScope(now: Date, scope: RegionScope, on = shanghaiDate(now)): Promise<ScreeningResult> {
      return screen(systemContext('outreach-screen', now), scope, on);
    },

    async listTasks(ctx: ServiceContext, query: ListOutreachQuery): Promise<Page<OutreachTask>> {
      const mine = query.mine ?? (ctx.actor.role === 'point_staff' || ctx.actor.role === 'volunteer');
      const { mine: _mine, ...filters } = query;
      const { rows, total } = await selectOutreachPage(db, ctx.actor.scope, {
        ...filters,
        ...(mine ? { assignedTo: ctx.actor.staffId } : {}),
      });
      return { items: rows.map(toTask), total, page: query.page, pageSize: query.pageSize };
    },

    async getTask(ctx: ServiceContext, id: string): Promise<OutreachTask> {
      const row = await findOutreachTask(db, ctx.actor.scope, id);
      if (!row) throw new AppError('NOT_FOUND');
      return toTask(row);
    },

    /** Per policy: the tasks per state in the actor's scope (every state present, zero when none). */
    async funnel(ctx: ServiceContext): Promise<OutreachFunnel> {
      const counts = await selectFunnelCounts(db, ctx.actor.scope);
      const policies = await selectPolicies(db, {});
      return policies.map((policy) => {
        const byState = Object.fromEntries(OUTREACH_STATES.map((state) => [state, 0])) as Record<OutreachState, number>;
        for (const row of counts) if (row.policy_id === policy.id) byState[row.state] += row.n;
        return {
          policyId: policy.id,
          policyName: policy.name,
          counts: byState,
          total: Object.values(byState).reduce((a, b) => a + b, 0),
        };
      });
    },

    /**
     * Moves a task one step (contacted with a note, applied, approved, paid; or declined / not
     * eligible): a ledger record and a timeline entry in the same transaction; an illegal step is
     * OUTREACH_STATE_CONFLICT.
     */
    async moveTask(ctx: ServiceContext, id: string, input: unknown): Promise<OutreachTask> {
      const body = MoveOutreachBodySchema.parse(input);
      if (!ctx.actor.permissions.has('ledger:write')) throw new AppError('FORBIDDEN');
      await db.transaction().execute(async (trx) => {
        const task = await findOutreachTask(trx, ctx.actor.scope, id);
        if (!task) throw new AppError('NOT_FOUND');
        assertVersion(task.version, body.version);
        if (!outreachNextStates(task.state).includes(body.state)) {
          throw new AppError('OUTREACH_STATE_CONFLICT', { from: task.state, to: body.state });
        }
        const note = body.note ?? null;
        if (body.state === 'contacted' && !note) throw validationError({ note: ['请填写联系情况'] });
        const siteId = body.siteId ?? ctx.actor.siteId;
        if (!siteId) throw validationError({ siteId: ['请选择提供服务的站点'] });
        const policy = await findPolicy(trx, task.policy_id);
        if (!policy) throw new AppError('NOT_FOUND');
        const summary = `政策找人「${policy.name}」：${OUTREACH_STATE_LABELS[body.state]}${note ? `（${note}）` : ''}`;
        await ledger.recordService(trx, ctx, {
          itemNo: itemOf(policy.code, body.state),
          residentId: task.resident_id,
          siteId,
          channel: 'phone',
          style: 'standard',
          outcome: 'done',
          note: summary,
          source: { module: 'outreach', id },
        });
        await timeline.append(trx, ctx, { residentId: task.resident_id, kind: 'policy', summary, source: { module: 'outreach', id } });
        assertUpdated(await updateOutreachAtVersion(trx, id, body.version, { state: body.state, note, updated_at: ctx.now.toISOString() }));
        await audit.record(trx, ctx, {
          action: 'outreach.move',
          entityType: 'outreach_task',
          entityId: id,
          region: { districtCode: task.district_code, townCode: task.town_code, villageCode: task.village_code },
          details: { from: task.state, to: body.state, policyId: task.policy_id },
        });
      });
      return service.getTask(ctx, id);
    },
  };
  return service;
}
export type OutreachService = ReturnType<typeof createOutreachService>;

export function registerOutreachTasks(tasks: Pick<TasksService, 'handle'>, outreach: OutreachService): void {
  tasks.handle(OUTREACH_NIGHTLY_TASK, (_payload, run) => outreach.runNightly(run.now));
}
