import { MeSchema } from '@jobcircle/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../platform/context.ts';
import { buildTestApp, CHENGQIAO, DISTRICT, TEST_PASSWORD, type TestApp } from '../../test/build-test-app.ts';
import { FIRST_ADMIN_USERNAME } from './staff-setup.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

function signInRaw(username: string, password: string, headers: Record<string, string> = { 'x-csrf-token': 'none' }) {
  return t.app.inject({ method: 'POST', url: '/api/auth/sign-in', headers, payload: { username, password } });
}

async function auditRows(action: string, username: string) {
  return t.database.db.selectFrom('audit_logs').selectAll().where('action', '=', action).where('actor_username', '=', username).execute();
}

describe('POST /api/auth/sign-in', () => {
  it('signs in, sets an HttpOnly SameSite=Strict cookie and audits the success', async () => {
    const { username } = await t.createAccount({ role: 'town_admin', regionCode: CHENGQIAO });
    const response = await signInRaw(username, TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const me = MeSchema.parse(response.json());
    expect(me.username).toBe(username);
    expect(me.regionName).toBe('城桥镇');
    const cookie = response.cookies.find((c) => c.name === 'jc_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    const rows = await auditRows('auth.sign_in', username);
    expect(rows.map((row) => row.outcome)).toEqual(['success']);
  });

  it('answers an unknown user and a wrong password alike, and audits both failures', async () => {
    const { username } = await t.createAccount({ role: 'volunteer', regionCode: CHENGQIAO });
    const wrong = await signInRaw(username, 'Wrong#Password1');
    const unknown = await signInRaw('nobody-here', 'Wrong#Password1');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const { requestId: _a, ...wrongBody } = wrong.json();
    const { requestId: _b, ...unknownBody } = unknown.json();
    expect(wrongBody).toEqual(unknownBody);
    expect(wrongBody.code).toBe('INVALID_CREDENTIALS');
    expect(wrongBody.details).toEqual({ remainingAttempts: 4, lockMinutes: 30 });
    expect((await auditRows('auth.sign_in', username)).map((row) => row.outcome)).toEqual(['failure']);
    expect((await auditRows('auth.sign_in', 'nobody-here')).map((row) => row.outcome)).toEqual(['failure']);
  });

  it('locks a name after 5 failures, refuses even the right password, and unlocks after 30 minutes', async () => {
    const { username } = await t.createAccount({ role: 'point_staff', regionCode: CHENGQIAO });
    for (let i = 1; i <= 4; i++) expect((await signInRaw(username, `Wrong#Pass${i}`)).json().code).toBe('INVALID_CREDENTIALS');
    const fifth = await signInRaw(username, 'Wrong#Pass5');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('ACCOUNT_LOCKED');
    const sixth = await signInRaw(username, TEST_PASSWORD);
    expect(sixth.statusCode).toBe(423);
    expect(sixth.json().details.lockedUntil).toBe(new Date(t.clock.now.getTime() + 30 * 60_000).toISOString());
    t.clock.advanceMinutes(29);
    expect((await signInRaw(username, TEST_PASSWORD)).statusCode).toBe(423);
    t.clock.advanceMinutes(2);
    expect((await signInRaw(username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('counts down the attempts left before the lock, for an unknown name as for a known one', async () => {
    const { username } = await t.createAccount({ role: 'volunteer', regionCode: CHENGQIAO });
    const known: unknown[] = [];
    const unknown: unknown[] = [];
    for (let i = 1; i <= 4; i++) {
      known.push((await signInRaw(username, `Wrong#Pass${i}`)).json().details.remainingAttempts);
      unknown.push((await signInRaw('nobody-counted', `Wrong#Pass${i}`)).json().details.remainingAttempts);
    }
    expect(known).toEqual([4, 3, 2, 1]);
    expect(unknown).toEqual(known);
    const locked = await signInRaw(username, 'Wrong#Pass5');
    expect(locked.json().code).toBe('ACCOUNT_LOCKED');
    expect(locked.json().details.remainingAttempts).toBeUndefined();
  });

  it('locks an unknown name the same way, so a lock reveals nothing', async () => {
    for (let i = 1; i <= 5; i++) await signInRaw('ghost-user', `Wrong#Pass${i}`);
    const response = await signInRaw('ghost-user', 'Any#Password1');
    expect(response.statusCode).toBe(423);
    expect(response.json().code).toBe('ACCOUNT_LOCKED');
  });

  it('resets the failure count after a success', async () => {
    const { username } = await t.createAccount({ role: 'volunteer', regionCode: CHENGQIAO });
    for (let i = 1; i <= 4; i++) await signInRaw(username, `Wrong#Pass${i}`);
    expect((await signInRaw(username, TEST_PASSWORD)).statusCode).toBe(200);
    for (let i = 1; i <= 4; i++) expect((await signInRaw(username, `Wrong#Pass${i}`)).statusCode).toBe(401);
  });

  it('gives a new session id at every sign-in and ends the one the browser had', async () => {
    const { username } = await t.createAccount({ role: 'volunteer', regionCode: CHENGQIAO });
    const other = await t.signIn(username);
    const first = await signInRaw(username, TEST_PASSWORD);
    const firstCookie = first.cookies.find((c) => c.name === 'jc_session')?.value ?? '';
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'x-csrf-token': first.json().csrfToken },
      cookies: { jc_session: firstCookie },
      payload: { username, password: TEST_PASSWORD },
    });
    expect(second.statusCode).toBe(200);
    const secondCookie = second.cookies.find((c) => c.name === 'jc_session')?.value;
    expect(secondCookie).toBeDefined();
    expect(secondCookie).not.toBe(firstCookie);
    const old = await t.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { jc_session: firstCookie } });
    expect(old.statusCode).toBe(401);
    // A session in another browser is not this browser's to end.
    expect((await other.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('rejects a sign-in without the CSRF header', async () => {
    const { username } = await t.createAccount({ role: 'volunteer', regionCode: CHENGQIAO });
    const response = await signInRaw(username, TEST_PASSWORD, {});
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_REJECTED');
  });

  it('answers bad input with 400 and field errors', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'x-csrf-token': 'none' },
      payload: { username: '' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
    expect(Object.keys(response.json().details.fieldErrors).sort()).toEqual(['password', 'username']);
  });
});

describe('sessions', () => {
  it('ends after 30 idle minutes and says the session expired', async () => {
    const agent = await t.as('volunteer', CHENGQIAO);
    t.clock.advanceMinutes(29);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
    t.clock.advanceMinutes(29);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
    t.clock.advanceMinutes(31);
    const response = await agent.get('/api/auth/me');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('SESSION_EXPIRED');
  });

  it('ends 12 hours after sign-in however busy the user is', async () => {
    const agent = await t.as('volunteer', CHENGQIAO);
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      t.clock.advanceMinutes(20);
      expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
    }
    t.clock.advanceMinutes(20);
    expect((await agent.get('/api/auth/me')).json().code).toBe('SESSION_EXPIRED');
  });

  it('requires the session CSRF token on state changes', async () => {
    const agent = await t.as('volunteer', CHENGQIAO);
    const missing = await agent.request({ method: 'POST', url: '/api/auth/sign-out', headers: { 'x-csrf-token': '' } });
    expect(missing.json().code).toBe('CSRF_REJECTED');
    const wrong = await agent.request({ method: 'POST', url: '/api/auth/sign-out', headers: { 'x-csrf-token': 'forged' } });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe('CSRF_REJECTED');
    expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('signs out: the session ends and the sign-out is audited', async () => {
    const agent = await t.as('volunteer', CHENGQIAO);
    expect((await agent.post('/api/auth/sign-out')).statusCode).toBe(200);
    expect((await agent.get('/api/auth/me')).json().code).toBe('SESSION_EXPIRED');
    expect(await auditRows('auth.sign_out', agent.username)).toHaveLength(1);
  });

  it('ends the sessions of a deactivated account', async () => {
    const admin = await t.as('district_admin', DISTRICT);
    const { id, username } = await t.createAccount({ role: 'volunteer', regionCode: CHENGQIAO });
    const agent = await t.signIn(username);
    expect((await admin.post(`/api/staff/${id}/deactivate`, { version: 1 })).statusCode).toBe(200);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(401);
  });
});

describe('POST /api/auth/password', () => {
  it.each([
    ['too short', 'Ab#1'],
    ['too few classes', 'alllowercaseletters'],
    ['common', 'Password123!'],
    ['contains the user name', 'Pw#-passuser-9'],
  ])('refuses a new password that is %s', async (_case, newPassword) => {
    const { username } = await t.createAccount({
      role: 'volunteer',
      regionCode: CHENGQIAO,
      username: `passuser${Math.random().toString(36).slice(2, 6)}`,
    });
    const agent = await t.signIn(username);
    const password = newPassword.replace('passuser', username);
    const response = await agent.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: password });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('PASSWORD_POLICY');
    expect(response.json().details.fieldErrors.newPassword.length).toBeGreaterThan(0);
  });

  it('refuses a wrong current password on its field', async () => {
    const agent = await t.as('volunteer', CHENGQIAO);
    const response = await agent.post('/api/auth/password', { currentPassword: 'Not#Mine2026', newPassword: 'Fresh#Garden2026' });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().details.fieldErrors)).toEqual(['currentPassword']);
  });

  it('refuses any of the last 5 passwords and accepts the 6th back', async () => {
    const { username } = await t.createAccount({ role: 'volunteer', regionCode: CHENGQIAO });
    let agent = await t.signIn(username);
    const passwords = [TEST_PASSWORD, 'Rural#Route2027', 'Island#Ferry2028', 'Crab#Season2029', 'Reed#Marsh2030'];
    for (let i = 1; i < passwords.length; i++) {
      const response = await agent.post('/api/auth/password', { currentPassword: passwords[i - 1], newPassword: passwords[i] });
      expect(response.statusCode).toBe(200);
      agent = await t.signIn(username, passwords[i]);
    }
    for (const old of passwords.slice(0, 4)) {
      const reused = await agent.post('/api/auth/password', { currentPassword: passwords[4], newPassword: old });
      expect(reused.json().code).toBe('PASSWORD_POLICY');
    }
    expect((await agent.post('/api/auth/password', { currentPassword: passwords[4], newPassword: 'Orange#Grove2031' })).statusCode).toBe(
      200,
    );
    agent = await t.signIn(username, 'Orange#Grove2031');
    // The first password is now six back: allowed again.
    expect((await agent.post('/api/auth/password', { currentPassword: 'Orange#Grove2031', newPassword: TEST_PASSWORD })).statusCode).toBe(
      200,
    );
  });

  it('ends the other sessions of the account and keeps the one that changed it', async () => {
    const { username } = await t.createAccount({ role: 'volunteer', regionCode: CHENGQIAO });
    const other = await t.signIn(username);
    const agent = await t.signIn(username);
    const response = await agent.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Fresh#Garden2026' });
    expect(response.statusCode).toBe(200);
    expect((await other.get('/api/auth/me')).statusCode).toBe(401);
    const newCookie = response.cookies.find((c) => c.name === 'jc_session')?.value ?? '';
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { jc_session: newCookie } })).statusCode).toBe(200);
    expect(await auditRows('auth.change_password', username)).toHaveLength(1);
  });
});

