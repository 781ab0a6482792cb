import { createHash, randomBytes } from 'node:crypto';
import type { ChangePasswordBody, Me, SignInBody } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { Actor, AnonymousContext, ServiceContext, Session } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { hashPassword, verifyPassword } from '../../platform/passwords.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { actorFor } from './actor.ts';
import { deleteSession, deleteSessionsOfStaff, findSession, insertSession, touchSession } from './auth.repository.ts';
import type { SignInLocks } from './sign-in-locks.ts';
import type { StaffService } from './staff.service.ts';

/** A session's last-seen time is written at most this often, so reads stay reads. */
const TOUCH_INTERVAL_MS = 60_000;

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type SessionResolution = { actor: Actor; session: Session; expired: false } | { actor: null; session: null; expired: boolean };

/** Pure rule: a session ends after `idleMinutes` without a request and at its absolute expiry. */
export function sessionExpired(session: { last_seen_at: string; absolute_expires_at: string }, now: Date, idleMinutes: number): boolean {
  const idleSince = new Date(session.last_seen_at).getTime();
  return now.getTime() - idleSince > idleMinutes * 60_000 || now.toISOString() >= session.absolute_expires_at;
}

export function createAuthService(deps: {
  db: Kysely<Database>;
  config: Pick<Config, 'session'>;
  audit: AuditService;
  staff: StaffService;
  signInLocks: SignInLocks;
}) {
  const { db, config, audit, staff, signInLocks } = deps;
  let dummyHash: Promise<string> | undefined;

  async function openSession(trx: Executor<Database>, staffId: string, ctx: { now: Date; ip: string }): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const at = ctx.now.toISOString();
    const absoluteExpiresAt = new Date(ctx.now.getTime() + config.session.absoluteHours * 3_600_000).toISOString();
    await insertSession(trx, {
      id: sessionIdOf(token),
      staff_id: staffId,
      csrf_token: randomBytes(24).toString('base64url'),
      created_at: at,
      last_seen_at: at,
      absolute_expires_at: absoluteExpiresAt,
      ip: ctx.ip,
    });
    return token;
  }

  const service = {
    /** Resolves a cookie's token to its actor; an idle, expired or orphaned session is deleted. */
    async resolveSession(token: string, now: Date): Promise<SessionResolution> {
      const id = sessionIdOf(token);
      const session = await findSession(db, id);
      if (!session) return { actor: null, session: null, expired: true };
      const account = await staff.findAccount(session.staff_id);
      const invalid =
        sessionExpired(session, now, config.session.idleMinutes) ||
        !account ||
        !account.is_active ||
        session.created_at < account.password_changed_at;
      if (invalid || !account) {
        await deleteSession(db, id);
        return { actor: null, session: null, expired: true };
      }
      if (now.getTime() - new Date(session.last_seen_at).getTime() > TOUCH_INTERVAL_MS) await touchSession(db, id, now.toISOString());
      return {
        expired: false,
        actor: actorFor(account),
        session: { id, csrfToken: session.csrf_token, absoluteExpiresAt: session.absolute_expires_at },
      };
    },

    /**
     * One answer for an unknown name and a wrong password; five failures lock the name for thirty
     * minutes. Every attempt is audited.
     */
    async signIn(ctx: AnonymousContext, body: SignInBody, previousToken: string | undefined): Promise<{ token: string }> {
      const lockedUntil = await signInLocks.lockedUntil(body.username, ctx.now);
      if (lockedUntil) {
        await db.transaction().execute((trx) =>
          audit.record(trx, ctx, {
            action: 'auth.sign_in',
            entityType: 'staff',
            actorUsername: body.username,
            outcome: 'failure',
            details: { reason: 'locked' },
          }),
        );
        throw new AppError('ACCOUNT_LOCKED', { lockedUntil });
      }
      const account = await staff.findAccountByUsername(body.username);
      dummyHash ??= hashPassword('timing-equaliser-for-unknown-users');
      // Verify against a dummy hash for unknown names so that timing does not tell them apart.
      const passwordOk = await verifyPassword(account?.password_hash ?? (await dummyHash), body.password);
      if (!account?.is_active || !passwordOk) {
        const lockedNow = await db.transaction().execute(async (trx) => {
          const until = await signInLocks.recordFailure(trx, body.username, ctx.now);
          await audit.record(trx, ctx, {
            action: 'auth.sign_in',
            entityType: 'staff',
            entityId: account?.id ?? null,
            actorUsername: body.username,
            outcome: 'failure',
            details: { reason: until ? 'locked_now' : 'invalid_credentials' },
          });
          return until;
        });
        if (lockedNow) throw new AppError('ACCOUNT_LOCKED', { lockedUntil: lockedNow });
        throw new AppError('INVALID_CREDENTIALS');
      }
      return db.transaction().execute(async (trx) => {
        if (previousToken) await deleteSession(trx, sessionIdOf(previousToken));
        await signInLocks.clear(trx, body.username);
        const token = await openSession(trx, account.id, ctx);
        await staff.recordSignIn(trx, account.id, ctx.now);
        await audit.record(trx, ctx, {
          action: 'auth.sign_in',
          entityType: 'staff',
          entityId: account.id,
          actorUsername: account.username,
          region: { districtCode: account.district_code, townCode: account.town_code, villageCode: account.village_code },
        });
        return { token };
      });
    },

    async signOut(ctx: ServiceContext, session: Session): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await deleteSession(trx, session.id);
        await audit.record(trx, ctx, { action: 'auth.sign_out', entityType: 'staff', entityId: ctx.actor.staffId });
      });
    },

    /** Changes the actor's own password; every session of the account ends and a new one begins. */
    async changePassword(ctx: ServiceContext, body: ChangePasswordBody): Promise<{ token: string }> {
      const account = await staff.findAccount(ctx.actor.staffId);
      if (!account) throw new AppError('UNAUTHENTICATED');
      return db.transaction().execute(async (trx) => {
        await staff.changeOwnPassword(trx, account, body.currentPassword, body.newPassword, ctx.now);
        await deleteSessionsOfStaff(trx, account.id);
        // Sessions created before the change end; this one is created at the same instant and lives.
        const token = await openSession(trx, account.id, ctx);
        await audit.record(trx, ctx, { action: 'auth.change_password', entityType: 'staff', entityId: account.id });
        return { token };
      });
    },

    async me(actor: Actor, session: Session): Promise<Me> {
      const account = await staff.findAccount(actor.staffId);
      if (!account) throw new AppError('UNAUTHENTICATED');
      return {
        id: actor.staffId,
        username: actor.username,
        displayName: actor.displayName,
        role: actor.role,
        permissions: [...actor.permissions],
        regionLevel: actor.scope.level,
        regionCode: actor.scope.gridCode ?? actor.scope.villageCode ?? actor.scope.townCode ?? actor.scope.districtCode,
        regionName: await staff.regionNameOf(account),
        siteId: actor.siteId,
        mustChangePassword: actor.mustChangePassword,
        csrfToken: session.csrfToken,
        idleTimeoutMinutes: config.session.idleMinutes,
        absoluteExpiresAt: session.absoluteExpiresAt,
      };
    },
  };
  return service;
}
export type AuthService = ReturnType<typeof createAuthService>;
