import { MeSchema, RecoveryCodesSchema, SecondFactorEnrolmentSchema } from '@jobcircle/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Agent,
  BAOZHEN,
  buildTestApp,
  CHENGQIAO,
  CHENGQIAO_VILLAGE,
  DISTRICT,
  TEST_PASSWORD,
  type TestApp,
} from '../../test/build-test-app.ts';
import { totpCodeAt } from './second-factor.rules.ts';

let t: TestApp;
beforeAll(async () => {
  // The production default: district and town admins must enrol.
  t = await buildTestApp({ SECOND_FACTOR_ROLES: 'district_admin,town_admin' });
});
afterAll(() => t.close());

function signInStep1(username: string, password = TEST_PASSWORD) {
  return t.app.inject({ method: 'POST', url: '/api/auth/sign-in', headers: { 'x-csrf-token': 'none' }, payload: { username, password } });
}

function signInStep2(payload: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: '/api/auth/sign-in/second-factor', headers: { 'x-csrf-token': 'none' }, payload });
}

/** Enrols the agent's account and returns its secret and recovery codes. */
async function enrol(agent: Agent): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = await agent.post('/api/auth/second-factor/enrolment');
  expect(started.statusCode).toBe(200);
  const { secret, uri } = SecondFactorEnrolmentSchema.parse(started.json());
  expect(uri).toMatch(/^otpauth:\/\/totp\//);
  expect(uri).toContain(`secret=${secret}`);
  const confirmed = await agent.post('/api/auth/second-factor/confirmation', { code: totpCodeAt(secret, t.clock.now) });
  expect(confirmed.statusCode).toBe(200);
  return { secret, recoveryCodes: RecoveryCodesSchema.parse(confirmed.json()).recoveryCodes };
}

async function challengeOf(username: string): Promise<string> {
  const response = await signInStep1(username);
  expect(response.statusCode).toBe(401);
  expect(response.json()).toMatchObject({ code: 'SECOND_FACTOR_REQUIRED' });
  const challenge = (response.json() as { details: { challenge: string } }).details.challenge;
  expect(challenge.length).toBeGreaterThan(20);
  return challenge;
}

describe('second factor: enrolment', () => {
  it('makes a district admin enrol before anything else, stores the secret encrypted and gives 10 recovery codes once', async () => {
    const admin = await t.as('district_admin', DISTRICT);
    const me = MeSchema.parse((await admin.get('/api/auth/me')).json());
    expect(me).toMatchObject({ mustEnrolSecondFactor: true, secondFactorEnabled: false });
    expect((await admin.get('/api/sites')).json()).toMatchObject({ code: 'SECOND_FACTOR_ENROLMENT_REQUIRED' });

    const started = SecondFactorEnrolmentSchema.parse((await admin.post('/api/auth/second-factor/enrolment')).json());
    const row = await t.database.db
      .selectFrom('staff')
      .select(['totp_secret', 'totp_confirmed_at'])
      .where('id', '=', admin.staffId)
      .executeTakeFirstOrThrow();
    expect(row.totp_secret).toMatch(/^v1:/);
    expect(row.totp_secret).not.toContain(started.secret);
    expect(row.totp_confirmed_at).toBeNull();

    const wrong = await admin.post('/api/auth/second-factor/confirmation', {
      code: '000000' === totpCodeAt(started.secret, t.clock.now) ? '111111' : '000000',
    });
    expect(wrong.json()).toMatchObject({ code: 'INVALID_SECOND_FACTOR' });
    const confirmed = await admin.post('/api/auth/second-factor/confirmation', { code: totpCodeAt(started.secret, t.clock.now) });
    const { recoveryCodes } = RecoveryCodesSchema.parse(confirmed.json());
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await t.database.db
      .selectFrom('staff_recovery_codes')
      .select('code_hash')
      .where('staff_id', '=', admin.staffId)
      .execute();
    expect(stored).toHaveLength(10);
    expect(stored.map((r) => r.code_hash)).not.toContain(recoveryCodes[0]);

    expect((await admin.get('/api/sites')).statusCode).toBe(200);
    expect(MeSchema.parse((await admin.get('/api/auth/me')).json())).toMatchObject({
      mustEnrolSecondFactor: false,
      secondFactorEnabled: true,
    });
    // A second enrolment over a confirmed one is refused (a reset by a higher admin comes first).
    expect((await admin.post('/api/auth/second-factor/enrolment')).json()).toMatchObject({ code: 'SECOND_FACTOR_STATE_CONFLICT' });
  });

  it('leaves the factor optional for other roles', async () => {
    const worker = await t.as('point_staff', CHENGQIAO_VILLAGE);
    expect(MeSchema.parse((await worker.get('/api/auth/me')).json())).toMatchObject({ mustEnrolSecondFactor: false });
    const status = (await worker.get('/api/auth/second-factor')).json();
    expect(status).toMatchObject({ enabled: false, required: false, recoveryCodesLeft: 0 });
  });
});

