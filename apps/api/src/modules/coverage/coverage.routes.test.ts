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
import { createSite, idNumberFor, residentBody, stationBody } from '../../test/factories.ts';

/**
 * Hand-worked: a station at P = (121.5, 31.7); 南门居委会 placed exactly 1 000 m north of it (15.000
 * minutes on foot: 1 km × 1.125 ÷ 4.5 km/h), 花园弄居委会 1 001 m north (15.015 minutes). The other
 * villages of 城桥镇 are not placed: they count at the town seat (121.39335, 31.62988), ≈ 12.9 km from
 * P, approximate. A station on 长兴岛 sits 22 m from 城中居委会 (placed on 崇明岛's side): it never covers it.
 */
const METRES_PER_DEGREE_LAT = (6371.0088 * 1000 * Math.PI) / 180;
const P = { lng: 121.5, lat: 31.7 };
const north = (metres: number) => ({ lng: P.lng, lat: P.lat + metres / METRES_PER_DEGREE_LAT });
const XINCHONG = '310151101003'; // 新崇居委会 (城桥镇), official population only, at the town seat
const CHENGZHONG = '310151101004'; // 城中居委会 (城桥镇)
const CHANGXING = '310151116';

let t: TestApp;
let district: Agent;
let townAdmin: Agent;
let stationId: string;
let changxingId: string;
beforeAll(async () => {
  t = await buildTestApp();
  district = await t.as('district_admin', DISTRICT);
  townAdmin = await t.as('town_admin', CHENGQIAO);
  stationId = (await createSite(district, stationBody(CHENGQIAO, { name: 'P 站', lng: P.lng, lat: P.lat }))).id;
  changxingId = (await createSite(district, stationBody(CHANGXING, { name: '长兴站', lng: 121.69, lat: 31.4449 }))).id;
});
afterAll(() => t.close());

function putCentre(agent: Agent, villageCode: string, body: Record<string, unknown>) {
  return agent.request({ method: 'PUT', url: `/api/coverage/village-centres/${villageCode}`, payload: body });
}

function csvImport(agent: Agent, kind: string, csv: string, preview = false) {
  return agent.post(`/api/coverage/imports/${kind}${preview ? '/preview' : ''}`, { csv });
}

type Village = { villageCode: string; covered: boolean; minutes: number | null; approximate: boolean; nearestSiteId: string | null };

describe('village centres', () => {
  it('places centres at 1 000 m and 1 001 m from the station, audited; a second first placement conflicts', async () => {
    const first = await putCentre(district, CHENGQIAO_VILLAGE, { ...north(1000), source: '测试', version: 0 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ villageCode: CHENGQIAO_VILLAGE, townCode: CHENGQIAO, version: 1, source: '测试' });
    expect((await putCentre(townAdmin, CHENGQIAO_VILLAGE_2, { ...north(1001), version: 0 })).statusCode).toBe(200);
    expect((await putCentre(district, CHENGZHONG, { lng: 121.69, lat: 31.4451, version: 0 })).statusCode).toBe(200);
    expect((await putCentre(district, CHENGQIAO_VILLAGE, { ...north(1000), version: 0 })).json().code).toBe('VERSION_CONFLICT');
    const audit = await t.database.db
      .selectFrom('audit_logs')
      .select(['action', 'entity_id'])
      .where('action', 'like', 'village_centre.%')
      .orderBy('seq')
      .execute();
    expect(audit.map((row) => row.entity_id)).toEqual([CHENGQIAO_VILLAGE, CHENGQIAO_VILLAGE_2, CHENGZHONG]);
  });

  it('refuses a point outside the district on its fields, another town’s village (404) and staff without coverage:plan (403)', async () => {
    const outside = await putCentre(district, BAOZHEN_VILLAGE, { lng: 121.47, lat: 31.23, version: 0 });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().details.fieldErrors).toHaveProperty('lng');
    expect((await putCentre(townAdmin, BAOZHEN_VILLAGE, { lng: 121.6, lat: 31.54, version: 0 })).statusCode).toBe(404);
    const unknown = await putCentre(district, '310151101999', { lng: 121.6, lat: 31.54, version: 0 });
    expect(unknown.json().details.fieldErrors).toHaveProperty('villageCode');
    const staff = await t.as('station_staff', CHENGQIAO);
    expect((await putCentre(staff, CHENGQIAO_VILLAGE, { lng: 121.6, lat: 31.54, version: 1 })).statusCode).toBe(403);
  });
});

