import {
  ASSIGNABLE_ROLES,
  type CreateStaffBody,
  isInScope,
  type ListStaffQuery,
  PASSWORD_HISTORY_DEPTH,
  PASSWORD_RULE_MESSAGES,
  type Page,
  type RegionPlacement,
  ROLE_REGION_LEVELS,
  type Role,
  regionLevelOf,
  type Staff,
  type StaffWithPassword,
  type UpdateStaffBody,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { Actor, ServiceContext } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { generateOneTimePassword, hashPassword, passwordPolicyMessages, verifyPassword } from '../../platform/passwords.ts';
import { assertUpdated, assertVersion } from '../../platform/versioning.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { GridsService } from '../regions/grids.service.ts';
import type { RegionDirectory } from '../regions/regions.service.ts';
import type { SitesService } from '../sites/sites.service.ts';
import { deleteSessionsOfStaff } from './auth.repository.ts';
import { replaceRecoveryCodes, setTotpSecret } from './second-factor.repository.ts';
import type { SignInLocks } from './sign-in-locks.ts';
import {
  countSiteStaff,
  findStaffById,
  findStaffByUsername,
  findStaffProfile,
  insertStaff,
  type StaffWithSite,
  selectRecentPasswordHashes,
  selectStaffDisplayNames,
  selectStaffPage,
  updateLastSignIn,
  updateStaffAtVersion,
  updateStaffPassword,
} from './staff.repository.ts';
import type { StaffRow } from './staff.table.ts';

type Placement = RegionPlacement & { gridCode: string | null; level: NonNullable<ReturnType<typeof regionLevelOf>> };

export function regionCodeOf(row: Pick<StaffRow, 'district_code' | 'town_code' | 'village_code' | 'grid_code'>): string {
  return row.grid_code ?? row.village_code ?? row.town_code ?? row.district_code;
}

export function createStaffService(deps: {
  db: Kysely<Database>;
  audit: AuditService;
  regions: RegionDirectory;
  grids: GridsService;
  sites: SitesService;
  signInLocks: SignInLocks;
}) {
  const { db, audit, regions, grids, sites, signInLocks } = deps;

  async function toStaffList(trx: Executor<Database>, rows: readonly StaffWithSite[], now: Date): Promise<Staff[]> {
    const locked = await signInLocks.lockedUsernames(
      trx,
      rows.map((row) => row.username),
      now,
    );
    const gridNames = await grids.gridNames(
      trx,
      rows.flatMap((row) => (row.grid_code ? [row.grid_code] : [])),
    );
    return Promise.all(
      rows.map(async (row) => ({
        id: row.id,
        username: row.username,
        displayName: row.display_name,
        role: row.role,
        position: row.position,
        isFullTime: Boolean(row.is_full_time),
        siteId: row.site_id,
        siteName: row.site_name,
        regionLevel: row.region_level,
        regionCode: regionCodeOf(row),
        regionName: row.grid_code ? (gridNames.get(row.grid_code) ?? row.grid_code) : ((await regions.nameOf(regionCodeOf(row))) ?? ''),
        isActive: Boolean(row.is_active),
        isLocked: locked.has(row.username),
        mustChangePassword: Boolean(row.must_change_password),
        lastSignInAt: row.last_sign_in_at,
        version: Number(row.version),
        createdAt: row.created_at,
      })),
    );
  }

  async function loadRow(trx: Executor<Database>, ctx: ServiceContext, id: string): Promise<StaffWithSite> {
    const row = await findStaffById(trx, ctx.actor.scope, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async function loadStaff(trx: Executor<Database>, ctx: ServiceContext, id: string): Promise<Staff> {
    const [staff] = await toStaffList(trx, [await loadRow(trx, ctx, id)], ctx.now);
    return staff as Staff;
  }

  function regionOfRow(row: StaffRow) {
    return { districtCode: row.district_code, townCode: row.town_code, villageCode: row.village_code };
  }

  /** Where a region code puts an account; the level must suit the role and lie in the actor's scope. */
  async function placeAccount(trx: Executor<Database>, actor: Actor, role: Role, regionCode: string): Promise<Placement> {
    const level = regionLevelOf(regionCode);
    if (!level || !ROLE_REGION_LEVELS[role].includes(level)) {
      throw validationError({ regionCode: ['所选区域层级与角色不符'] });
    }
    let placement: RegionPlacement | undefined;
    let gridCode: string | null = null;
    if (level === 'grid') {
      const grid = await grids.findActiveGrid(trx, regionCode);
      if (grid) {
        placement = { districtCode: grid.districtCode, townCode: grid.townCode, villageCode: grid.villageCode };
        gridCode = grid.code;
      }
    } else {
      placement = await regions.placementOf(regionCode);
    }
    if (!placement) throw validationError({ regionCode: ['没有这个区域'] });
    if (!isInScope(actor.scope, { ...placement, gridCode })) {
      throw new AppError('REGION_OUT_OF_SCOPE', { fieldErrors: { regionCode: ['不在您的管辖范围内'] } });
    }
    return { ...placement, gridCode, level };
  }

  /** A site must be visible to the actor and lie where the account works. */
  async function checkSite(trx: Executor<Database>, actor: Actor, siteId: string | null | undefined, placement: Placement) {
    if (!siteId) return;
    const site = await sites.findSite(trx, actor.scope, siteId);
    if (!site || (placement.townCode && site.townCode !== placement.townCode)) {
      throw validationError({ siteId: ['站点不存在或不在该人员的区域内'] });
    }
    if (placement.villageCode && site.villageCode && site.villageCode !== placement.villageCode) {
      throw validationError({ siteId: ['站点不属于该人员所在村居'] });
    }
  }

  function checkRole(actor: Actor, role: Role) {
    if (!ASSIGNABLE_ROLES[actor.role].includes(role)) {
      throw new AppError('ROLE_NOT_ASSIGNABLE', { fieldErrors: { role: ['您不能分配该角色'] } });
    }
  }

  async function refreshSites(trx: Executor<Database>, ...siteIds: (string | null | undefined)[]) {
    for (const siteId of new Set(siteIds)) if (siteId) await sites.recordStaffing(trx, siteId, await countSiteStaff(trx, siteId));
  }

  function regionOf(placement: RegionPlacement) {
    return { districtCode: placement.districtCode, townCode: placement.townCode, villageCode: placement.villageCode };
  }

  return {
    async listStaff(ctx: ServiceContext, query: ListStaffQuery): Promise<Page<Staff>> {
      const { rows, total } = await selectStaffPage(db, ctx.actor.scope, query);
      return { items: await toStaffList(db, rows, ctx.now), total, page: query.page, pageSize: query.pageSize };
    },

    getStaff(ctx: ServiceContext, id: string): Promise<Staff> {
      return loadStaff(db, ctx, id);
    },

    async createStaff(ctx: ServiceContext, body: CreateStaffBody): Promise<StaffWithPassword> {
      checkRole(ctx.actor, body.role);
      const oneTimePassword = generateOneTimePassword();
      const passwordHash = await hashPassword(oneTimePassword);
      return db.transaction().execute(async (trx) => {
        const placement = await placeAccount(trx, ctx.actor, body.role, body.regionCode);
        await checkSite(trx, ctx.actor, body.siteId, placement);
        if (await findStaffByUsername(trx, body.username)) {
          throw new AppError('USERNAME_TAKEN', { fieldErrors: { username: ['该用户名已被使用'] } });
        }
        const id = newId();
        const at = ctx.now.toISOString();
        await insertStaff(trx, {
          id,
          username: body.username,
          display_name: body.displayName,
          role: body.role,
          position: body.position,
          is_full_time: body.isFullTime ? 1 : 0,
          site_id: body.siteId ?? null,
          region_level: placement.level,
          district_code: placement.districtCode,
          town_code: placement.townCode,
          village_code: placement.villageCode,
          grid_code: placement.gridCode,
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
        await refreshSites(trx, body.siteId);
        await audit.record(trx, ctx, {
          action: 'staff.create',
          entityType: 'staff',
          entityId: id,
          region: regionOf(placement),
          details: { role: body.role },
        });
        return { staff: await loadStaff(trx, ctx, id), oneTimePassword };
      });
    },

    async updateStaff(ctx: ServiceContext, id: string, body: UpdateStaffBody): Promise<Staff> {
      return db.transaction().execute(async (trx) => {
        const current = await loadStaff(trx, ctx, id);
        assertVersion(current.version, body.version);
        const role = body.role ?? current.role;
        const regionCode = body.regionCode ?? current.regionCode;
        const changesAccess = role !== current.role || regionCode !== current.regionCode;
        if (changesAccess && id === ctx.actor.staffId) throw new AppError('FORBIDDEN', { reason: 'own_access' });
        if (changesAccess) checkRole(ctx.actor, role);
        // A manager may not edit an account above its own station (a town admin editing a district admin).
        if (!ASSIGNABLE_ROLES[ctx.actor.role].includes(current.role) && id !== ctx.actor.staffId) throw new AppError('ROLE_NOT_ASSIGNABLE');
        const placement = await placeAccount(trx, ctx.actor, role, regionCode);
        const siteId = body.siteId !== undefined ? body.siteId : current.siteId;
        await checkSite(trx, ctx.actor, siteId, placement);
        const patch = {
          display_name: body.displayName ?? current.displayName,
          role,
          position: body.position ?? current.position,
          is_full_time: (body.isFullTime ?? current.isFullTime) ? 1 : 0,
          site_id: siteId,
          region_level: placement.level,
          district_code: placement.districtCode,
          town_code: placement.townCode,
          village_code: placement.villageCode,
          grid_code: placement.gridCode,
          updated_at: ctx.now.toISOString(),
        };
        assertUpdated(await updateStaffAtVersion(trx, ctx.actor.scope, id, body.version, patch));
        await refreshSites(trx, current.siteId, siteId);
        await audit.record(trx, ctx, {
          action: 'staff.update',
          entityType: 'staff',
          entityId: id,
          region: regionOf(placement),
          details: { fields: Object.keys(body).filter((key) => key !== 'version') },
        });
        return loadStaff(trx, ctx, id);
      });
    },

    async setStaffActive(ctx: ServiceContext, id: string, version: number, active: boolean): Promise<Staff> {
      if (id === ctx.actor.staffId) throw new AppError('FORBIDDEN', { reason: 'own_account' });
      return db.transaction().execute(async (trx) => {
        const current = await loadRow(trx, ctx, id);
        assertVersion(current.version, version);
        if (!ASSIGNABLE_ROLES[ctx.actor.role].includes(current.role)) throw new AppError('ROLE_NOT_ASSIGNABLE');
        const patch = { is_active: active ? 1 : 0, updated_at: ctx.now.toISOString() };
        assertUpdated(await updateStaffAtVersion(trx, ctx.actor.scope, id, version, patch));
        await refreshSites(trx, current.site_id);
        await audit.record(trx, ctx, {
          action: active ? 'staff.reactivate' : 'staff.deactivate',
          entityType: 'staff',
          entityId: id,
          region: regionOfRow(current),
        });
        return loadStaff(trx, ctx, id);
      });
    },

    /** A new one-time password, shown once; the account's sessions end and its lock is lifted. */
    async resetPassword(ctx: ServiceContext, id: string): Promise<StaffWithPassword> {
      const current = await loadRow(db, ctx, id);
      if (!ASSIGNABLE_ROLES[ctx.actor.role].includes(current.role)) throw new AppError('ROLE_NOT_ASSIGNABLE');
      const oneTimePassword = generateOneTimePassword();
      const passwordHash = await hashPassword(oneTimePassword);
      return db.transaction().execute(async (trx) => {
        await updateStaffPassword(trx, id, passwordHash, true, ctx.now.toISOString());
        await signInLocks.clear(trx, current.username);
        await audit.record(trx, ctx, { action: 'staff.reset_password', entityType: 'staff', entityId: id, region: regionOfRow(current) });
        return { staff: await loadStaff(trx, ctx, id), oneTimePassword };
      });
    },

    /**
     * A higher admin removes an account's second factor (a lost phone): secret and recovery codes
     * go, sessions end, and a role that needs one enrols again at its next sign-in. Audited.
     */
    async resetSecondFactor(ctx: ServiceContext, id: string): Promise<Staff> {
      return db.transaction().execute(async (trx) => {
        const current = await loadRow(trx, ctx, id);
        if (!ASSIGNABLE_ROLES[ctx.actor.role].includes(current.role)) throw new AppError('ROLE_NOT_ASSIGNABLE');
        await setTotpSecret(trx, id, null);
        await replaceRecoveryCodes(trx, id, [], ctx.now.toISOString(), newId);
        await deleteSessionsOfStaff(trx, id);
        await audit.record(trx, ctx, {
          action: 'staff.reset_second_factor',
          entityType: 'staff',
          entityId: id,
          region: regionOfRow(current),
          details: { hadSecondFactor: Boolean(current.totp_confirmed_at) },
        });
        return loadStaff(trx, ctx, id);
      });
    },

    async unlockStaff(ctx: ServiceContext, id: string): Promise<Staff> {
      return db.transaction().execute(async (trx) => {
        const current = await loadRow(trx, ctx, id);
        if (!ASSIGNABLE_ROLES[ctx.actor.role].includes(current.role)) throw new AppError('ROLE_NOT_ASSIGNABLE');
        await signInLocks.clear(trx, current.username);
        await audit.record(trx, ctx, { action: 'staff.unlock', entityType: 'staff', entityId: id, region: regionOfRow(current) });
        return loadStaff(trx, ctx, id);
      });
    },

    /** Display names by id, for records that name who did something. */
    async displayNames(ids: readonly string[]): Promise<Map<string, string>> {
      return selectStaffDisplayNames(db, ids);
    },

    // ── what sign-in and the start-up composition need ─────────────────────────

    /** Recounts the staff of these sites and stores each site's staffing flag. */
    refreshStaffing: refreshSites,

    findAccountByUsername(username: string): Promise<StaffRow | undefined> {
      return findStaffByUsername(db, username);
    },

    findAccount(id: string): Promise<StaffRow | undefined> {
      return findStaffProfile(db, id);
    },

    recordSignIn(trx: Executor<Database>, id: string, at: Date): Promise<void> {
      return updateLastSignIn(trx, id, at.toISOString());
    },

    async regionNameOf(row: StaffRow): Promise<string> {
      if (row.grid_code) return (await grids.gridNames(db, [row.grid_code])).get(row.grid_code) ?? row.grid_code;
      return (await regions.nameOf(regionCodeOf(row))) ?? '';
    },

    /**
     * The signed-in user's own change: the current password must match, the new one must pass the
     * policy and differ from the last five.
     */
    async changeOwnPassword(
      trx: Executor<Database>,
      account: StaffRow,
      currentPassword: string,
      newPassword: string,
      at: Date,
    ): Promise<void> {
      if (!(await verifyPassword(account.password_hash, currentPassword))) {
        throw validationError({ currentPassword: ['当前密码不正确'] });
      }
      const messages = passwordPolicyMessages(newPassword, account.username);
      if (messages.length === 0) {
        for (const previous of await selectRecentPasswordHashes(trx, account.id, PASSWORD_HISTORY_DEPTH)) {
          if (await verifyPassword(previous, newPassword)) {
            messages.push(PASSWORD_RULE_MESSAGES.reused);
            break;
          }
        }
      }
      if (messages.length > 0) throw new AppError('PASSWORD_POLICY', { fieldErrors: { newPassword: messages } });
      await updateStaffPassword(trx, account.id, await hashPassword(newPassword), false, at.toISOString());
    },
  };
}
export type StaffService = ReturnType<typeof createStaffService>;
