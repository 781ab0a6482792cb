import { ResidentPageSchema, StaffPageSchema } from '@jobcircle/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, buildTestApp, CHENGQIAO, CHENGQIAO_VILLAGE, DISTRICT, type TestApp } from '../../test/build-test-app.ts';
import { idNumberFor, residentBody, stationBody } from '../../test/factories.ts';

// Least privilege by region below the village: an account placed on a grid sees its grid's people
// (and the village's unassigned ones), never a neighbouring grid's; and every state change needs the
// session's CSRF token, business routes included.

const GRID_1 = `${CHENGQIAO_VILLAGE}-01`;
const GRID_2 = `${CHENGQIAO_VILLAGE}-02`;

let t: TestApp;
let district: Agent;
let onGrid1: Agent;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp();
  district = await t.as('district_admin', DISTRICT);
  for (const [code, name] of [
    [GRID_1, '一网格'],
    [GRID_2, '二网格'],
  ] as const) {
    expect((await district.post('/api/grids', { code, name })).statusCode).toBe(201);
  }
  for (const [key, gridCode, order] of [
    ['grid1', GRID_1, 201],
    ['grid2', GRID_2, 202],
    ['unassigned', null, 203],
  ] as const) {
    const created = await district.post(
      '/api/residents',
      residentBody(CHENGQIAO, CHENGQIAO_VILLAGE, {
        idNumber: idNumberFor(order),
        name: `网格${key}`,
        mobile: `1391600${order}0`,
        gridCode,
      }),
    );
    expect(created.statusCode).toBe(201);
    ids[key] = created.json().id;
  }
  onGrid1 = await t.as('volunteer', GRID_1);
});
afterAll(() => t.close());

describe('an account placed on a grid', () => {
  it('lists its grid’s residents and the village’s unassigned ones, not the neighbouring grid’s', async () => {
    const page = ResidentPageSchema.parse((await onGrid1.get('/api/residents?pageSize=100')).json());
    expect(page.items.map((r) => r.id).sort()).toEqual([ids.grid1, ids.unassigned].sort());
  });

  it('gets 404 for a resident of the neighbouring grid, and cannot edit it', async () => {
    expect((await onGrid1.get(`/api/residents/${ids.grid2}`)).statusCode).toBe(404);
    expect((await onGrid1.get(`/api/residents/${ids.grid1}`)).statusCode).toBe(200);
  });

  it('sees only its grid in the region tree', async () => {
    const tree = (await onGrid1.get('/api/regions/tree')).json();
    const grids = tree.children[0].children[0].children.map((g: { code: string }) => g.code);
    expect(grids).toEqual([GRID_1]);
  });

  it('is kept out of the staff list (no permission) while the town admin sees the grid account', async () => {
    expect((await onGrid1.get('/api/staff')).statusCode).toBe(403);
    const town = await t.as('town_admin', CHENGQIAO);
    const staff = StaffPageSchema.parse((await town.get('/api/staff?pageSize=100')).json());
    expect(staff.items.find((s) => s.username === onGrid1.username)).toMatchObject({ regionLevel: 'grid', regionCode: GRID_1 });
  });
});

describe('CSRF on business routes', () => {
  it('refuses a mutation without the header or with another session’s token, and writes nothing', async () => {
    const before = (await district.get('/api/sites?pageSize=1')).json().total;
    const body = stationBody(CHENGQIAO, { name: '无令牌站' });
    const missing = await district.request({ method: 'POST', url: '/api/sites', payload: body, headers: { 'x-csrf-token': '' } });
    expect({ status: missing.statusCode, code: missing.json().code }).toEqual({ status: 403, code: 'CSRF_REJECTED' });
    const other = await t.as('district_admin', DISTRICT);
    const foreign = await district.request({
      method: 'POST',
      url: '/api/sites',
      payload: body,
      headers: { 'x-csrf-token': other.csrfToken },
    });
    expect({ status: foreign.statusCode, code: foreign.json().code }).toEqual({ status: 403, code: 'CSRF_REJECTED' });
    expect((await district.get('/api/sites?pageSize=1')).json().total).toBe(before);
    expect((await district.post('/api/sites', body)).statusCode).toBe(201);
  });
});
