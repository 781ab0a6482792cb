import { StaffPageSchema, StaffWithPasswordSchema } from '@jobcircle/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Agent,
  BAOZHEN,
  buildTestApp,
  CHENGQIAO,
  CHENGQIAO_VILLAGE,
  CHENGQIAO_VILLAGE_2,
  DISTRICT,
  type TestApp,
} from '../../test/build-test-app.ts';

let t: TestApp;
let district: Agent;
let chengqiaoAdmin: Agent;

beforeAll(async () => {
  t = await buildTestApp();
  district = await t.as('district_admin', DISTRICT);
  chengqiaoAdmin = await t.as('town_admin', CHENGQIAO);
});
afterAll(() => t.close());

const body = (overrides: Record<string, unknown> = {}) => ({
  username: `worker-${Math.random().toString(36).slice(2, 8)}`,
  displayName: '测试人员',
  role: 'point_staff',
  position: 'service_worker',
  isFullTime: false,
  regionCode: CHENGQIAO_VILLAGE,
  ...overrides,
});

describe('POST /api/staff', () => {
  it('creates an account with a one-time password that must be changed at first sign-in', async () => {
    const response = await chengqiaoAdmin.post('/api/staff', body());
    expect(response.statusCode).toBe(201);
    const created = StaffWithPasswordSchema.parse(response.json());
    expect(created.staff.mustChangePassword).toBe(true);
    expect(created.staff.regionName).toBe((await t.services.regions.find(CHENGQIAO_VILLAGE))?.name);
    const agent = await t.signIn(created.staff.username, created.oneTimePassword);
    expect((await agent.get('/api/sites')).json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    const audit = await t.database.db.selectFrom('audit_logs').selectAll().where('entity_id', '=', created.staff.id).execute();
    expect(audit.map((row) => row.action)).toEqual(['staff.create', 'auth.sign_in']);
    expect(audit[0]?.details).not.toContain(created.oneTimePassword);
  });

  it('refuses a town admin who would create a district admin or another town admin', async () => {
    for (const role of ['district_admin', 'town_admin']) {
      const response = await chengqiaoAdmin.post(
        '/api/staff',
        body({ role, regionCode: role === 'district_admin' ? DISTRICT : CHENGQIAO }),
      );
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('ROLE_NOT_ASSIGNABLE');
    }
  });

  it('refuses an account in another town', async () => {
    const response = await chengqiaoAdmin.post('/api/staff', body({ role: 'station_staff', regionCode: BAOZHEN }));
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('REGION_OUT_OF_SCOPE');
  });

  it('refuses a region level that does not suit the role', async () => {
    const response = await district.post('/api/staff', body({ role: 'point_staff', regionCode: CHENGQIAO }));
    expect(response.statusCode).toBe(400);
    expect(response.json().details.fieldErrors.regionCode).toBeDefined();
  });

  it('refuses a user name that is taken with 409 on the field', async () => {
    const first = await district.post('/api/staff', body({ username: 'taken-name' }));
    expect(first.statusCode).toBe(201);
    const second = await district.post('/api/staff', body({ username: 'taken-name' }));
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('USERNAME_TAKEN');
    expect(second.json().details.fieldErrors.username).toBeDefined();
  });

  it('refuses a station staff member when the caller is a point worker (403)', async () => {
    const worker = await t.as('point_staff', CHENGQIAO_VILLAGE);
    expect((await worker.post('/api/staff', body())).statusCode).toBe(403);
  });
});

describe('staff scope', () => {
  it('lists only the staff of the caller’s region and answers 404 beyond it', async () => {
    const baozhenWorker = await t.createAccount({ role: 'station_staff', regionCode: BAOZHEN });
    const otherVillage = await t.createAccount({ role: 'point_staff', regionCode: CHENGQIAO_VILLAGE_2 });
    const townPage = StaffPageSchema.parse((await chengqiaoAdmin.get('/api/staff?pageSize=100')).json());
    expect(townPage.items.some((s) => s.id === baozhenWorker.id)).toBe(false);
    expect(townPage.items.some((s) => s.id === otherVillage.id)).toBe(true);
    expect((await chengqiaoAdmin.get(`/api/staff/${baozhenWorker.id}`)).statusCode).toBe(404);
    const pointWorker = await t.as('point_staff', CHENGQIAO_VILLAGE);
    const villagePage = StaffPageSchema.parse((await pointWorker.get('/api/staff?pageSize=100')).json());
    expect(villagePage.items.map((s) => s.id)).toContain(pointWorker.staffId);
    expect(villagePage.items.map((s) => s.id)).not.toContain(otherVillage.id);
    expect(villagePage.items.every((s) => s.regionCode === CHENGQIAO_VILLAGE)).toBe(true);
    expect((await pointWorker.get(`/api/staff/${otherVillage.id}`)).statusCode).toBe(404);
  });

  it('keeps a volunteer out of the staff list (403)', async () => {
    const volunteer = await t.as('volunteer', CHENGQIAO_VILLAGE);
    expect((await volunteer.get('/api/staff')).statusCode).toBe(403);
  });
});

describe('staff changes', () => {
  it('does not let an admin change its own role or deactivate itself', async () => {
    const self = await t.as('district_admin', DISTRICT);
    const changeRole = await self.patch(`/api/staff/${self.staffId}`, { version: 1, role: 'volunteer', regionCode: CHENGQIAO_VILLAGE });
    expect(changeRole.statusCode).toBe(403);
    expect((await self.post(`/api/staff/${self.staffId}/deactivate`, { version: 1 })).statusCode).toBe(403);
  });

  it('does not let a town admin act on a same-town peer: the rank rule, not the region scope, refuses (403)', async () => {
    const { id, username } = await t.createAccount({ role: 'town_admin', regionCode: CHENGQIAO });
    // In scope: the peer is visible, so a 403 below can only come from the rank rule.
    expect((await chengqiaoAdmin.get(`/api/staff/${id}`)).statusCode).toBe(200);
    for (const [response, what] of [
      [await chengqiaoAdmin.patch(`/api/staff/${id}`, { version: 1, displayName: '改名' }), 'update'],
      [await chengqiaoAdmin.post(`/api/staff/${id}/deactivate`, { version: 1 }), 'deactivate'],
      [await chengqiaoAdmin.post(`/api/staff/${id}/reset-password`), 'reset-password'],
      [await chengqiaoAdmin.post(`/api/staff/${id}/unlock`), 'unlock'],
    ] as const) {
      expect({ what, status: response.statusCode, code: response.json().code }).toEqual({ what, status: 403, code: 'ROLE_NOT_ASSIGNABLE' });
    }
    // Nothing changed: the peer still signs in with the old password and keeps its name.
    expect((await t.signIn(username)).staffId).toBe(id);
    expect((await district.get(`/api/staff/${id}`)).json()).toMatchObject({ version: 1, isActive: true });
  });

  it('keeps a district admin out of a town admin’s reach (404: outside the town)', async () => {
    const { id } = await t.createAccount({ role: 'district_admin', regionCode: DISTRICT });
    expect((await chengqiaoAdmin.patch(`/api/staff/${id}`, { version: 1, displayName: '改名' })).statusCode).toBe(404);
  });

  it('reset-password gives a new one-time password and ends the account’s sessions', async () => {
    const { id, username } = await t.createAccount({ role: 'point_staff', regionCode: CHENGQIAO_VILLAGE });
    const agent = await t.signIn(username);
    t.clock.advanceMinutes(1);
    const reset = await chengqiaoAdmin.post(`/api/staff/${id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(401);
    const again = await t.signIn(username, reset.json().oneTimePassword);
    expect((await again.get('/api/auth/me')).json().mustChangePassword).toBe(true);
  });

  it('shows a locked account as locked and unlocks it', async () => {
    const { id, username } = await t.createAccount({ role: 'point_staff', regionCode: CHENGQIAO_VILLAGE });
    for (let i = 0; i < 5; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { 'x-csrf-token': 'none' },
        payload: { username, password: `Bad#Guess${i}` },
      });
    }
    expect((await chengqiaoAdmin.get(`/api/staff/${id}`)).json().isLocked).toBe(true);
    const unlocked = await chengqiaoAdmin.post(`/api/staff/${id}/unlock`);
    expect(unlocked.json().isLocked).toBe(false);
    await t.signIn(username);
  });

  it('moves a staff member to another site and refuses a site outside the member’s town', async () => {
    const station = await district.post('/api/sites', {
      kind: 'station',
      name: '堡镇站',
      townCode: BAOZHEN,
      address: '地址',
      openingHours: { periods: [] },
      zones: ['reception', 'self_service'],
      managingUnit: '中心',
      serviceItems: [1, 2, 3, 4, 5, 7, 11, 16, 17, 18, 19, 21, 22],
    });
    const { id } = await t.createAccount({ role: 'station_staff', regionCode: CHENGQIAO });
    const response = await district.patch(`/api/staff/${id}`, { version: 1, siteId: station.json().id });
    expect(response.statusCode).toBe(400);
    expect(response.json().details.fieldErrors.siteId).toBeDefined();
  });
});
