import { SERVICE_ITEM_NOS, shanghaiDate } from '@jobcircle/domain';
import ExcelJS from 'exceljs';
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
import { createSite, idNumberFor, pointBody, residentBody, stationBody } from '../../test/factories.ts';

let t: TestApp;
let admin: Agent;
let station: string;
let point: string;
let point2: string;
let baozhenPoint: string;
let resident: string;
let resident2: string;
let baozhenResident: string;
let employer: string;
let pointWorker: Agent;
let pointWorker2: Agent;
let stationWorker: Agent;
let chengqiaoAdmin: Agent;
let baozhenAdmin: Agent;
let volunteer: Agent;

async function registerResident(sequence: number, town: string, village: string): Promise<string> {
  const response = await admin.post(
    '/api/residents',
    residentBody(town, village, { idNumber: idNumberFor(sequence), name: `居民${sequence}` }),
  );
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id as string;
}

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.as('district_admin', DISTRICT);
  station = (await createSite(admin, stationBody(CHENGQIAO))).id;
  point = (await createSite(admin, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE))).id;
  point2 = (await createSite(admin, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE_2, { name: '第二服务点' }))).id;
  baozhenPoint = (await createSite(admin, pointBody(BAOZHEN, BAOZHEN_VILLAGE, { name: '堡镇服务点' }))).id;
  resident = await registerResident(1, CHENGQIAO, CHENGQIAO_VILLAGE);
  resident2 = await registerResident(2, CHENGQIAO, CHENGQIAO_VILLAGE_2);
  baozhenResident = await registerResident(3, BAOZHEN, BAOZHEN_VILLAGE);
  const employerResponse = await admin.post('/api/employers', {
    kind: 'sole_proprietor',
    name: '=城桥测试个体户',
    industryDivision: '13',
    townCode: CHENGQIAO,
    address: '城桥镇 1 号',
  });
  if (employerResponse.statusCode !== 201) throw new Error(employerResponse.body);
  employer = employerResponse.json().id;
  pointWorker = await t.as('point_staff', CHENGQIAO_VILLAGE, { siteId: point });
  pointWorker2 = await t.as('point_staff', CHENGQIAO_VILLAGE_2, { siteId: point2 });
  stationWorker = await t.as('station_staff', CHENGQIAO, { siteId: station });
  chengqiaoAdmin = await t.as('town_admin', CHENGQIAO);
  baozhenAdmin = await t.as('town_admin', BAOZHEN);
  volunteer = await t.as('volunteer', CHENGQIAO_VILLAGE, { siteId: point });
});
afterAll(() => t.close());

describe('quick entry at the desk', () => {
  it('records each of the 25 items, with the resident, the site, the staff member and the region', async () => {
    for (const itemNo of SERVICE_ITEM_NOS) {
      const response = await pointWorker.post('/api/ledger/records', { itemNo, residentId: resident, outcome: 'done' });
      expect(response.statusCode, `item ${itemNo}: ${response.body}`).toBe(201);
      expect(response.json()).toMatchObject({
        itemNo,
        residentId: resident,
        siteId: point,
        staffId: pointWorker.staffId,
        channel: 'walk_in',
        style: 'standard',
        sourceModule: 'desk',
        townCode: CHENGQIAO,
        villageCode: CHENGQIAO_VILLAGE,
      });
      expect(response.json().sourceId).toBe(response.json().id);
    }
    const list = await pointWorker.get(`/api/ledger/records?residentId=${resident}&pageSize=100`);
    expect(list.json().total).toBe(25);
    expect(new Set(list.json().items.map((r: { itemNo: number }) => r.itemNo)).size).toBe(25);
  });

  it('appends the resident timeline with the source and writes an audit row', async () => {
    const response = await pointWorker.post('/api/ledger/records', {
      itemNo: 3,
      residentId: resident,
      outcome: 'in_progress',
      note: '咨询灵活就业补贴',
    });
    const id = response.json().id;
    const timeline = await t.database.db.selectFrom('resident_timeline').selectAll().where('source_id', '=', id).execute();
    expect(timeline).toHaveLength(1);
    expect(timeline[0]).toMatchObject({ resident_id: resident, kind: 'service', source_module: 'desk', actor_id: pointWorker.staffId });
    const audit = await t.database.db.selectFrom('audit_logs').selectAll().where('entity_id', '=', id).execute();
    expect(audit.map((row) => row.action)).toEqual(['service_record.create']);
    expect(audit[0]?.village_code).toBe(CHENGQIAO_VILLAGE);
  });

  it('records a service to an employer at the employer’s place, and an anonymous walk-in with a note at the site’s', async () => {
    const toEmployer = await stationWorker.post('/api/ledger/records', {
      itemNo: 4,
      employerId: employer,
      outcome: 'done',
      channel: 'home_visit',
      style: 'home',
    });
    expect(toEmployer.statusCode, toEmployer.body).toBe(201);
    expect(toEmployer.json()).toMatchObject({ employerId: employer, siteId: station, townCode: CHENGQIAO, villageCode: null });
    const anonymous = await stationWorker.post('/api/ledger/records', {
      itemNo: 3,
      outcome: 'done',
      note: '来电咨询，未留姓名',
      channel: 'phone',
    });
    expect(anonymous.statusCode).toBe(201);
    expect(anonymous.json()).toMatchObject({ residentId: null, employerId: null, townCode: CHENGQIAO, villageCode: null });
  });

  it('lets a volunteer record at their point', async () => {
    const response = await volunteer.post('/api/ledger/records', {
      itemNo: 1,
      residentId: resident,
      outcome: 'done',
      channel: 'home_visit',
      style: 'proactive',
    });
    expect(response.statusCode).toBe(201);
  });
});

