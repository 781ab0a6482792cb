import type { TimelineEntry } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import { regionOfRow } from '../../db/scope.ts';
import type { ServiceContext } from '../../platform/context.ts';
import type { StaffService } from '../accounts/staff.service.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { loadResident, regionOf } from './residents.access.ts';
import { toTimelineEntry } from './residents.mappers.ts';
import { insertTimeline, selectTimeline } from './residents.repository.ts';
import { type TimelineSource, timelineRow } from './residents.rows.ts';

export type { TimelineSource } from './residents.rows.ts';

/** One entry of a resident's timeline, as another module appends it. */
export interface TimelineAppend {
  residentId: string;
  /** What happened, as a short key the web labels (`service`, `visit`, `referral` …). */
  kind: string;
  summary: string;
  /** The record in the calling module this entry stands for. */
  source?: TimelineSource;
}

const TIMELINE_LIMIT = 200;

/** Within the residents module only: the caller has already loaded the resident in scope. */
export async function recordTimeline(trx: Executor<Database>, ctx: ServiceContext, entry: TimelineAppend): Promise<void> {
  await insertTimeline(trx, [timelineRow(entry, ctx.actor.staffId, ctx.now)]);
}

/** The resident's service timeline (服务时间线). */
export function createTimelineService(deps: { db: Kysely<Database>; audit: AuditService; staff: StaffService }) {
  const { db, audit, staff } = deps;

  async function list(ctx: ServiceContext, residentId: string): Promise<TimelineEntry[]> {
    await loadResident(db, ctx.actor.scope, residentId);
    const rows = await selectTimeline(db, residentId, TIMELINE_LIMIT);
    const names = await staff.displayNames(rows.flatMap((row) => (row.actor_id ? [row.actor_id] : [])));
    return rows.map((row) => toTimelineEntry(row, names));
  }

  return {
    list,

    /**
     * Public (ARCHITECTURE §9): appends an entry in the caller's transaction, as the actor, at
     * `ctx.now`. A resident outside the actor's scope (or none) throws NOT_FOUND.
     */
    async append(trx: Executor<Database>, ctx: ServiceContext, entry: TimelineAppend): Promise<void> {
      await regionOf(trx, ctx.actor.scope, entry.residentId);
      await recordTimeline(trx, ctx, entry);
    },

    /** A note staff write by hand. */
    async addNote(ctx: ServiceContext, residentId: string, summary: string): Promise<TimelineEntry[]> {
      await db.transaction().execute(async (trx) => {
        const resident = await loadResident(trx, ctx.actor.scope, residentId);
        await recordTimeline(trx, ctx, { residentId, kind: 'note', summary });
        await audit.record(trx, ctx, {
          action: 'resident.note',
          entityType: 'resident',
          entityId: residentId,
          region: regionOfRow(resident),
        });
      });
      return list(ctx, residentId);
    },
  };
}
export type TimelineService = ReturnType<typeof createTimelineService>;
