import type { RegionPlacement, Role } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { AnonymousContext } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { generateOneTimePassword, hashPassword } from '../../platform/passwords.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { countStaff, findStaffByUsername, insertStaff } from './staff.repository.ts';
import type { StaffRow } from './staff.table.ts';

/** The account every new installation starts with. */
export const FIRST_ADMIN_USERNAME = 'admin';

/**
 * Accounts no person created: the first administrator of a new installation and the demo accounts.
 * Called by the start-up composition with a named system context.
 */
export function createStaffSetup(deps: { db: Kysely<Database>; audit: AuditService }) {
  const { db, audit } = deps;
  return {
    /**
     * On a database without any account, creates the district administrator with a one-time
     * password that must be changed at first sign-in. Returns the password (printed once), or null.
     */
    async ensureFirstAdmin(ctx: AnonymousContext, districtCode: string): Promise<string | null> {
      if ((await countStaff(db)) > 0) return null;
      const password = generateOneTimePassword();
      const passwordHash = await hashPassword(password);
      await db.transaction().execute(async (trx) => {
        const id = newId();
        const at = ctx.now.toISOString();
        await insertStaff(trx, {
          id,
          username: FIRST_ADMIN_USERNAME,
          display_name: '区级管理员',
          role: 'district_admin',
          position: 'administrator',
          is_full_time: 1,
          site_id: null,
          region_level: 'district',
          district_code: districtCode,
          town_code: null,
          village_code: null,
          grid_code: null,
          password_hash: passwordHash,
          must_change_password: 1,
          password_changed_at: at,
          last_sign_in_at: null,
          is_active: 1,
          is_demo: 0,
          version: 1,
          created_at: at,
          updated_at: at,
        });
        await audit.record(trx, ctx, {
          action: 'staff.create',
          entityType: 'staff',
          entityId: id,
          actorUsername: 'system',
          region: { districtCode },
          details: { role: 'district_admin', firstRun: true },
        });
      });
      return password;
    },

    /** A demo account (marked as demo, with the demo password, no forced change): the demo seed's. */
    async createDemoAccount(
      trx: Executor<Database>,
      account: {
        username: string;
        displayName: string;
        role: Role;
        position: StaffRow['position'];
        siteId: string | null;
        placement: RegionPlacement;
        passwordHash: string;
      },
      at: Date,
    ): Promise<void> {
      const { placement } = account;
      await insertStaff(trx, {
        id: newId(),
        username: account.username,
        display_name: account.displayName,
        role: account.role,
        position: account.position,
        is_full_time: account.position === 'volunteer' ? 0 : 1,
        site_id: account.siteId,
        region_level: account.role === 'district_admin' ? 'district' : placement.villageCode ? 'village' : 'town',
        district_code: placement.districtCode,
        town_code: placement.townCode ?? null,
        village_code: placement.villageCode ?? null,
        grid_code: null,
        password_hash: account.passwordHash,
        must_change_password: 0,
        password_changed_at: at.toISOString(),
        last_sign_in_at: null,
        is_active: 1,
        is_demo: 1,
        version: 1,
        created_at: at.toISOString(),
        updated_at: at.toISOString(),
      });
    },

    async hasAccount(username: string): Promise<boolean> {
      return (await findStaffByUsername(db, username)) !== undefined;
    },
  };
}
export type StaffSetup = ReturnType<typeof createStaffSetup>;