describe('bad input is refused on its field', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['unknown item 26', { itemNo: 26, outcome: 'done', note: 'x' }, 'itemNo'],
    ['item 0', { itemNo: 0, outcome: 'done', note: 'x' }, 'itemNo'],
    ['a text item', { itemNo: '三', outcome: 'done', note: 'x' }, 'itemNo'],
    ['an unknown channel', { itemNo: 3, outcome: 'done', note: 'x', channel: 'fax' }, 'channel'],
    ['an unknown style', { itemNo: 3, outcome: 'done', note: 'x', style: 'vip' }, 'style'],
    ['no outcome', { itemNo: 3, note: 'x' }, 'outcome'],
    ['no one and no note', { itemNo: 3, outcome: 'done' }, 'residentId'],
    ['a bad resident id', { itemNo: 3, outcome: 'done', residentId: '42' }, 'residentId'],
    ['a negative duration', { itemNo: 3, outcome: 'done', note: 'x', durationMinutes: -5 }, 'durationMinutes'],
    ['a bad time', { itemNo: 3, outcome: 'done', note: 'x', at: 'yesterday' }, 'at'],
  ];
  it.each(cases)('%s', async (_name, payload, field) => {
    const response = await pointWorker.post('/api/ledger/records', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
    expect(Object.keys(response.json().details.fieldErrors)).toContain(field);
  });

  it('refuses a time in the future, and a staff member without a site who names none', async () => {
    const future = await pointWorker.post('/api/ledger/records', {
      itemNo: 3,
      outcome: 'done',
      note: 'x',
      at: new Date(t.clock.now.getTime() + 3_600_000).toISOString(),
    });
    expect(future.json().details.fieldErrors).toHaveProperty('at');
    const noSite = await chengqiaoAdmin.post('/api/ledger/records', { itemNo: 3, outcome: 'done', note: 'x' });
    expect(noSite.statusCode).toBe(400);
    expect(noSite.json().details.fieldErrors).toHaveProperty('siteId');
  });

  it('refuses bad filters', async () => {
    for (const [url, field] of [
      ['/api/ledger/records?itemNo=26', 'itemNo'],
      ['/api/ledger/records?from=2026-13-01', 'from'],
      ['/api/ledger/records?channel=fax', 'channel'],
      ['/api/ledger/summary?groupBy=village', 'groupBy'],
      ['/api/ledger/summary?month=2026-13', 'month'],
      ['/api/ledger/export.xlsx?townCode=12', 'townCode'],
      ['/api/ledger/records/not-an-id', 'id'],
    ] as const) {
      const response = await admin.get(url);
      expect(response.statusCode, url).toBe(400);
      expect(Object.keys(response.json().details.fieldErrors), url).toContain(field);
    }
  });
});