describe('CSV imports', () => {
  it('reports bad rows by row and field and writes nothing, in the preview and on commit', async () => {
    const csv = [
      'code,longitude,latitude,source',
      `${BAOZHEN_VILLAGE},121.61,31.54,区规划资源局`,
      '310151999001,121.61,31.54,区规划资源局',
      `${XINCHONG},121.47,31.23,区规划资源局`,
      `${CHENGQIAO_VILLAGE},abc,31.6,`,
    ].join('\n');
    const preview = await csvImport(district, 'village-centres', csv, true);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ totalRows: 4, validRows: 1, written: 0 });
    expect(preview.json().errors.map((e: { row: number; field: string; code: string }) => [e.row, e.field, e.code])).toEqual([
      [3, 'code', 'village_unknown'],
      [4, 'longitude', 'outside_district'],
      [4, 'latitude', 'outside_district'],
      [5, 'source', 'required'],
      [5, 'longitude', 'invalid'],
    ]);
    const commit = await csvImport(district, 'village-centres', csv);
    expect(commit.statusCode).toBe(400);
    expect(commit.json().code).toBe('COVERAGE_IMPORT_HAS_ERRORS');
    expect(commit.json().details.report.errors).toHaveLength(5);
    const centres = (await district.get('/api/coverage/village-centres')).json();
    expect(centres.map((c: { villageCode: string }) => c.villageCode).sort()).toEqual([CHENGQIAO_VILLAGE, CHENGQIAO_VILLAGE_2, CHENGZHONG]);
  });

  it('names a missing column, and refuses a town admin’s row for another town', async () => {
    const missing = (await csvImport(district, 'village-populations', 'code,population,source\n310151101003,5,x', true)).json();
    expect(missing.errors).toEqual([expect.objectContaining({ row: 1, field: 'year', code: 'column_missing' })]);
    const other = (
      await csvImport(townAdmin, 'village-populations', `code,population,labour_force,source,year\n${BAOZHEN_VILLAGE},10,5,x,2024`, true)
    ).json();
    expect(other.errors).toEqual([expect.objectContaining({ row: 2, field: 'code', code: 'out_of_scope' })]);
  });

  it('imports official population with its source and year', async () => {
    const csv = [
      'code,population,labour_force,source,year',
      `${CHENGQIAO_VILLAGE_2},500,320,第七次全国人口普查,2020`,
      `${XINCHONG},300,,第七次全国人口普查,2020`,
      `${CHENGQIAO_VILLAGE},9000,100,第七次全国人口普查,2020`,
    ].join('\r\n');
    const response = await csvImport(district, 'village-populations', csv);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ totalRows: 3, validRows: 3, written: 3, errors: [] });
    const bad = await csvImport(
      district,
      'village-populations',
      `code,population,labour_force,source,year\n${XINCHONG},10,20,x,2020`,
      true,
    );
    expect(bad.json().errors).toEqual([expect.objectContaining({ row: 2, field: 'labour_force', code: 'invalid' })]);
  });
});

describe('coverage', () => {
  beforeAll(async () => {
    // The registry has two people in 南门居委会: it wins over the official 9 000 there.
    const one = residentBody(CHENGQIAO, CHENGQIAO_VILLAGE, {
      idNumber: idNumberFor(1),
      keyGroups: [{ group: 'graduate', source: '测试', validFrom: '2026-01-01' }],
    });
    const two = residentBody(CHENGQIAO, CHENGQIAO_VILLAGE, {
      idNumber: idNumberFor(2),
      mobile: '13916000002',
      employmentStatus: 'retired',
    });
    for (const body of [one, two]) expect((await district.post('/api/residents', body)).statusCode).toBe(201);
  });

  it('covers the village exactly at 15 minutes on foot and not the one 1 m beyond', async () => {
    const response = await district.get('/api/coverage?mode=walk&item=1');
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    const byCode = new Map<string, Village>(report.villages.map((v: Village) => [v.villageCode, v]));
    expect(byCode.get(CHENGQIAO_VILLAGE)).toMatchObject({ covered: true, minutes: 15, approximate: false, nearestSiteId: stationId });
    expect(byCode.get(CHENGQIAO_VILLAGE_2)).toMatchObject({ covered: false, minutes: 15, approximate: false, nearestSiteId: stationId });
    expect(byCode.get(XINCHONG)).toMatchObject({ covered: false, approximate: true });
    expect(report.villages).toHaveLength(361);
    expect(report.model).toMatchObject({ speedKmh: 4.5, detourFactor: 1.125 });
  });

  it('never lets the 长兴岛 station cover a 崇明岛 village 22 m away', async () => {
    const report = (await district.get('/api/coverage?mode=ebike')).json();
    const chengzhong = report.villages.find((v: Village) => v.villageCode === CHENGZHONG);
    expect(chengzhong.covered).toBe(false);
    expect(chengzhong.nearestSiteId).toBe(stationId);
    const changxingVillage = report.villages.find((v: Village & { townCode: string }) => v.townCode === CHANGXING);
    expect(changxingVillage.nearestSiteId).toBe(changxingId);
  });

  it('counts the registry where it has people, the official figure elsewhere, and the share on approximate positions', async () => {
    const report = (await townAdmin.get('/api/coverage?mode=walk&item=1')).json();
    const nanmen = report.villages.find((v: Village) => v.villageCode === CHENGQIAO_VILLAGE);
    expect(nanmen).toMatchObject({
      populationSource: 'registry',
      population: 2,
      labourForce: 1,
      keyGroups: [{ keyGroup: 'graduate', count: 1 }],
    });
    const huayuan = report.villages.find((v: Village) => v.villageCode === CHENGQIAO_VILLAGE_2);
    expect(huayuan).toMatchObject({ populationSource: 'official', population: 500, labourForce: 320 });
    // 2 (covered, placed) + 500 (placed) + 300 (approximate, at the seat): 802 people.
    expect(report.figures).toMatchObject({ population: 802, coveredPopulation: 2, labourForce: 321, coveredLabourForce: 1 });
    expect(report.figures.approximateShare).toBeCloseTo(300 / 802, 9);
    expect(report.figures.keyGroups.find((g: { keyGroup: string }) => g.keyGroup === 'graduate')).toEqual({
      keyGroup: 'graduate',
      total: 1,
      covered: 1,
      share: 1,
    });
    // A town admin sees their town only.
    expect(report.towns.map((town: { townCode: string }) => town.townCode)).toEqual([CHENGQIAO]);
    expect(report.villages.length).toBeGreaterThan(0);
    expect(report.villages.every((v: { townCode: string }) => v.townCode === CHENGQIAO)).toBe(true);
  });

  it('lets staff with a region read, and refuses a volunteer (403)', async () => {
    const point = await t.as('point_staff', BAOZHEN_VILLAGE);
    const report = (await point.get('/api/coverage')).json();
    expect(report.villages.map((v: Village) => v.villageCode)).toEqual([BAOZHEN_VILLAGE]);
    const volunteer = await t.as('volunteer', CHENGQIAO_VILLAGE);
    expect((await volunteer.get('/api/coverage')).statusCode).toBe(403);
  });
});

