import {
  type CreateGigSignupBody,
  type GigActionBody,
  type GigSignup,
  type JobKind,
  type ListGigSignupsQuery,
  nextGigState,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertUpdated, assertVersion } from '../../platform/versioning.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { shanghaiDate } from '../calendar/index.ts';
import type { LedgerServices } from '../ledger/index.ts';
import type { ResidentsServices } from '../residents/index.ts';
import type { SitesService } from '../sites/index.ts';
import {
  countLiveSignups,
  findSignupById,
  type GigSignupWithNames,
  hasSignup,
  insertSignup,
  selectSignups,
  updateSignupAtVersion,
} from './gigs.repository.ts';
import type { GigSignupRowUpdate } from './gigs.table.ts';

/** The service ledger (ARCHITECTURE §9), written in this module's transactions. */
export type GigLedger = Pick<LedgerServices, 'recordService'>;
export interface GigJobs {
  openJobFor(
    trx: Executor<Database>,
    ctx: ServiceContext,
    jobId: string,
  ): Promise<{ id: string; title: string; kind: JobKind; headcount: number; validFrom: string }>;
}
export type GigResidents = Pick<ResidentsServices, 'regionOf' | 'timeline'>;
export type SiteLookup = Pick<SitesService, 'findSite'>;

export interface GigsServiceDeps {
  db: Kysely<Database>;
  audit: AuditService;
  ledger: GigLedger;
  jobs: GigJobs;
  residents: GigResidents;
  sites: SiteLookup;
}

function toSignup(row: GigSignupWithNames): GigSignup {
  return {
    id: row.id,
    jobId: row.job_id,
    jobTitle: row.job_title,
    residentId: row.resident_id,
    residentName: row.resident_name,
    siteId: row.site_id,
    state: row.state,
    workDate: row.work_date,
    checkedInAt: row.checked_in_at,
    checkedOutAt: row.checked_out_at,
    paidFen: row.paid_fen == null ? null : Number(row.paid_fen),
    completedAt: row.completed_at,
    version: Number(row.version),
    createdAt: row.created_at,
  };
}

/** The gig market's sign-ups (零工市场): staff sign a worker up for a day job, check in and out, record the worker's confirmation of work and pay. */
export function createGigsService(deps: GigsServiceDeps) {
  const { db, audit, ledger, jobs, residents, sites } = deps;

  async function load(trx: Executor<Database>, ctx: ServiceContext, id: string): Promise<GigSignupWithNames> {
    const row = await findSignupById(trx, ctx.actor.scope, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  return {
    async listSignups(ctx: ServiceContext, query: ListGigSignupsQuery): Promise<{ items: GigSignup[] }> {
      return { items: (await selectSignups(db, ctx.actor.scope, query)).map(toSignup) };
    },

    /** A worker signed up for an open day job (item 7: a job introduction), within the job's headcount. */
    async signUp(ctx: ServiceContext, body: CreateGigSignupBody): Promise<GigSignup> {
      const today = shanghaiDate(ctx.now);
      return db.transaction().execute(async (trx) => {
        const region = await residents.regionOf(trx, ctx.actor.scope, body.residentId);
        const job = await jobs.openJobFor(trx, ctx, body.jobId);
        if (job.kind !== 'gig') throw validationError({ jobId: ['只能为零工岗位报名'] });
        const site = await sites.findSite(trx, ctx.actor.scope, body.siteId);
        if (!site) throw validationError({ siteId: ['找不到该站点，或不在您的管辖范围内'] });
        if (await hasSignup(trx, body.jobId, body.residentId)) throw new AppError('GIG_ALREADY_SIGNED_UP');
        if ((await countLiveSignups(trx, body.jobId)) >= job.headcount) throw new AppError('GIG_FULL');
        const validFrom = job.validFrom;
        const id = newId();
        const at = ctx.now.toISOString();
        const record = await ledger.recordService(trx, ctx, {
          itemNo: 7,
          residentId: body.residentId,
          siteId: body.siteId,
          channel: 'walk_in',
          style: 'standard',
          outcome: 'referred',
          note: `零工报名：${job.title}`,
          source: { module: 'gigs', id },
        });
        await insertSignup(trx, {
          id,
          job_id: body.jobId,
          resident_id: body.residentId,
          site_id: body.siteId,
          state: 'signed_up',
          // The job's first day, or today for a job already running (dates compare as text).
          work_date: [validFrom, today].sort()[1] ?? today,
          checked_in_at: null,
          checked_out_at: null,
          paid_fen: null,
          completed_at: null,
          service_record_id: record.id,
          created_by: ctx.actor.staffId,
          district_code: region.districtCode,
          town_code: region.townCode ?? site.townCode,
          village_code: region.villageCode,
          version: 1,
          created_at: at,
          updated_at: at,
        });
        await residents.timeline.append(trx, ctx, {
          residentId: body.residentId,
          kind: 'gig',
          summary: `零工报名：${job.title}`,
          source: { module: 'gigs', id },
        });
        await audit.record(trx, ctx, {
          action: 'gig.sign_up',
          entityType: 'gig_signup',
          entityId: id,
          region,
          details: { jobId: body.jobId },
        });
        return toSignup(await load(trx, ctx, id));
      });
    },

    async act(ctx: ServiceContext, id: string, body: GigActionBody): Promise<GigSignup> {
      return db.transaction().execute(async (trx) => {
        const row = await load(trx, ctx, id);
        assertVersion(row.version, body.version);
        const next = nextGigState(row.state, body.action);
        if (!next) throw new AppError('GIG_STATE_CONFLICT', { state: row.state, action: body.action });
        const at = ctx.now.toISOString();
        const patch: GigSignupRowUpdate = { state: next, updated_at: at };
        if (body.action === 'check_in') patch.checked_in_at = at;
        if (body.action === 'check_out') patch.checked_out_at = at;
        if (body.action === 'confirm') {
          patch.paid_fen = body.paidFen ?? 0;
          patch.completed_at = at;
        }
        assertUpdated(await updateSignupAtVersion(trx, ctx.actor.scope, id, body.version, patch));
        if (body.action === 'confirm') {
          await residents.timeline.append(trx, ctx, {
            residentId: row.resident_id,
            kind: 'gig',
            summary: `零工完工：${row.job_title}，本人确认收到报酬 ${((body.paidFen ?? 0) / 100).toFixed(2)} 元`,
            source: { module: 'gigs', id },
          });
        }
        await audit.record(trx, ctx, {
          action: `gig.${body.action}`,
          entityType: 'gig_signup',
          entityId: id,
          region: { districtCode: row.district_code, townCode: row.town_code, villageCode: row.village_code },
          details: { from: row.state, to: next, ...(body.paidFen !== undefined ? { paidFen: body.paidFen } : {}) },
        });
        return toSignup(await load(trx, ctx, id));
      });
    },
  };
}
export type GigsService = ReturnType<typeof createGigsService>;
