import { SitePageSchema, SiteSchema } from '@jobcircle/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Agent,
  BAOZHEN,
  BAOZHEN_VILLAGE,
  buildTestApp,
  CHENGQIAO,
  CHENGQIAO_VILLAGE,
  CHENGQIAO_VILLAGE_2,
  DISTRICT,
  type TestApp,
} from '../../test/build-test-app.ts';
import { createSite, pointBody, stationBody } from '../../test/factories.ts';

let t: TestApp;
let district: Agent;
let chengqiaoAdmin: Agent;
let baozhenSite: { id: string; version: number };
let chengqiaoStation: { id: string; version: number };

beforeAll(async () => {
  t = await buildTestApp();
  district = await t.as('district_admin', DISTRICT);
  chengqiaoAdmin = await t.as('town_admin', CHENGQIAO);
  baozhenSite = await createSite(district, stationBody(BAOZHEN, { name: '堡镇就业服务站' }));
  chengqiaoStation = await createSite(district, stationBody(CHENGQIAO, { name: '城桥镇就业服务站' }));
});
afterAll(() => t.close());

async function auditActions(entityId: string) {
  const rows = await t.database.db.selectFrom('audit_logs').select('action').where('entity_id', '=', entityId).orderBy('seq').execute();
  return rows.map((row) => row.action);
}

describe('sites and scope', () => {
  it('gives a town admin of 城桥镇 a 404 for a site of 堡镇', async () => {
    const response = await chengqiaoAdmin.get(`/api/sites/${baozhenSite.id}`);
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOT_FOUND');
    expect((await chengqiaoAdmin.patch(`/api/sites/${baozhenSite.id}`, { version: 1, name: '改名' })).statusCode).toBe(404);
    expect((await chengqiaoAdmin.post(`/api/sites/${baozhenSite.id}/deactivate`, { version: 1 })).statusCode).toBe(404);
  });

  it('never lists another town’s site, even when asked for that town', async () => {
    const all = SitePageSchema.parse((await chengqiaoAdmin.get('/api/sites?pageSize=100')).json());
    expect(all.items.map((site) => site.townCode)).not.toContain(BAOZHEN);
    expect(all.items.some((site) => site.id === chengqiaoStation.id)).toBe(true);
    const asked = SitePageSchema.parse((await chengqiaoAdmin.get(`/api/sites?townCode=${BAOZHEN}`)).json());
    expect(asked.total).toBe(0);
  });

  it('shows a point worker only the sites of the worker’s village', async () => {
    const point = await createSite(district, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE, { parentSiteId: chengqiaoStation.id }));
    const other = await createSite(district, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE_2));
    const worker = await t.as('point_staff', CHENGQIAO_VILLAGE, { siteId: point.id });
    const page = SitePageSchema.parse((await worker.get('/api/sites')).json());
    expect(page.items.map((site) => site.id)).toEqual([point.id]);
    expect((await worker.get(`/api/sites/${other.id}`)).statusCode).toBe(404);
    expect((await worker.get(`/api/sites/${chengqiaoStation.id}`)).statusCode).toBe(404);
  });

  it('refuses a volunteer who tries to create a site (403)', async () => {
    const volunteer = await t.as('volunteer', CHENGQIAO_VILLAGE);
    const response = await volunteer.post('/api/sites', pointBody(CHENGQIAO, CHENGQIAO_VILLAGE));
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('FORBIDDEN');
  });

  it('refuses a town admin who creates a site in another town', async () => {
    const response = await chengqiaoAdmin.post('/api/sites', stationBody(BAOZHEN));
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('REGION_OUT_OF_SCOPE');
    expect(response.json().details.fieldErrors.townCode).toBeDefined();
  });

  it('answers 401 without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/sites' });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('UNAUTHENTICATED');
  });
});