describe('scope', () => {
  it('gives a point worker of another village 404 for the record and the resident, and refuses to record for them', async () => {
    const record = (await pointWorker.post('/api/ledger/records', { itemNo: 7, residentId: resident, outcome: 'done' })).json();
    expect((await pointWorker2.get(`/api/ledger/records/${record.id}`)).statusCode).toBe(404);
    const foreign = await pointWorker2.post('/api/ledger/records', { itemNo: 7, residentId: resident, outcome: 'done' });
    expect(foreign.statusCode).toBe(404);
    const own = (await pointWorker2.post('/api/ledger/records', { itemNo: 7, residentId: resident2, outcome: 'done' })).json();
    const list = await pointWorker2.get('/api/ledger/records?pageSize=100');
    expect(list.json().items.map((r: { id: string }) => r.id)).toEqual([own.id]);
    expect(list.json().items.every((r: { villageCode: string }) => r.villageCode === CHENGQIAO_VILLAGE_2)).toBe(true);
    // A site outside the actor's scope is refused on the field.
    const otherSite = await pointWorker2.post('/api/ledger/records', { itemNo: 7, residentId: resident2, siteId: point, outcome: 'done' });
    expect(otherSite.statusCode).toBe(400);
    expect(otherSite.json().details.fieldErrors).toHaveProperty('siteId');
  });

  it('keeps 堡镇 from 城桥镇’s town admin and the other way round', async () => {
    const baozhenWorker = await t.as('point_staff', BAOZHEN_VILLAGE, { siteId: baozhenPoint });
    const record = (
      await baozhenWorker.post('/api/ledger/records', { itemNo: 17, residentId: baozhenResident, outcome: 'referred' })
    ).json();
    expect((await chengqiaoAdmin.get(`/api/ledger/records/${record.id}`)).statusCode).toBe(404);
    expect((await baozhenAdmin.get(`/api/ledger/records/${record.id}`)).statusCode).toBe(200);
    const chengqiaoList = await chengqiaoAdmin.get('/api/ledger/records?pageSize=100');
    expect(chengqiaoList.json().items.length).toBeGreaterThan(0);
    expect(chengqiaoList.json().items.map((r: { id: string }) => r.id)).not.toContain(record.id);
    expect(chengqiaoList.json().items.every((r: { townCode: string }) => r.townCode === CHENGQIAO)).toBe(true);
    const summary = await chengqiaoAdmin.get('/api/ledger/summary?groupBy=town');
    expect(summary.json().rows.map((r: { key: string }) => r.key)).toEqual([CHENGQIAO]);
    // A filter naming another town finds nothing rather than leaking.
    expect((await chengqiaoAdmin.get(`/api/ledger/records?townCode=${BAOZHEN}`)).json().total).toBe(0);
  });
});