describe('the planner', () => {
  const candidates = [
    { name: '城桥镇政府', lng: 121.39335, lat: 31.62988 },
    { name: '花园弄村委会', ...north(1001) },
    { name: '远处公园', lng: 121.9, lat: 31.5 },
  ];

  it('chooses the candidate that covers the most uncovered labour force, before and after, the same plan each time', async () => {
    const body = { mode: 'walk', item: 1, k: 1, candidates };
    const response = await district.post('/api/coverage/plans', body);
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result.chosen).toEqual([
      expect.objectContaining({ index: 1, labourForce: 320, villageCodes: [CHENGQIAO_VILLAGE_2], island: 'chongming' }),
    ]);
    expect(result.after.coveredLabourForce - result.before.coveredLabourForce).toBe(320);
    expect(result).toMatchObject({ source: 'heuristic', exact: null, heuristic: { objective: 320 } });
    expect((await district.post('/api/coverage/plans', body)).json().chosen).toEqual(result.chosen);
  });

  it('solves it exactly with HiGHS and reports the heuristic’s gap', async () => {
    const result = (
      await townAdmin.post('/api/coverage/plans', { mode: 'walk', item: 1, k: 2, candidates, exact: true, timeLimitSeconds: 5 })
    ).json();
    expect(result.exact).toMatchObject({ status: 'optimal', objective: 320, gap: 0, heuristicGap: 0 });
  });

  it('exports the plan as xlsx', async () => {
    const response = await district.post('/api/coverage/plans/export', { mode: 'walk', item: 1, k: 1, candidates });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const row = workbook.worksheets[0]?.getRow(3);
    expect(row?.getCell(2).value).toBe('花园弄村委会');
    expect(row?.getCell(7).value).toBe(320);
  });

  it('lets only district and town admins plan, and names a candidate outside the district', async () => {
    const staff = await t.as('station_staff', CHENGQIAO);
    expect((await staff.post('/api/coverage/plans', { k: 1, candidates })).statusCode).toBe(403);
    expect((await staff.post('/api/coverage/plans/export', { k: 1, candidates })).statusCode).toBe(403);
    const outside = await district.post('/api/coverage/plans', { k: 1, candidates: [{ name: '人民广场', lng: 121.47, lat: 31.23 }] });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().details.fieldErrors).toHaveProperty(['candidates.0.lng']);
  });
});

describe('the nearest site', () => {
  it('answers for a point and for a resident’s village; another town’s resident is 404', async () => {
    const fromPoint = (await district.get(`/api/coverage/nearest?mode=walk&lng=${P.lng}&lat=${north(500).lat}`)).json();
    expect(fromPoint).toMatchObject({ site: { id: stationId }, minutes: 7.5, covered: true, from: { island: 'chongming' } });
    const created = await townAdmin.post(
      '/api/residents',
      residentBody(CHENGQIAO, CHENGQIAO_VILLAGE_2, { idNumber: idNumberFor(3), mobile: '13916000003' }),
    );
    const residentId = created.json().id;
    const fromResident = (await townAdmin.get(`/api/coverage/nearest?mode=walk&residentId=${residentId}`)).json();
    expect(fromResident).toMatchObject({
      site: { id: stationId },
      covered: false,
      from: { villageCode: CHENGQIAO_VILLAGE_2, approximate: false },
    });
    const baozhenAdmin = await t.as('town_admin', BAOZHEN);
    expect((await baozhenAdmin.get(`/api/coverage/nearest?residentId=${residentId}`)).statusCode).toBe(404);
    const missing = await district.get('/api/coverage/nearest?lng=121.5');
    expect(missing.json().details.fieldErrors).toHaveProperty('lat');
  });
});
