import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database-schema.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import type { App } from '../../platform/route-types.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { GridsService } from '../regions/grids.service.ts';
import type { RegionDirectory } from '../regions/regions.service.ts';
import type { SitesService } from '../sites/sites.service.ts';
import { authRoutes } from './auth.routes.ts';
import { createAuthService } from './auth.service.ts';
import { createSignInLocks } from './sign-in-locks.ts';
import { staffRoutes } from './staff.routes.ts';
import { createStaffService } from './staff.service.ts';
import { createStaffSetup } from './staff-setup.service.ts';

export { actorFor, scopeOf } from './actor.ts';
export { totpCodeAt } from './second-factor.rules.ts';
export { createSessionHook } from './session-hook.ts';
export type { StaffService } from './staff.service.ts';
export { FIRST_ADMIN_USERNAME } from './staff-setup.service.ts';

/** Staff accounts, sign-in, sessions and sign-in locks (who may act, and how they prove it). */
export function createAccountsServices(deps: {
  db: Kysely<Database>;
  config: Config;
  audit: AuditService;
  regions: RegionDirectory;
  grids: GridsService;
  sites: SitesService;
  /** The field cipher: TOTP secrets are kept encrypted like ID numbers. */
  cipher: FieldCipher;
}) {
  const signInLocks = createSignInLocks(deps);
  const staff = createStaffService({ ...deps, signInLocks });
  const auth = createAuthService({ ...deps, staff, signInLocks });
  return { signInLocks, staff, auth, setup: createStaffSetup(deps) };
}
export type AccountsServices = ReturnType<typeof createAccountsServices>;

export function registerAccounts(app: App, accounts: AccountsServices, config: Config): void {
  void app.register(authRoutes({ auth: accounts.auth, config }), { prefix: '/api/auth' });
  void app.register(staffRoutes(accounts.staff), { prefix: '/api' });
}