describe('views, month totals and the export', () => {
  it('filters by item, staff, channel and period, newest first', async () => {
    const byItem = await admin.get('/api/ledger/records?itemNo=4');
    // Item 4: once in the 25-item loop, once to the employer.
    expect(byItem.json().total).toBe(2);
    expect(byItem.json().items.every((r: { itemNo: number }) => r.itemNo === 4)).toBe(true);
    const byStaff = await admin.get(`/api/ledger/records?staffId=${volunteer.staffId}`);
    expect(byStaff.json().total).toBe(1);
    const byChannel = await admin.get('/api/ledger/records?channel=phone');
    expect(byChannel.json().total).toBe(1);
    const lastMonth = await admin.get('/api/ledger/records?from=2026-10-01&to=2026-10-31');
    expect(lastMonth.json().total).toBe(0);
    const page = await admin.get('/api/ledger/records?pageSize=5&page=2');
    expect(page.json().items).toHaveLength(5);
    const items = (await admin.get('/api/ledger/records?pageSize=100')).json().items as { at: string }[];
    expect(items.map((r) => r.at)).toEqual([...items.map((r) => r.at)].sort().reverse());
  });

  it('counts per item × site, town and staff for the month', async () => {
    const bySite = (await chengqiaoAdmin.get('/api/ledger/summary?groupBy=site&month=2026-11')).json();
    expect(bySite.from).toBe('2026-11-01');
    expect(bySite.to).toBe('2026-11-30');
    const pointRow = bySite.rows.find((r: { key: string }) => r.key === point);
    expect(pointRow.label).toBe('测试就业服务点');
    expect(pointRow.counts).toHaveLength(25);
    // 25 items + item 3 again + item 1 by the volunteer + item 7 (scope test).
    expect(pointRow.total).toBe(28);
    expect(pointRow.counts[2]).toBe(2);
    expect(bySite.total).toBe(bySite.rows.reduce((sum: number, r: { total: number }) => sum + r.total, 0));
    const byStaff = (await pointWorker.get('/api/ledger/summary?groupBy=staff')).json();
    expect(byStaff.rows.find((r: { key: string }) => r.key === volunteer.staffId).total).toBe(1);
    const october = (await admin.get('/api/ledger/summary?month=2026-10')).json();
    expect(october.total).toBe(0);
  });

  it('exports one sheet per module with Chinese heads and a totals row, and audits it', async () => {
    const response = await chengqiaoAdmin.get('/api/ledger/export.xlsx?month=2026-11');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '就业需求排摸',
      '就业岗位募集',
      '就业供需匹配',
      '就业能力提升',
      '就业援助',
      '创业服务',
    ]);
    const needs = workbook.getWorksheet('就业需求排摸');
    // The title, the unit line (制表单位, 制表日期 in Beijing time), then the headings, frozen and filtered.
    expect(String(needs?.getCell('A1').value)).toContain('2026-11-01');
    expect(needs?.getCell('A2').value).toBe(`制表单位：${(await t.services.regions.find(CHENGQIAO))?.name}`);
    expect(needs?.getCell('F2').value).toBe(`制表日期：${shanghaiDate(t.clock.now)}`);
    expect(needs?.getRow(3).values).toEqual([undefined, '乡镇', '服务站点', '1. 调查走访', '2. 个性化服务档案', '3. 政策咨询', '合计']);
    expect(needs?.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(needs?.autoFilter).toBe('A3:F3');
    expect(needs?.getColumn(2).width).toBe(18);
    const last = needs?.getRow(needs.rowCount).values as unknown[];
    expect(last[1]).toBe('合计');
    // Items 1–3 in 城桥镇 this month: the 25-item loop (1 each), item 1 by the volunteer, item 3 at the
    // desk and by phone.
    expect(last.slice(3)).toEqual([2, 1, 3, 6]);
    const audit = await t.database.db.selectFrom('audit_logs').selectAll().where('action', '=', 'service_record.export').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.town_code).toBe(CHENGQIAO);
  });

  it('refuses the export to a volunteer, and the ledger to anyone not signed in', async () => {
    expect((await volunteer.get('/api/ledger/export.xlsx')).statusCode).toBe(403);
    expect((await volunteer.get('/api/ledger/export.xlsx')).json().code).toBe('FORBIDDEN');
    expect((await t.app.inject({ method: 'GET', url: '/api/ledger/records' })).statusCode).toBe(401);
  });
});

describe('recordService inside another module’s transaction', () => {
  it('leaves nothing — no record, no timeline entry — when the transaction then fails', async () => {
    const before = await t.database.db
      .selectFrom('service_records')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const ctx = {
      actor: {
        staffId: pointWorker.staffId,
        scope: { level: 'village' as const, districtCode: DISTRICT, townCode: CHENGQIAO, villageCode: CHENGQIAO_VILLAGE },
      },
      requestId: 'test',
      ip: '127.0.0.1',
      now: t.clock.now,
    } as Parameters<typeof t.services.ledger.recordService>[1];
    let recordedId = '';
    await expect(
      t.database.db.transaction().execute(async (trx) => {
        const { id } = await t.services.ledger.recordService(trx, ctx, {
          itemNo: 9,
          residentId: resident,
          siteId: point,
          channel: 'appointment',
          style: 'appointment',
          outcome: 'done',
          source: { module: 'tickets', id: '01a2190b-70e8-7a7d-aa14-e6766ac34cc6' },
        });
        recordedId = id;
        expect(await trx.selectFrom('service_records').select('id').where('id', '=', id).executeTakeFirst()).toBeDefined();
        throw new Error('the caller fails after recording');
      }),
    ).rejects.toThrow('the caller fails');
    expect(recordedId).not.toBe('');
    const after = await t.database.db
      .selectFrom('service_records')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const timeline = await t.database.db.selectFrom('resident_timeline').select('id').where('source_module', '=', 'tickets').execute();
    expect(timeline).toHaveLength(0);
  });
});
