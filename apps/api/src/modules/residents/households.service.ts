import type { RegionScope } from '@jobcircle/domain';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import { findResidentById, selectHouseholdMembers, updateResidentAtVersion } from './residents.repository.ts';
import type { ResidentRow } from './residents.table.ts';

/**
 * Households (家庭成员): no table of their own — a member's `household_id` is the id of the head's
 * record (docs/decisions.md).
 */
export const households = {
  /**
   * The household a resident joins under a head in the actor's scope; a head without a household
   * starts one. Naming the resident itself as head makes it a head.
   */
  async join(trx: Executor<Database>, ctx: ServiceContext, residentId: string, headId: string | null | undefined): Promise<string | null> {
    if (!headId || headId === residentId) return headId ? residentId : null;
    const head = await findResidentById(trx, ctx.actor.scope, headId);
    if (!head || head.merged_into_id) throw validationError({ householdId: ['没有这位户主'] });
    if (!head.household_id) {
      await updateResidentAtVersion(trx, ctx.actor.scope, head.id, Number(head.version), {
        household_id: head.id,
        household_relation: 'head',
        updated_at: ctx.now.toISOString(),
      });
    }
    return head.household_id ?? head.id;
  },

  /** The members in scope (a member registered elsewhere stays unseen). */
  async members(trx: Executor<Database>, scope: RegionScope, householdId: string | null): Promise<ResidentRow[]> {
    return householdId ? selectHouseholdMembers(trx, scope, householdId) : [];
  },
};
