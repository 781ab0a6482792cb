import type { EmploymentStatus } from '@jobcircle/domain';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import { regionOfRow } from '../../db/scope.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { loadResident } from './residents.access.ts';
import { insertStatusHistory, updateResidentAtVersion } from './residents.repository.ts';
import { statusHistoryRow, type TimelineSource } from './residents.rows.ts';
import { recordTimeline } from './timeline.service.ts';

export interface StatusChange {
  residentId: string;
  status: EmploymentStatus;
  reason: string;
  effectiveDate: string;
  /** The record in the calling module that caused it (a hire through a referral). */
  source: TimelineSource;
}

/**
 * Public (ARCHITECTURE §9): another module changes a resident's employment status inside its own
 * transaction (a hire through a referral) — the status, its history row, the timeline entry and the
 * audit row, all or none with the caller's work. NOT_FOUND outside the actor's scope; a merged file
 * refuses. Unlike the desk's own change, no version is asked: the caller did not read the file.
 */
export function createEmploymentStatusChanger(deps: { audit: AuditService }) {
  return {
    async changeStatus(trx: Executor<Database>, ctx: ServiceContext, change: StatusChange): Promise<void> {
      const current = await loadResident(trx, ctx.actor.scope, change.residentId);
      if (current.merged_into_id) throw new AppError('RESIDENT_MERGED');
      const version = Number(current.version);
      if (
        !(await updateResidentAtVersion(trx, ctx.actor.scope, change.residentId, version, {
          employment_status: change.status,
          updated_at: ctx.now.toISOString(),
        }))
      )
        throw new AppError('VERSION_CONFLICT');
      await insertStatusHistory(trx, [
        statusHistoryRow({
          residentId: change.residentId,
          status: change.status,
          previousStatus: current.employment_status,
          effectiveDate: change.effectiveDate,
          reason: change.reason,
          changedBy: ctx.actor.staffId,
          at: ctx.now,
        }),
      ]);
      await recordTimeline(trx, ctx, {
        residentId: change.residentId,
        kind: 'status',
        summary: `就业状态变更：${change.reason}`,
        source: change.source,
      });
      await deps.audit.record(trx, ctx, {
        action: 'resident.status_change',
        entityType: 'resident',
        entityId: change.residentId,
        region: regionOfRow(current),
        details: { from: current.employment_status, to: change.status, source: change.source },
      });
    },
  };
}
export type EmploymentStatusChanger = ReturnType<typeof createEmploymentStatusChanger>;
