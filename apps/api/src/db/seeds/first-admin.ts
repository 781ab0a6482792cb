import type { Kysely } from 'kysely';
import type { AuditService } from '../../modules/audit/audit.service.ts';
import { countStaff, insertStaff } from '../../modules/org/staff.repository.ts';
import type { AnonymousContext } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { generateOneTimePassword, hashPassword } from '../../platform/passwords.ts';
import type { Database } from '../database-schema.ts';

export const FIRST_ADMIN_USERNAME = 'admin';

/**
 * On a database without any account, creates the district administrator with a one-time password
 * that must be changed at first sign-in. Returns the password (to be printed once), or null.
 */
export async function ensureFirstAdmin(db: Kysely<Database>, audit: AuditService, districtCode: string, now: Date): Promise<string | null> {
  if ((await countStaff(db)) > 0) return null;
  const password = generateOneTimePassword();
  const passwordHash = await hashPassword(password);
  const ctx: AnonymousContext = { actor: null, requestId: 'first-run', ip: '127.0.0.1', now };
  await db.transaction().execute(async (trx) => {
    const id = newId();
    const at = now.toISOString();
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
}