describe('second factor: sign-in', () => {
  it('signs in in two steps with a code, refuses the same code twice, and names the actor in the audit row', async () => {
    const admin = await t.as('town_admin', CHENGQIAO);
    const { secret } = await enrol(admin);
    t.clock.advanceMinutes(1);
    const challenge = await challengeOf(admin.username);
    const code = totpCodeAt(secret, t.clock.now);
    const done = await signInStep2({ challenge, code });
    expect(done.statusCode).toBe(200);
    expect(MeSchema.parse(done.json()).username).toBe(admin.username);
    expect(done.cookies.find((c) => c.name === 'jc_session')).toBeDefined();
    const row = await t.database.db
      .selectFrom('audit_logs')
      .select(['actor_id', 'details'])
      .where('action', '=', 'auth.sign_in')
      .where('outcome', '=', 'success')
      .where('entity_id', '=', admin.staffId)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(row.actor_id).toBe(admin.staffId);
    expect(JSON.parse(row.details)).toEqual({ secondFactor: 'totp' });
    // The same code again, within its 30 seconds: refused.
    const again = await signInStep2({ challenge: await challengeOf(admin.username), code });
    expect(again.json()).toMatchObject({ code: 'INVALID_SECOND_FACTOR' });
  });

  it('counts wrong codes toward the lockout and locks the account at the threshold', async () => {
    const admin = await t.as('town_admin', BAOZHEN);
    const { secret } = await enrol(admin);
    const challenge = await challengeOf(admin.username);
    const wrong = totpCodeAt(secret, t.clock.now) === '123456' ? '654321' : '123456';
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await signInStep2({ challenge, code: wrong })).json().code);
    expect(codes).toEqual([
      'INVALID_SECOND_FACTOR',
      'INVALID_SECOND_FACTOR',
      'INVALID_SECOND_FACTOR',
      'INVALID_SECOND_FACTOR',
      'ACCOUNT_LOCKED',
    ]);
    // Locked: the right password answers 423 too.
    expect((await signInStep1(admin.username)).json()).toMatchObject({ code: 'ACCOUNT_LOCKED' });
    const failures = await t.database.db
      .selectFrom('audit_logs')
      .select('details')
      .where('action', '=', 'auth.sign_in')
      .where('outcome', '=', 'failure')
      .where('entity_id', '=', admin.staffId)
      .execute();
    expect(failures.map((r) => JSON.parse(r.details).reason)).toContain('invalid_second_factor');
  });

  it('accepts a recovery code once', async () => {
    const admin = await t.as('district_admin', DISTRICT);
    const { recoveryCodes } = await enrol(admin);
    const code = recoveryCodes[3] as string;
    const first = await signInStep2({ challenge: await challengeOf(admin.username), recoveryCode: code.toUpperCase() });
    expect(first.statusCode).toBe(200);
    const second = await signInStep2({ challenge: await challengeOf(admin.username), recoveryCode: code });
    expect(second.json()).toMatchObject({ code: 'INVALID_SECOND_FACTOR' });
    const signedIn = await t.signIn(admin.username).catch(() => null);
    expect(signedIn).toBeNull(); // a password alone no longer signs in
  });

  it('refuses an expired challenge and a body with both a code and a recovery code', async () => {
    const admin = await t.as('district_admin', DISTRICT);
    const { secret } = await enrol(admin);
    const challenge = await challengeOf(admin.username);
    expect((await signInStep2({ challenge, code: '123456', recoveryCode: 'abcd-abcd-abcd-abcd' })).statusCode).toBe(400);
    t.clock.advanceMinutes(6);
    expect((await signInStep2({ challenge, code: totpCodeAt(secret, t.clock.now) })).json()).toMatchObject({
      code: 'SECOND_FACTOR_CHALLENGE_EXPIRED',
    });
  });
});

describe('second factor: reset by a higher admin', () => {
  it('is audited, ends the sessions and makes the account enrol again; a peer cannot reset it', async () => {
    const district = await t.as('district_admin', DISTRICT);
    await enrol(district);
    const town = await t.as('town_admin', CHENGQIAO);
    await enrol(town);
    const peer = await t.as('town_admin', CHENGQIAO);
    await enrol(peer);
    expect((await peer.post(`/api/staff/${town.staffId}/reset-second-factor`)).json()).toMatchObject({ code: 'ROLE_NOT_ASSIGNABLE' });

    const reset = await district.post(`/api/staff/${town.staffId}/reset-second-factor`);
    expect(reset.statusCode).toBe(200);
    const row = await t.database.db
      .selectFrom('audit_logs')
      .select(['actor_id', 'details'])
      .where('action', '=', 'staff.reset_second_factor')
      .where('entity_id', '=', town.staffId)
      .executeTakeFirstOrThrow();
    expect(row.actor_id).toBe(district.staffId);
    expect(JSON.parse(row.details)).toEqual({ hadSecondFactor: true });
    expect((await town.get('/api/auth/me')).statusCode).toBe(401);
    const again = await t.signIn(town.username);
    expect(MeSchema.parse((await again.get('/api/auth/me')).json())).toMatchObject({ mustEnrolSecondFactor: true });
  });
});

describe('password expiry', () => {
  it('forces the change at sign-in once the password is older than PASSWORD_MAX_AGE_DAYS', async () => {
    const worker = await t.as('point_staff', CHENGQIAO_VILLAGE);
    expect(MeSchema.parse((await worker.get('/api/auth/me')).json()).mustChangePassword).toBe(false);
    t.clock.advanceMinutes(89 * 24 * 60);
    const stillFine = await t.signIn(worker.username);
    expect(MeSchema.parse((await stillFine.get('/api/auth/me')).json()).mustChangePassword).toBe(false);
    t.clock.advanceMinutes(2 * 24 * 60);
    const expired = await t.signIn(worker.username);
    expect(MeSchema.parse((await expired.get('/api/auth/me')).json()).mustChangePassword).toBe(true);
    expect((await expired.get('/api/sites')).json()).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
    const changed = await expired.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Fresh#Harbour2027' });
    expect(changed.statusCode).toBe(200);
    expect(MeSchema.parse(changed.json()).mustChangePassword).toBe(false);
  });
});
