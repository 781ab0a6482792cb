import { permissionsOf, type RegionScope } from '@jobcircle/domain';
import type { Actor } from '../../platform/context.ts';
import type { StaffRow } from './staff.table.ts';

/** The account's own region as a scope: what it may see and act on. */
export function scopeOf(row: Pick<StaffRow, 'region_level' | 'district_code' | 'town_code' | 'village_code' | 'grid_code'>): RegionScope {
  return {
    level: row.region_level,
    districtCode: row.district_code,
    ...(row.town_code ? { townCode: row.town_code } : {}),
    ...(row.village_code ? { villageCode: row.village_code } : {}),
    ...(row.grid_code ? { gridCode: row.grid_code } : {}),
  };
}

/**
 * Who acts, built from an account: its role's permissions and its region as the scope. The one
 * place an actor is made — for a request (after its session resolves) and for work resumed on an
 * account's behalf (an import interrupted by a restart). The sign-in duties that depend on the
 * time and the configuration (an expired password, a second factor to enrol) are added by the
 * session's resolution.
 */
export function actorFor(
  account: Pick<
    StaffRow,
    | 'id'
    | 'username'
    | 'display_name'
    | 'role'
    | 'site_id'
    | 'must_change_password'
    | 'region_level'
    | 'district_code'
    | 'town_code'
    | 'village_code'
    | 'grid_code'
  >,
): Actor {
  return {
    staffId: account.id,
    username: account.username,
    displayName: account.display_name,
    role: account.role,
    permissions: new Set(permissionsOf(account.role)),
    scope: scopeOf(account),
    siteId: account.site_id,
    mustChangePassword: Boolean(account.must_change_password),
    mustEnrolSecondFactor: false,
  };
}
