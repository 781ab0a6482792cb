import type { DuplicatePair, MergeResidentsBody, Resident } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { regionOfRow } from '../../db/scope.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { loadResident } from './residents.access.ts';
import { toSummary } from './residents.mappers.ts';
import {
  findAssistanceFile,
  moveAssistanceFile,
  moveResidentRecords,
  selectDuplicatePairs,
  selectKeyGroups,
  selectResidentsByIds,
  updateResidentAtVersion,
} from './residents.repository.ts';
import { readerView } from './residents.rules.ts';
import { recordTimeline } from './timeline.service.ts';

const MAX_PAIRS = 200;

/** Suspected duplicates (疑似重复人员) and their reviewed merge. */
export function createDuplicatesService(deps: {
  db: Kysely<Database>;
  audit: AuditService;
  /** The merged file as the actor sees it, read after the merge committed. */
  view: (ctx: ServiceContext, id: string) => Promise<Resident>;
}) {
  const { db, audit, view } = deps;
  return {
    /** Pairs with the same name, birth date and village: three queries, whatever the number of pairs. */
    async listDuplicates(ctx: ServiceContext): Promise<DuplicatePair[]> {
      const pairs = await selectDuplicatePairs(db, ctx.actor.scope, MAX_PAIRS);
      const ids = pairs.flatMap((pair) => [pair.a, pair.b]);
      const rows = new Map((await selectResidentsByIds(db, ctx.actor.scope, ids)).map((row) => [row.id, row]));
      const groups = await selectKeyGroups(db, [...rows.keys()]);
      const view = readerView(ctx.actor.permissions, ctx.now);
      return pairs.flatMap((pair) => {
        const a = rows.get(pair.a);
        const b = rows.get(pair.b);
        if (!a || !b) return [];
        return [
          {
            reason: 'same_name_birth_village' as const,
            residents: [a, b].map((row) => toSummary(row, groups.get(row.id) ?? [], view)),
          },
        ];
      });
    },

    /** A reviewed merge: the merged record stays (marked), its histories move to the kept one. */
    async mergeResidents(ctx: ServiceContext, body: MergeResidentsBody): Promise<Resident> {
      await db.transaction().execute(async (trx) => {
        const keep = await loadResident(trx, ctx.actor.scope, body.keepId);
        const merge = await loadResident(trx, ctx.actor.scope, body.mergeId);
        if (keep.merged_into_id || merge.merged_into_id) throw new AppError('RESIDENT_MERGED');
        await moveResidentRecords(trx, merge.id, keep.id);
        if (!(await findAssistanceFile(trx, keep.id))) await moveAssistanceFile(trx, merge.id, keep.id);
        const at = ctx.now.toISOString();
        await updateResidentAtVersion(trx, ctx.actor.scope, merge.id, Number(merge.version), { merged_into_id: keep.id, updated_at: at });
        await updateResidentAtVersion(trx, ctx.actor.scope, keep.id, Number(keep.version), { updated_at: at });
        await recordTimeline(trx, ctx, {
          residentId: keep.id,
          kind: 'merge',
          summary: `合并了重复记录 ${merge.id_number_masked}：${body.reason}`,
        });
        await audit.record(trx, ctx, {
          action: 'resident.merge',
          entityType: 'resident',
          entityId: keep.id,
          region: regionOfRow(keep),
          details: { mergedId: merge.id, reason: body.reason },
        });
      });
      return view(ctx, body.keepId);
    },
  };
}
export type DuplicatesService = ReturnType<typeof createDuplicatesService>;
