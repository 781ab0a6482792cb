import type { AssistanceFile, SaveAssistanceFileBody } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { regionOfRow } from '../../db/scope.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import type { StaffService } from '../accounts/staff.service.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { loadResident } from './residents.access.ts';
import { toAssistanceFile } from './residents.mappers.ts';
import { findAssistanceFile, insertAssistanceFile, updateAssistanceFileAtVersion } from './residents.repository.ts';
import { recordTimeline } from './timeline.service.ts';

/** The individual assistance file (个性化就业援助档案): assessment, classification, plan, follow-up. */
export function createAssistanceFilesService(deps: { db: Kysely<Database>; audit: AuditService; staff: StaffService }) {
  const { db, audit, staff } = deps;

  async function getAssistanceFile(ctx: ServiceContext, residentId: string): Promise<AssistanceFile | null> {
    await loadResident(db, ctx.actor.scope, residentId);
    const file = await findAssistanceFile(db, residentId);
    if (!file) return null;
    return toAssistanceFile(file, await staff.displayNames(file.responsible_staff_id ? [file.responsible_staff_id] : []));
  }

  return {
    getAssistanceFile,

    async saveAssistanceFile(ctx: ServiceContext, residentId: string, body: SaveAssistanceFileBody): Promise<AssistanceFile | null> {
      if (body.responsibleStaffId) {
        await staff.getStaff(ctx, body.responsibleStaffId).catch(() => {
          throw validationError({ responsibleStaffId: ['没有这名工作人员，或不在您的管辖范围内'] });
        });
      }
      await db.transaction().execute(async (trx) => {
        const resident = await loadResident(trx, ctx.actor.scope, residentId);
        const existing = await findAssistanceFile(trx, residentId);
        const row = {
          resident_id: residentId,
          assessment: body.assessment,
          classification: body.classification,
          plan: body.plan,
          responsible_staff_id: body.responsibleStaffId,
          next_follow_up_date: body.nextFollowUpDate,
          version: 1,
          updated_at: ctx.now.toISOString(),
        };
        if (existing) {
          if (body.version !== Number(existing.version))
            throw new AppError('VERSION_CONFLICT', { currentVersion: Number(existing.version) });
          if (!(await updateAssistanceFileAtVersion(trx, row, body.version))) throw new AppError('VERSION_CONFLICT');
        } else {
          await insertAssistanceFile(trx, row);
        }
        await recordTimeline(trx, ctx, {
          residentId,
          kind: 'assistance_file',
          summary: existing ? '更新了个性化就业援助档案' : '建立了个性化就业援助档案',
        });
        await audit.record(trx, ctx, {
          action: existing ? 'assistance_file.update' : 'assistance_file.create',
          entityType: 'resident',
          entityId: residentId,
          region: regionOfRow(resident),
        });
      });
      return getAssistanceFile(ctx, residentId);
    },
  };
}
export type AssistanceFilesService = ReturnType<typeof createAssistanceFilesService>;
