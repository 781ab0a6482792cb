import { GridPageSchema, type RegionNode, RegionNodeSchema } from '@jobcircle/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Agent,
  BAOZHEN,
  BAOZHEN_VILLAGE,
  buildTestApp,
  CHENGQIAO,
  CHENGQIAO_VILLAGE,
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

function count(node: RegionNode, level: RegionNode['level']): number {
  return (node.level === level ? 1 : 0) + node.children.reduce((n, child) => n + count(child, level), 0);
}

describe('GET /api/regions/tree', () => {
  it('gives the district admin the whole real tree: 21 township-level units and 361 village-level units', async () => {
    const tree = RegionNodeSchema.parse((await district.get('/api/regions/tree')).json());
    expect(tree.name).toBe('崇明区');
    expect(count(tree, 'town')).toBe(21);
    expect(count(tree, 'village')).toBe(361);
    expect(tree.children.filter((town) => town.isStatistical).map((town) => town.name)).toEqual([
      '前卫农场',
      '东平林场',
      '上实现代农业园区',
    ]);
  });

  it('cuts the tree to a town admin’s town', async () => {
    const tree = RegionNodeSchema.parse((await chengqiaoAdmin.get('/api/regions/tree')).json());
    expect(tree.children.map((town) => town.code)).toEqual([CHENGQIAO]);
  });
});

describe('grids', () => {
  it('creates a grid under a village with its responsible staff member, and shows it in the tree', async () => {
    const { id: staffId } = await t.createAccount({ role: 'point_staff', regionCode: CHENGQIAO_VILLAGE });
    const response = await chengqiaoAdmin.post('/api/grids', {
      code: `${CHENGQIAO_VILLAGE}-01`,
      name: '第一网格',
      responsibleStaffId: staffId,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ villageCode: CHENGQIAO_VILLAGE, townCode: CHENGQIAO, responsibleStaffId: staffId });
    const tree = RegionNodeSchema.parse((await chengqiaoAdmin.get('/api/regions/tree')).json());
    expect(count(tree, 'grid')).toBe(1);
    const audit = await t.database.db.selectFrom('audit_logs').select('action').where('entity_id', '=', response.json().id).execute();
    expect(audit.map((row) => row.action)).toEqual(['grid.create']);
  });

  it('refuses a duplicate code, a code of another town and a responsible person out of scope', async () => {
    await chengqiaoAdmin.post('/api/grids', { code: `${CHENGQIAO_VILLAGE}-02`, name: '第二网格' });
    const duplicate = await chengqiaoAdmin.post('/api/grids', { code: `${CHENGQIAO_VILLAGE}-02`, name: '重复' });
    expect(duplicate.statusCode).toBe(409);
    const elsewhere = await chengqiaoAdmin.post('/api/grids', { code: `${BAOZHEN_VILLAGE}-01`, name: '堡镇网格' });
    expect(elsewhere.statusCode).toBe(403);
    const { id: baozhenStaff } = await t.createAccount({ role: 'station_staff', regionCode: BAOZHEN });
    const outsider = await chengqiaoAdmin.post('/api/grids', {
      code: `${CHENGQIAO_VILLAGE}-03`,
      name: '第三网格',
      responsibleStaffId: baozhenStaff,
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().details.fieldErrors.responsibleStaffId).toBeDefined();
  });

  it('lists grids in scope only, renames with the version, deactivates and reactivates', async () => {
    const created = await district.post('/api/grids', { code: `${BAOZHEN_VILLAGE}-05`, name: '堡镇五网格' });
    await district.post('/api/grids', { code: `${CHENGQIAO_VILLAGE}-05`, name: '城桥五网格' });
    const mine = GridPageSchema.parse((await chengqiaoAdmin.get('/api/grids')).json());
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.map((grid) => grid.townCode)).not.toContain(BAOZHEN);
    expect(mine.items.every((grid) => grid.townCode === CHENGQIAO)).toBe(true);
    const renamed = await district.patch(`/api/grids/${created.json().id}`, { version: 1, name: '堡镇五网格（新）' });
    expect(renamed.json().version).toBe(2);
    expect((await district.patch(`/api/grids/${created.json().id}`, { version: 1, name: 'x' })).statusCode).toBe(409);
    const off = await district.post(`/api/grids/${created.json().id}/deactivate`, { version: 2 });
    expect(off.json().isActive).toBe(false);
    expect((await chengqiaoAdmin.patch(`/api/grids/${created.json().id}`, { version: 3, name: 'y' })).statusCode).toBe(404);
    expect((await chengqiaoAdmin.post(`/api/grids/${created.json().id}/reactivate`, { version: 3 })).statusCode).toBe(404);
    const on = await district.post(`/api/grids/${created.json().id}/reactivate`, { version: 3 });
    expect(on.json()).toMatchObject({ isActive: true, version: 4 });
  });

  it('places a volunteer on a grid: the volunteer sees that grid only', async () => {
    const grid = await chengqiaoAdmin.post('/api/grids', { code: `${CHENGQIAO_VILLAGE}-09`, name: '第九网格' });
    const created = await chengqiaoAdmin.post('/api/staff', {
      username: 'grid-volunteer',
      displayName: '网格志愿者',
      role: 'volunteer',
      position: 'volunteer',
      isFullTime: false,
      regionCode: `${CHENGQIAO_VILLAGE}-09`,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().staff).toMatchObject({ regionLevel: 'grid', regionName: '第九网格' });
    const volunteer = await t.signIn('grid-volunteer', created.json().oneTimePassword);
    await volunteer.post('/api/auth/password', { currentPassword: created.json().oneTimePassword, newPassword: 'Grid#Helper2026' });
    const agent = await t.signIn('grid-volunteer', 'Grid#Helper2026');
    const tree = RegionNodeSchema.parse((await agent.get('/api/regions/tree')).json());
    expect(tree.children[0]?.children[0]?.children.map((g) => g.code)).toEqual([grid.json().code]);
  });
});
