import { type KeyGroupMembership, shanghaiDate } from '@jobcircle/domain';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { AnonymousContext } from '../../platform/context.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { insertKeyGroups, insertResidents, insertStatusHistory } from './residents.repository.ts';
import { keyGroupRows, type NewResident, newResidentRow, statusHistoryRow } from './residents.rows.ts';

/** A demo resident: the file, and the key groups it belongs to. */
export interface DemoResident extends NewResident {
  keyGroups: readonly KeyGroupMembership[];
}

/**
 * For the demo seed at composition only (system work, no actor): demo residents registered in the
 * seed's transaction with their status history (effective on the Shanghai date of `ctx.now`) and key
 * groups, through the same row builder as registering and importing.
 */
export function createDemoResidentsService(deps: { cipher: FieldCipher }) {
  return {
    async registerDemoResidents(trx: Executor<Database>, ctx: AnonymousContext, people: readonly DemoResident[]): Promise<void> {
      const today = shanghaiDate(ctx.now);
      const files = people.map((person) => ({ person, row: newResidentRow(deps.cipher, person, ctx.now) }));
      await insertResidents(
        trx,
        files.map(({ row }) => row),
      );
      await insertStatusHistory(
        trx,
        files.map(({ person, row }) =>
          statusHistoryRow({
            residentId: row.id,
            status: person.employmentStatus,
            previousStatus: null,
            effectiveDate: today,
            reason: '演示数据',
            changedBy: null,
            at: ctx.now,
          }),
        ),
      );
      await insertKeyGroups(
        trx,
        files.flatMap(({ person, row }) => keyGroupRows(row.id, person.keyGroups)),
      );
    },
  };
}