describe('first run', () => {
  it('creates a district administrator who must change the one-time password before anything else', async () => {
    const password = await t.services.accounts.setup.ensureFirstAdmin(systemContext('first-run', t.clock.now), DISTRICT);
    // Accounts already exist in this database, so none is created…
    expect(password).toBeNull();
    const fresh = await buildTestApp();
    try {
      const oneTime = await fresh.services.accounts.setup.ensureFirstAdmin(systemContext('first-run', fresh.clock.now), DISTRICT);
      expect(oneTime).toMatch(/^.{14}$/);
      fresh.clock.advanceMinutes(1);
      const admin = await fresh.signIn(FIRST_ADMIN_USERNAME, oneTime ?? '');
      const me = MeSchema.parse((await admin.get('/api/auth/me')).json());
      expect(me.mustChangePassword).toBe(true);
      const blocked = await admin.get('/api/sites');
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
      const changed = await admin.post('/api/auth/password', { currentPassword: oneTime, newPassword: 'District#Bureau2026' });
      expect(changed.statusCode).toBe(200);
      const again = await fresh.signIn(FIRST_ADMIN_USERNAME, 'District#Bureau2026');
      expect((await again.get('/api/sites')).statusCode).toBe(200);
    } finally {
      await fresh.close();
    }
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 RATE_LIMITED past the per-minute limit', async () => {
    const limited = await buildTestApp({ SIGN_IN_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const response = await limited.app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          headers: { 'x-csrf-token': 'none' },
          payload: { username: `u${i}x`, password: 'x' },
        });
        statuses.push(response.statusCode);
        if (response.statusCode === 429) expect(response.json().code).toBe('RATE_LIMITED');
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});
