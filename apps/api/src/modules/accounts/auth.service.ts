import { createHash, randomBytes } from 'node:crypto';
import type {
  ChangePasswordBody,
  ConfirmSecondFactorBody,
  Me,
  RecoveryCodes,
  SecondFactorEnrolment,
  SecondFactorSignInBody,
  SecondFactorStatus,
  SignInBody,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { Actor, AnonymousContext, ServiceContext, Session } from '../../platform/context.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { hashPassword, verifyPassword } from '../../platform/passwords.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { actorFor } from './actor.ts';
import { deleteSession, deleteSessionsOfStaff, findSession, insertSession, touchSession } from './auth.repository.ts';
import {
  advanceTotpStep,
  confirmTotp,
  countUnusedRecoveryCodes,
  deleteChallenge,
  deleteChallengesOf,
  findChallenge,
  insertChallenge,
  replaceRecoveryCodes,
  setTotpSecret,
  useRecoveryCode,
} from './second-factor.repository.ts';
import {
  CHALLENGE_MINUTES,
  matchTotp,
  mustEnrolSecondFactor,
  newRecoveryCodes,
  newTotpSecret,
  passwordExpired,
  recoveryCodeHash,
} from './second-factor.rules.ts';
import type { SignInLocks } from './sign-in-locks.ts';
import type { StaffService } from './staff.service.ts';
import type { StaffRow } from './staff.table.ts';

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
  config: Pick<Config, 'session' | 'passwordMaxAgeDays' | 'secondFactorRoles' | 'demo'>;
  audit: AuditService;
  staff: StaffService;
  signInLocks: SignInLocks;
  cipher: FieldCipher;
}) {
  const { db, config, audit, staff, signInLocks, cipher } = deps;
  // Made at creation, not at the first unknown name: otherwise that one answer would take twice as long.
  const dummyHash: Promise<string> = hashPassword('timing-equaliser-for-unknown-users');
  const enrolPolicy = { roles: config.secondFactorRoles, demo: config.demo };

  function regionOfAccount(account: StaffRow) {
    return { districtCode: account.district_code, townCode: account.town_code, villageCode: account.village_code };
  }

  /** The actor of a session, with the duties of the moment: an expired password, a factor to enrol. */
  function sessionActor(account: StaffRow, now: Date): Actor {
    const actor = actorFor(account);
    return {
      ...actor,
      mustChangePassword: actor.mustChangePassword || passwordExpired(account.password_changed_at, now, config.passwordMaxAgeDays),
      mustEnrolSecondFactor: mustEnrolSecondFactor(account, enrolPolicy),
    };
  }

  /** Counts a failed step toward the lock and audits it; throws ACCOUNT_LOCKED when this failure locks. */
  async function failSignIn(
    ctx: AnonymousContext,
    username: string,
    account: StaffRow | undefined,
    reason: string,
    onFailure?: (trx: Executor<Database>) => Promise<void>,
  ): Promise<never> {
    const failure = await db.transaction().execute(async (trx) => {
      const counted = await signInLocks.recordFailure(trx, username, ctx.now);
      const until = counted.lockedUntil;
      if (onFailure) await onFailure(trx);
      await audit.record(trx, ctx, {
        action: 'auth.sign_in',
        entityType: 'staff',
        entityId: account?.id ?? null,
        actorUsername: username,
        outcome: 'failure',
        details: { reason: until ? 'locked_now' : reason },
      });
      return counted;
    });
    if (failure.lockedUntil) throw new AppError('ACCOUNT_LOCKED', { lockedUntil: failure.lockedUntil });
    // The attempts left before the lock: counted per name whether it exists or not, so an unknown
    // name and a wrong password still answer alike.
    const left = { remainingAttempts: failure.remainingAttempts, lockMinutes: failure.lockMinutes };
    throw new AppError(reason === 'invalid_credentials' ? 'INVALID_CREDENTIALS' : 'INVALID_SECOND_FACTOR', left);
  }

  async function refuseIfLocked(ctx: AnonymousContext, username: string): Promise<void> {
    const lockedUntil = await signInLocks.lockedUntil(username, ctx.now);
    if (!lockedUntil) return;
    await db.transaction().execute((trx) =>
      audit.record(trx, ctx, {
        action: 'auth.sign_in',
        entityType: 'staff',
        actorUsername: username,
        outcome: 'failure',
        details: { reason: 'locked' },
      }),
    );
    throw new AppError('ACCOUNT_LOCKED', { lockedUntil });
  }

  /** The last step of every successful sign-in: the lock is lifted, a session opens, the row names the actor. */
  async function completeSignIn(
    trx: Executor<Database>,
    ctx: AnonymousContext,
    account: StaffRow,
    previousToken: string | undefined,
    secondFactor: 'totp' | 'recovery_code' | null,
  ): Promise<{ token: string }> {
    if (previousToken) await deleteSession(trx, sessionIdOf(previousToken));
    await signInLocks.clear(trx, account.username);
    const token = await openSession(trx, account.id, ctx);
    await staff.recordSignIn(trx, account.id, ctx.now);
    await audit.record(trx, ctx, {
      action: 'auth.sign_in',
      entityType: 'staff',
      entityId: account.id,
      actorId: account.id,
      actorUsername: account.username,
      region: regionOfAccount(account),
      ...(secondFactor ? { details: { secondFactor } } : {}),
    });
    return { token };
  }

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
        actor: sessionActor(account, now),
        session: { id, csrfToken: session.csrf_token, absoluteExpiresAt: session.absolute_expires_at },
      };
    },

    /**
     * One answer for an unknown name and a wrong password (with the attempts left before the lock);
     * five failures lock the name for thirty minutes. Every attempt is audited.
     */
    async signIn(ctx: AnonymousContext, body: SignInBody, previousToken: string | undefined): Promise<{ token: string }> {
      await refuseIfLocked(ctx, body.username);
      const account = await staff.findAccountByUsername(body.username);
      // Verify against a dummy hash for unknown names so that timing does not tell them apart.
      const passwordOk = await verifyPassword(account?.password_hash ?? (await dummyHash), body.password);
      if (!account?.is_active || !passwordOk) return failSignIn(ctx, body.username, account, 'invalid_credentials');
      if (account.totp_secret && account.totp_confirmed_at) {
        // The password was right; the code is still to come. The lock count stays until it does.
        const challenge = randomBytes(32).toString('base64url');
        await db.transaction().execute(async (trx) => {
          await deleteChallengesOf(trx, account.id, ctx.now.toISOString());
          await insertChallenge(trx, {
            id: sessionIdOf(challenge),
            staff_id: account.id,
            created_at: ctx.now.toISOString(),
            expires_at: new Date(ctx.now.getTime() + CHALLENGE_MINUTES * 60_000).toISOString(),
          });
        });
        throw new AppError('SECOND_FACTOR_REQUIRED', { challenge });
      }
      return db.transaction().execute((trx) => completeSignIn(trx, ctx, account, previousToken, null));
    },

    /**
     * Step two: a TOTP code (each code once) or an unused recovery code. A wrong code counts toward
     * the same lock as a wrong password; the lock ends the challenge.
     */
    async signInWithSecondFactor(
      ctx: AnonymousContext,
      body: SecondFactorSignInBody,
      previousToken: string | undefined,
    ): Promise<{ token: string }> {
      const challengeId = sessionIdOf(body.challenge);
      const challenge = await findChallenge(db, challengeId);
      const account = challenge ? await staff.findAccount(challenge.staff_id) : undefined;
      if (!challenge || challenge.expires_at <= ctx.now.toISOString() || !account?.is_active || !account.totp_secret) {
        throw new AppError('SECOND_FACTOR_CHALLENGE_EXPIRED');
      }
      await refuseIfLocked(ctx, account.username);
      const secret = cipher.decrypt(account.totp_secret);
      const endChallenge = (trx: Executor<Database>) => deleteChallenge(trx, challengeId);
      if (body.code !== undefined) {
        const step = matchTotp(secret, body.code, ctx.now, account.totp_last_step);
        const signedIn = await db.transaction().execute(async (trx) => {
          if (step === null || !(await advanceTotpStep(trx, account.id, step))) return null;
          await endChallenge(trx);
          return completeSignIn(trx, ctx, account, previousToken, 'totp');
        });
        if (signedIn) return signedIn;
        return failSignIn(ctx, account.username, account, 'invalid_second_factor', async (trx) => {
          if (await signInLocks.lockedUsernames(trx, [account.username], ctx.now).then((set) => set.size > 0)) await endChallenge(trx);
        });
      }
      const hash = recoveryCodeHash(body.recoveryCode ?? '');
      const signedIn = await db.transaction().execute(async (trx) => {
        if (!(await useRecoveryCode(trx, account.id, hash, ctx.now.toISOString()))) return null;
        await endChallenge(trx);
        return completeSignIn(trx, ctx, account, previousToken, 'recovery_code');
      });
      if (signedIn) return signedIn;
      return failSignIn(ctx, account.username, account, 'invalid_second_factor');
    },

    /** Starts (or restarts) the actor's own enrolment: a new secret, shown once, not asked for until confirmed. */
    async startSecondFactorEnrolment(ctx: ServiceContext): Promise<SecondFactorEnrolment> {
      const account = await staff.findAccount(ctx.actor.staffId);
      if (!account) throw new AppError('UNAUTHENTICATED');
      if (account.totp_confirmed_at) throw new AppError('SECOND_FACTOR_STATE_CONFLICT');
      const { secret, uri } = newTotpSecret(account.username);
      await db.transaction().execute(async (trx) => {
        await setTotpSecret(trx, account.id, cipher.encrypt(secret));
        await audit.record(trx, ctx, {
          action: 'auth.second_factor_start',
          entityType: 'staff',
          entityId: account.id,
          region: regionOfAccount(account),
        });
      });
      return { secret, uri };
    },

    /** The first good code confirms the enrolment; ten recovery codes are made and shown this once. */
    async confirmSecondFactor(ctx: ServiceContext, body: ConfirmSecondFactorBody): Promise<RecoveryCodes> {
      const account = await staff.findAccount(ctx.actor.staffId);
      if (!account) throw new AppError('UNAUTHENTICATED');
      if (!account.totp_secret || account.totp_confirmed_at) throw new AppError('SECOND_FACTOR_STATE_CONFLICT');
      const step = matchTotp(cipher.decrypt(account.totp_secret), body.code, ctx.now, account.totp_last_step);
      if (step === null) throw new AppError('INVALID_SECOND_FACTOR');
      const codes = newRecoveryCodes();
      await db.transaction().execute(async (trx) => {
        await confirmTotp(trx, account.id, ctx.now.toISOString(), step);
        await replaceRecoveryCodes(trx, account.id, codes.map(recoveryCodeHash), ctx.now.toISOString(), newId);
        await audit.record(trx, ctx, {
          action: 'auth.second_factor_enrol',
          entityType: 'staff',
          entityId: account.id,
          region: regionOfAccount(account),
        });
      });
      return { recoveryCodes: codes };
    },

    /** New recovery codes (the old ones stop working), after a current code proves the factor. */
    async renewRecoveryCodes(ctx: ServiceContext, body: ConfirmSecondFactorBody): Promise<RecoveryCodes> {
      const account = await staff.findAccount(ctx.actor.staffId);
      if (!account?.totp_secret || !account.totp_confirmed_at) throw new AppError('SECOND_FACTOR_STATE_CONFLICT');
      const step = matchTotp(cipher.decrypt(account.totp_secret), body.code, ctx.now, account.totp_last_step);
      const codes = newRecoveryCodes();
      const renewed = await db.transaction().execute(async (trx) => {
        if (step === null || !(await advanceTotpStep(trx, account.id, step))) return false;
        await replaceRecoveryCodes(trx, account.id, codes.map(recoveryCodeHash), ctx.now.toISOString(), newId);
        await audit.record(trx, ctx, {
          action: 'auth.recovery_codes_renew',
          entityType: 'staff',
          entityId: account.id,
          region: regionOfAccount(account),
        });
        return true;
      });
      if (!renewed) throw new AppError('INVALID_SECOND_FACTOR');
      return { recoveryCodes: codes };
    },

    async secondFactorStatus(ctx: ServiceContext): Promise<SecondFactorStatus> {
      const account = await staff.findAccount(ctx.actor.staffId);
      if (!account) throw new AppError('UNAUTHENTICATED');
      return {
        enabled: Boolean(account.totp_secret && account.totp_confirmed_at),
        confirmedAt: account.totp_confirmed_at,
        required: config.secondFactorRoles.includes(account.role),
        recoveryCodesLeft: await countUnusedRecoveryCodes(db, account.id),
      };
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
        mustEnrolSecondFactor: actor.mustEnrolSecondFactor,
        secondFactorEnabled: Boolean(account.totp_secret && account.totp_confirmed_at),
        csrfToken: session.csrfToken,
        idleTimeoutMinutes: config.session.idleMinutes,
        absoluteExpiresAt: session.absoluteExpiresAt,
      };
    },
  };
  return service;
}
export type AuthService = ReturnType<typeof createAuthService>;
