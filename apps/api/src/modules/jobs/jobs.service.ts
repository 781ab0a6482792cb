import {
  type CreateJobInput,
  effectiveJobState,
  JOB_KIND_ITEM_NO,
  type Job,
  type JobAction,
  type JobActionBody,
  type JobShape,
  jobIssues,
  jobWordingFindings,
  type ListJobsQuery,
  type ListPublicJobsQuery,
  maskContactPhone,
  nextJobState,
  type Page,
  type PublicJob,
  type RegionPlacement,
  type ServiceChannel,
  type ServiceStyle,
  shanghaiInstant,
  type UpdateJobBody,
  wordingMessages,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, regionOfRow } from '../../db/scope.ts';
import type { AnonymousContext, ServiceContext } from '../../platform/context.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertUpdated, assertVersion } from '../../platform/versioning.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { addCalendarDays, shanghaiDate } from '../calendar/index.ts';
import type { employerRegionOf, employersForImport } from '../employers/index.ts';
import type { LedgerServices } from '../ledger/index.ts';
import type { SitesService } from '../sites/index.ts';
import type { TasksService } from '../tasks/index.ts';
import { jobsWorkbook } from './jobs.export.ts';
import { createJobImports } from './jobs.import.ts';
import { createJobIndex, type TownSeats } from './jobs.index.ts';
import { json, toJob, toPublicJob } from './jobs.mappers.ts';
import {
  countHire,
  expireJob,
  findJobById,
  findJobForSystem,
  findPublicJob,
  findWritableJob,
  insertJob,
  type JobWithNames,
  selectJobPage,
  selectPublicJobPage,
  setJobServiceRecord,
  updateJobAtVersion,
} from './jobs.repository.ts';
import type { JobRowUpdate } from './jobs.table.ts';

// ── what jobs need from other modules (ARCHITECTURE §9), as narrow ports ──

/** The service ledger (ARCHITECTURE §9), written in this module's transactions. */
export type JobLedger = Pick<LedgerServices, 'recordService'>;
export type EmployerPlacement = { regionOf: typeof employerRegionOf; forImport: typeof employersForImport };
export type SiteLookup = Pick<SitesService, 'findSite'>;
export type TaskQueue = Pick<TasksService, 'enqueue'>;

export interface JobsServiceDeps {
  db: Kysely<Database>;
  audit: AuditService;
  ledger: JobLedger;
  employers: EmployerPlacement;
  sites: SiteLookup;
  tasks: TaskQueue;
  cipher: FieldCipher;
  regions: TownSeats;
}

export const JOB_EXPIRE_TASK = 'jobs.expire';

/** How a job came in, as the ledger counts the service of collecting it. */
const COLLECTION: Record<CreateJobInput['source'], { channel: ServiceChannel; style: ServiceStyle }> = {
  visit: { channel: 'home_visit', style: 'proactive' },
  employer: { channel: 'walk_in', style: 'standard' },
  import: { channel: 'online', style: 'standard' },
};

/** Midnight at the start of the day after `validTo`, in Shanghai: when the job expires. */
function expiryInstant(validTo: string): Date {
  return shanghaiInstant(addCalendarDays(validTo, 1));
}