describe('site rules', () => {
  it('refuses a station missing a basic item, naming the field', async () => {
    const response = await district.post(
      '/api/sites',
      stationBody(CHENGQIAO, { serviceItems: [1, 2, 3, 4, 5, 7, 11, 16, 17, 18, 19, 21] }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
    expect(response.json().details.fieldErrors.serviceItems[0]).toContain('22');
  });

  it('refuses an update that drops a station’s basic item', async () => {
    const site = await createSite(district, stationBody(CHENGQIAO));
    const response = await district.patch(`/api/sites/${site.id}`, { version: site.version, serviceItems: [1, 2, 3] });
    expect(response.statusCode).toBe(400);
    expect(response.json().details.fieldErrors.serviceItems).toBeDefined();
  });

  it('refuses a station without reception and self-service zones', async () => {
    const response = await district.post('/api/sites', stationBody(CHENGQIAO, { zones: ['activity'] }));
    expect(response.json().details.fieldErrors.zones).toBeDefined();
  });

  it('requires a point to sit in a village of its town', async () => {
    const missing = await district.post('/api/sites', pointBody(CHENGQIAO, CHENGQIAO_VILLAGE, { villageCode: null }));
    expect(missing.json().details.fieldErrors.villageCode).toBeDefined();
    const elsewhere = await district.post('/api/sites', pointBody(CHENGQIAO, BAOZHEN_VILLAGE));
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().details.fieldErrors.villageCode).toEqual(['该村居不属于所选乡镇']);
  });

  it('keeps the unified marks on the public name and stores coordinates as given', async () => {
    const site = SiteSchema.parse((await district.get(`/api/sites/${chengqiaoStation.id}`)).json());
    expect(site.publicName).toBe('15分钟就业服务圈·崇心乐业 城桥镇就业服务站');
    expect([site.lng, site.lat]).toEqual([121.4, 31.6]);
  });

  it('updates with the version it read and refuses a stale version with 409', async () => {
    const site = await createSite(district, stationBody(CHENGQIAO, { name: '版本测试站' }));
    const first = await district.patch(`/api/sites/${site.id}`, { version: 1, address: '新地址 2 号' });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await chengqiaoAdmin.patch(`/api/sites/${site.id}`, { version: 1, address: '旧版本的修改' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    expect((await district.get(`/api/sites/${site.id}`)).json().address).toBe('新地址 2 号');
  });

  it('writes an audit row for each mutation', async () => {
    const site = await createSite(district, stationBody(CHENGQIAO, { name: '审计测试站' }));
    await district.patch(`/api/sites/${site.id}`, { version: 1, name: '审计测试站（改）' });
    await district.post(`/api/sites/${site.id}/deactivate`, { version: 2 });
    await district.post(`/api/sites/${site.id}/reactivate`, { version: 3 });
    expect(await auditActions(site.id)).toEqual(['site.create', 'site.update', 'site.deactivate', 'site.reactivate']);
  });

  it('shows an active site’s public page without sign-in, and hides it once deactivated', async () => {
    const site = await createSite(district, stationBody(CHENGQIAO, { name: '公开页测试站' }));
    const open = await t.app.inject({ method: 'GET', url: `/api/public/sites/${site.id}` });
    expect(open.statusCode).toBe(200);
    expect(open.json()).not.toHaveProperty('staffing');
    await district.post(`/api/sites/${site.id}/deactivate`, { version: 1 });
    expect((await t.app.inject({ method: 'GET', url: `/api/public/sites/${site.id}` })).statusCode).toBe(404);
  });
});

describe('staffing flag', () => {
  it('flags a station without a full-time community worker, and clears it when one joins', async () => {
    const site = await createSite(district, stationBody(CHENGQIAO, { name: '配备测试站' }));
    expect((await district.get(`/api/sites/${site.id}`)).json().staffing.status).toBe('understaffed');
    const volunteer = await district.post('/api/staff', {
      username: 'staffing-volunteer',
      displayName: '志愿者甲',
      role: 'volunteer',
      position: 'volunteer',
      isFullTime: false,
      siteId: site.id,
      regionCode: CHENGQIAO_VILLAGE,
    });
    expect(volunteer.statusCode).toBe(201);
    expect((await district.get(`/api/sites/${site.id}`)).json().staffing).toMatchObject({ status: 'understaffed', volunteers: 1 });
    const worker = await district.post('/api/staff', {
      username: 'staffing-worker',
      displayName: '专职社工乙',
      role: 'station_staff',
      position: 'full_time_community_worker',
      isFullTime: true,
      siteId: site.id,
      regionCode: CHENGQIAO,
    });
    expect((await district.get(`/api/sites/${site.id}`)).json().staffing).toMatchObject({ status: 'ok', fullTimeCommunityWorkers: 1 });
    const listed = SitePageSchema.parse((await district.get('/api/sites?staffing=understaffed&pageSize=100')).json());
    expect(listed.items.some((s) => s.id === site.id)).toBe(false);
    await district.post(`/api/staff/${worker.json().staff.id}/deactivate`, { version: 1 });
    expect((await district.get(`/api/sites/${site.id}`)).json().staffing.status).toBe('understaffed');
  });

  it('marks outposts as having no staffing rule', async () => {
    const outpost = await district.post(
      '/api/sites',
      stationBody(CHENGQIAO, { kind: 'outpost', name: '商圈就业小店', zones: [], serviceItems: [3, 7], outpostSetting: 'mall' }),
    );
    expect(outpost.statusCode).toBe(201);
    expect(outpost.json().staffing.status).toBe('not_required');
  });
});

describe('GET /api/sites filters, sort and paging', () => {
  it('filters by kind and by service item, sorts by name and pages on the server', async () => {
    const sub = await createSite(district, stationBody(BAOZHEN, { kind: 'substation', name: '堡镇分站', serviceItems: [1, 24] }));
    const byItem = SitePageSchema.parse((await district.get('/api/sites?serviceItem=24')).json());
    expect(byItem.items.map((s) => s.id)).toEqual([sub.id]);
    const byKind = SitePageSchema.parse((await district.get('/api/sites?kind=substation')).json());
    expect(byKind.items.map((s) => s.id)).toContain(sub.id);
    expect(byKind.items.every((s) => s.kind === 'substation')).toBe(true);
    const page1 = SitePageSchema.parse((await district.get('/api/sites?sort=name&order=desc&pageSize=2&page=1')).json());
    const page2 = SitePageSchema.parse((await district.get('/api/sites?sort=name&order=desc&pageSize=2&page=2')).json());
    expect(page1.items).toHaveLength(2);
    expect(page1.total).toBeGreaterThan(3);
    const names = [...page1.items, ...page2.items].map((s) => s.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    expect(new Set([...page1.items, ...page2.items].map((s) => s.id)).size).toBe(4);
    const past = SitePageSchema.parse((await district.get('/api/sites?kind=substation&page=99')).json());
    expect(past).toMatchObject({ items: [], total: byKind.total, page: 99 });
  });

  it('searches by a fragment of the name, taking % and _ literally', async () => {
    await createSite(district, stationBody(CHENGQIAO, { name: '四滧村就业服务站' }));
    const found = SitePageSchema.parse((await district.get(`/api/sites?q=${encodeURIComponent('滧')}`)).json());
    expect(found.items.map((s) => s.name)).toEqual(['四滧村就业服务站']);
    expect(SitePageSchema.parse((await district.get('/api/sites?q=%25')).json()).total).toBe(0);
  });
});