export function createJobsService(deps: JobsServiceDeps) {
  const { db, audit, ledger, employers, sites, tasks, cipher } = deps;
  const index = createJobIndex({ db, regions: deps.regions });

  /** Refuses discriminatory or fraudulent words, naming them on their fields (and audits the attempt). */
  async function checkWording(ctx: ServiceContext, job: JobShape, region: RegionPlacement | null): Promise<void> {
    const findings = jobWordingFindings(job);
    if (findings.length === 0) return;
    if (findings.some((finding) => finding.category === 'fraud')) {
      // A post asking for a deposit, ID cards or fees is an attempt worth knowing about (就业服务与就业管理规定 第十四条).
      await db.transaction().execute((trx) =>
        audit.record(trx, ctx, {
          action: 'job.fraud_refused',
          entityType: 'job',
          entityId: null,
          ...(region ? { region } : {}),
          details: { findings: findings.filter((f) => f.category === 'fraud').map(({ field, words }) => ({ field, words })) },
        }),
      );
    }
    throw new AppError('JOB_WORDING_REFUSED', { fieldErrors: wordingMessages(findings), findings });
  }

  async function scheduleExpiry(trx: Executor<Database>, id: string, validTo: string): Promise<void> {
    await tasks.enqueue(trx, {
      kind: JOB_EXPIRE_TASK,
      key: `${JOB_EXPIRE_TASK}:${id}:${validTo}`,
      runAt: expiryInstant(validTo),
      payload: { jobId: id },
    });
  }

  /**
   * Collecting a job inside the caller's transaction (the create route and the import): the job, its
   * ledger line (items 4–6), its expiry when open and its audit row. The wording is checked before.
   */
  async function collect(
    trx: Executor<Database>,
    ctx: ServiceContext,
    id: string,
    body: CreateJobInput & { publish?: boolean | undefined },
  ): Promise<void> {
    const placement = await employers.regionOf(trx, ctx.actor.scope, body.employerId).catch(() => {
      throw validationError({ employerId: ['找不到该用人单位，或不在您的管辖范围内'] });
    });
    const site = await sites.findSite(trx, ctx.actor.scope, body.siteId);
    if (!site) throw validationError({ siteId: ['找不到该站点，或不在您的管辖范围内'] });
    const at = ctx.now.toISOString();
    const state = body.publish ? 'open' : 'draft';
    await insertJob(trx, {
      id,
      employer_id: body.employerId,
      site_id: body.siteId,
      kind: body.kind,
      occupation_code: body.occupationCode,
      title: body.title,
      description: body.description,
      education_min: body.educationMin ?? null,
      skills: JSON.stringify(body.skills),
      certificates: JSON.stringify(body.certificates),
      experience_years: body.experienceYears ?? null,
      requirements_note: body.requirementsNote || null,
      age_min: body.ageMin ?? null,
      age_max: body.ageMax ?? null,
      age_reason: body.ageReason ?? null,
      headcount: body.headcount,
      hired_count: 0,
      pay_min_fen: body.payMinFen,
      pay_max_fen: body.payMaxFen,
      pay_unit: body.payUnit,
      work_hours: body.workHours,
      daily_hours: body.dailyHours || null,
      shifts: body.shifts || null,
      work_days: body.workDays || null,
      address: body.address,
      lng: body.lng ?? null,
      lat: body.lat ?? null,
      benefits: JSON.stringify([...new Set(body.benefits)]),
      valid_from: body.validFrom,
      valid_to: body.validTo,
      contact_name: body.contactName,
      contact_phone_cipher: cipher.encrypt(body.contactPhone),
      contact_phone_masked: maskContactPhone(body.contactPhone),
      state,
      source: body.source,
      service_record_id: null,
      created_by: ctx.actor.staffId,
      district_code: placement.districtCode,
      town_code: placement.townCode ?? site.townCode,
      village_code: placement.villageCode,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    const record = await ledger.recordService(trx, ctx, {
      itemNo: JOB_KIND_ITEM_NO[body.kind],
      employerId: body.employerId,
      siteId: body.siteId,
      ...COLLECTION[body.source],
      outcome: 'done',
      note: `募集岗位：${body.title}（${body.headcount} 人）`,
      source: { module: 'jobs', id },
    });
    await setJobServiceRecord(trx, id, record.id);
    if (state === 'open') await scheduleExpiry(trx, id, body.validTo);
    await audit.record(trx, ctx, {
      action: 'job.create',
      entityType: 'job',
      entityId: id,
      region: placement,
      details: { kind: body.kind, state, employerId: body.employerId },
    });
  }

  async function load(trx: Executor<Database>, ctx: ServiceContext, id: string): Promise<JobWithNames> {
    const row = await findJobById(trx, ctx.actor.scope, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async function loadWritable(trx: Executor<Database>, ctx: ServiceContext, id: string): Promise<JobWithNames> {
    const row = await findWritableJob(trx, ctx.actor.scope, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async function transition(ctx: ServiceContext, id: string, body: JobActionBody, action: JobAction): Promise<Job> {
    const today = shanghaiDate(ctx.now);
    const job = await db.transaction().execute(async (trx) => {
      const row = await loadWritable(trx, ctx, id);
      assertVersion(row.version, body.version);
      const state = effectiveJobState(row.state, row.valid_to, today);
      const next = nextJobState(state, action);
      if (!next) throw new AppError('JOB_STATE_CONFLICT', { state, action });
      if (next === 'open' && row.valid_to < today) throw validationError({ validTo: ['截止日期已过，请先修改截止日期再发布'] });
      if (next === 'open' && Number(row.hired_count) >= Number(row.headcount))
        throw validationError({ headcount: ['已录用人数已达招聘人数，请先增加招聘人数'] });
      const at = ctx.now.toISOString();
      assertUpdated(await updateJobAtVersion(trx, ctx.actor.scope, id, body.version, { state: next, updated_at: at }));
      if (next === 'open') await scheduleExpiry(trx, id, row.valid_to);
      await audit.record(trx, ctx, {
        action: `job.${action}`,
        entityType: 'job',
        entityId: id,
        region: regionOfRow(row),
        details: { from: state, to: next },
      });
      return toJob(await load(trx, ctx, id), today);
    });
    await index.refresh([id]);
    return job;
  }

  return {
    index,
    /** The spreadsheet import (jobs.import.ts), through `collect`. */
    imports: createJobImports({ db, audit, employers, sites, cipher, collect, refresh: (ids) => index.refresh(ids) }),

    async listJobs(ctx: ServiceContext, query: ListJobsQuery): Promise<Page<Job>> {
      const today = shanghaiDate(ctx.now);
      const { rows, total } = await selectJobPage(db, ctx.actor.scope, { ...query, today }, query);
      return { items: rows.map((row) => toJob(row, today)), total, page: query.page, pageSize: query.pageSize };
    },

    async getJob(ctx: ServiceContext, id: string): Promise<Job> {
      return toJob(await load(db, ctx, id), shanghaiDate(ctx.now));
    },

    /** Collecting a job (items 4–6): the job, its ledger line and its audit row in one transaction. */
    async createJob(ctx: ServiceContext, body: CreateJobInput & { publish?: boolean | undefined }): Promise<Job> {
      const today = shanghaiDate(ctx.now);
      const id = newId();
      const region = await employers.regionOf(db, ctx.actor.scope, body.employerId).catch(() => null);
      await checkWording(ctx, body, region);
      if (body.publish && body.validTo < today) throw validationError({ validTo: ['截止日期已过，不能发布'] });
      const job = await db.transaction().execute(async (trx) => {
        await collect(trx, ctx, id, body);
        return toJob(await load(trx, ctx, id), today);
      });
      await index.refresh([id]);
      return job;
    },

    async updateJob(ctx: ServiceContext, id: string, body: UpdateJobBody): Promise<Job> {
      const today = shanghaiDate(ctx.now);
      const job = await db.transaction().execute(async (trx) => {
        const row = await loadWritable(trx, ctx, id);
        assertVersion(row.version, body.version);
        const merged: JobShape = {
          title: body.title ?? row.title,
          description: body.description ?? row.description,
          requirementsNote: body.requirementsNote !== undefined ? body.requirementsNote : row.requirements_note,
          skills: body.skills ?? json<string[]>(row.skills),
          certificates: body.certificates ?? json<string[]>(row.certificates),
          dailyHours: body.dailyHours !== undefined ? body.dailyHours : row.daily_hours,
          shifts: body.shifts !== undefined ? body.shifts : row.shifts,
          workDays: body.workDays !== undefined ? body.workDays : row.work_days,
          ageMin: body.ageMin !== undefined ? body.ageMin : row.age_min,
          ageMax: body.ageMax !== undefined ? body.ageMax : row.age_max,
          ageReason: body.ageReason !== undefined ? body.ageReason : row.age_reason,
          payMinFen: body.payMinFen ?? Number(row.pay_min_fen),
          payMaxFen: body.payMaxFen ?? Number(row.pay_max_fen),
          validFrom: body.validFrom ?? row.valid_from,
          validTo: body.validTo ?? row.valid_to,
          lng: body.lng !== undefined ? body.lng : row.lng,
          lat: body.lat !== undefined ? body.lat : row.lat,
        };
        const issues = jobIssues(merged);
        if (issues.length > 0) throw validationError(Object.fromEntries(issues.map((issue) => [issue.path, [issue.message]])));
        await checkWording(ctx, merged, regionOfRow(row));
        if (body.siteId && !(await sites.findSite(trx, ctx.actor.scope, body.siteId)))
          throw validationError({ siteId: ['找不到该站点，或不在您的管辖范围内'] });
        if (body.headcount !== undefined && body.headcount < Number(row.hired_count))
          throw validationError({ headcount: [`已录用 ${row.hired_count} 人，招聘人数不能少于此数`] });
        const patch: JobRowUpdate = { updated_at: ctx.now.toISOString() };
        if (body.siteId !== undefined) patch.site_id = body.siteId;
        if (body.kind !== undefined) patch.kind = body.kind;
        if (body.occupationCode !== undefined) patch.occupation_code = body.occupationCode;
        if (body.title !== undefined) patch.title = body.title;
        if (body.description !== undefined) patch.description = body.description;
        if (body.educationMin !== undefined) patch.education_min = body.educationMin;
        if (body.skills !== undefined) patch.skills = JSON.stringify(body.skills);
        if (body.certificates !== undefined) patch.certificates = JSON.stringify(body.certificates);
        if (body.experienceYears !== undefined) patch.experience_years = body.experienceYears;
        if (body.requirementsNote !== undefined) patch.requirements_note = body.requirementsNote || null;
        if (body.ageMin !== undefined) patch.age_min = body.ageMin;
        if (body.ageMax !== undefined) patch.age_max = body.ageMax;
        if (body.ageReason !== undefined) patch.age_reason = body.ageReason;
        if (body.headcount !== undefined) patch.headcount = body.headcount;
        if (body.payMinFen !== undefined) patch.pay_min_fen = body.payMinFen;
        if (body.payMaxFen !== undefined) patch.pay_max_fen = body.payMaxFen;
        if (body.payUnit !== undefined) patch.pay_unit = body.payUnit;
        if (body.workHours !== undefined) patch.work_hours = body.workHours;
        if (body.dailyHours !== undefined) patch.daily_hours = body.dailyHours || null;
        if (body.shifts !== undefined) patch.shifts = body.shifts || null;
        if (body.workDays !== undefined) patch.work_days = body.workDays || null;
        if (body.address !== undefined) patch.address = body.address;
        if (body.lng !== undefined) patch.lng = body.lng;
        if (body.lat !== undefined) patch.lat = body.lat;
        if (body.benefits !== undefined) patch.benefits = JSON.stringify([...new Set(body.benefits)]);
        if (body.validFrom !== undefined) patch.valid_from = body.validFrom;
        if (body.validTo !== undefined) patch.valid_to = body.validTo;
        if (body.contactName !== undefined) patch.contact_name = body.contactName;
        if (body.contactPhone !== undefined) {
          patch.contact_phone_cipher = cipher.encrypt(body.contactPhone);
          patch.contact_phone_masked = maskContactPhone(body.contactPhone);
        }
        if (body.source !== undefined) patch.source = body.source;
        assertUpdated(await updateJobAtVersion(trx, ctx.actor.scope, id, body.version, patch));
        if (row.state === 'open' && body.validTo !== undefined && body.validTo !== row.valid_to)
          await scheduleExpiry(trx, id, body.validTo);
        const { version: _v, contactPhone: _phone, ...changed } = body;
        await audit.record(trx, ctx, {
          action: 'job.update',
          entityType: 'job',
          entityId: id,
          region: regionOfRow(row),
          details: { fields: Object.keys(changed) },
        });
        return toJob(await load(trx, ctx, id), today);
      });
      await index.refresh([id]);
      return job;
    },

    /** The filtered list as xlsx (up to 5,000 jobs), for job fairs; audited, phones masked. */
    async exportJobs(ctx: ServiceContext, query: Omit<ListJobsQuery, 'page' | 'pageSize'>): Promise<{ fileName: string; buffer: Buffer }> {
      const today = shanghaiDate(ctx.now);
      const { rows } = await selectJobPage(db, ctx.actor.scope, { ...query, today }, { ...query, page: 1, pageSize: 5000 });
      const names = new Map<string, string>();
      for (const code of new Set(rows.map((row) => row.town_code))) {
        const town = await deps.regions.find(code);
        names.set(code, town?.name ?? code);
      }
      const buffer = await jobsWorkbook(
        rows.map((row) => toJob(row, today)),
        (code) => names.get(code) ?? code,
        `岗位信息表（${today} 导出）`,
      );
      await db.transaction().execute((trx) =>
        audit.record(trx, ctx, {
          action: 'job.export',
          entityType: 'job',
          entityId: null,
          region: {
            districtCode: ctx.actor.scope.districtCode,
            townCode: ctx.actor.scope.townCode ?? null,
            villageCode: ctx.actor.scope.villageCode ?? null,
          },
          details: { count: rows.length, filters: query },
        }),
      );
      return { fileName: `岗位信息表-${today}.xlsx`, buffer };
    },

    open: (ctx: ServiceContext, id: string, body: JobActionBody) => transition(ctx, id, body, 'open'),
    fill: (ctx: ServiceContext, id: string, body: JobActionBody) => transition(ctx, id, body, 'fill'),
    close: (ctx: ServiceContext, id: string, body: JobActionBody) => transition(ctx, id, body, 'close'),
    reopen: (ctx: ServiceContext, id: string, body: JobActionBody) => transition(ctx, id, body, 'reopen'),

    /** The durable expiry task (idempotent: an already expired, reopened-with-new-date or closed job is left alone). */
    async expire(jobId: string, now: Date): Promise<void> {
      const today = shanghaiDate(now);
      const expired = await db.transaction().execute(async (trx) => {
        const row = await findJobForSystem(trx, jobId);
        if (!row) return false;
        if (!(await expireJob(trx, jobId, today, now.toISOString()))) return false;
        const ctx: AnonymousContext = { actor: null, requestId: `task:${JOB_EXPIRE_TASK}`, ip: '127.0.0.1', now };
        await audit.record(trx, ctx, { action: 'job.expire', entityType: 'job', entityId: jobId, region: regionOfRow(row) });
        return true;
      });
      if (expired) await index.refresh([jobId]);
    },

    // ── for the referrals module (ARCHITECTURE §9), inside its transaction ──

    /** An open job to refer a resident to: readable in the scope, open and within its validity; else 404 / 409 JOB_NOT_OPEN. */
    async openJobFor(
      trx: Executor<Database>,
      ctx: ServiceContext,
      jobId: string,
    ): Promise<{
      id: string;
      title: string;
      kind: Job['kind'];
      employerId: string;
      hiredCount: number;
      headcount: number;
      validFrom: string;
      validTo: string;
    }> {
      const row = await load(trx, ctx, jobId);
      const state = effectiveJobState(row.state, row.valid_to, shanghaiDate(ctx.now));
      if (state !== 'open') throw new AppError('JOB_NOT_OPEN', { state });
      return {
        id: row.id,
        title: row.title,
        kind: row.kind,
        employerId: row.employer_id,
        hiredCount: Number(row.hired_count),
        headcount: Number(row.headcount),
        validFrom: row.valid_from,
        validTo: row.valid_to,
      };
    },

    /** A hire through a referral: counted on the job (filled at its headcount), in the caller's transaction; call `index.refresh` after commit. */
    async recordHire(trx: Executor<Database>, ctx: ServiceContext, jobId: string): Promise<void> {
      await countHire(trx, jobId, ctx.now.toISOString());
    },

    // ── the public board (no sign-in) ──

    async listPublicJobs(now: Date, query: ListPublicJobsQuery): Promise<Page<PublicJob>> {
      const { rows, total } = await selectPublicJobPage(db, query, shanghaiDate(now), query);
      return { items: rows.map(toPublicJob), total, page: query.page, pageSize: query.pageSize };
    },

    async getPublicJob(now: Date, id: string): Promise<PublicJob> {
      const row = await findPublicJob(db, id, shanghaiDate(now));
      if (!row) throw new AppError('NOT_FOUND');
      return toPublicJob(row);
    },
  };
}
export type JobsService = ReturnType<typeof createJobsService>;
