import { createHash } from 'node:crypto';
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
let baozhenPoint: string;
let resident: string;
let village2Resident: string;
let pointWorker: Agent;
let pointWorker2: Agent;
let stationWorker: Agent;
let handler: Agent;
let chengqiaoAdmin: Agent;
let baozhenAdmin: Agent;
let mentor: Agent;

async function registerResident(sequence: number, town: string, village: string): Promise<string> {
  const response = await admin.post(
    '/api/residents',
    residentBody(town, village, { idNumber: idNumberFor(sequence), name: `居民${sequence}` }),
  );
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id as string;
}

async function serviceRecord(agent: Agent, residentId = resident, itemNo = 7): Promise<string> {
  const response = await agent.post('/api/ledger/records', { itemNo, residentId, outcome: 'done' });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id as string;
}

async function issue(agent: Agent, recordId: string): Promise<string> {
  const response = await agent.post(`/api/ledger/records/${recordId}/feedback-link`);
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().token as string;
}

const anonymous = (method: 'GET' | 'POST', token: string, payload?: unknown) =>
  t.app.inject({
    method,
    url: `/api/public/feedback/${token}`,
    headers: { 'x-csrf-token': 'none' },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.as('district_admin', DISTRICT);
  station = (await createSite(admin, stationBody(CHENGQIAO))).id;
  point = (await createSite(admin, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE))).id;
  const point2 = (await createSite(admin, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE_2, { name: '第二服务点' }))).id;
  baozhenPoint = (await createSite(admin, pointBody(BAOZHEN, BAOZHEN_VILLAGE, { name: '堡镇服务点' }))).id;
  resident = await registerResident(1, CHENGQIAO, CHENGQIAO_VILLAGE);
  village2Resident = await registerResident(2, CHENGQIAO, CHENGQIAO_VILLAGE_2);
  pointWorker = await t.as('point_staff', CHENGQIAO_VILLAGE, { siteId: point });
  pointWorker2 = await t.as('point_staff', CHENGQIAO_VILLAGE_2, { siteId: point2 });
  stationWorker = await t.as('station_staff', CHENGQIAO, { siteId: station });
  handler = await t.as('station_staff', CHENGQIAO, { siteId: station, position: 'administrator' });
  chengqiaoAdmin = await t.as('town_admin', CHENGQIAO);
  baozhenAdmin = await t.as('town_admin', BAOZHEN);
  mentor = await t.as('mentor', CHENGQIAO, { position: 'mentor' });
});
afterAll(() => t.close());

describe('rating a service without signing in', () => {
  let recordId: string;
  let token: string;

  it('issues an unguessable link for a service in scope and stores only its hash', async () => {
    recordId = await serviceRecord(pointWorker);
    const response = await pointWorker.post(`/api/ledger/records/${recordId}/feedback-link`);
    expect(response.statusCode, response.body).toBe(201);
    token = response.json().token;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(response.json()).toMatchObject({ serviceRecordId: recordId, path: `/rate/${token}`, expiresAt: '2026-12-26T02:00:00.000Z' });
    const rows = await t.database.db.selectFrom('feedback_links').select('token_hash').where('service_record_id', '=', recordId).execute();
    expect(rows).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
  });

  it('refuses a link for a service outside the scope (404) or without the permission (403)', async () => {
    const other = await serviceRecord(pointWorker2, village2Resident);
    expect((await pointWorker.post(`/api/ledger/records/${other}/feedback-link`)).statusCode).toBe(404);
    expect((await mentor.post(`/api/ledger/records/${recordId}/feedback-link`)).statusCode).toBe(403);
    expect((await pointWorker.post('/api/ledger/records/nope/feedback-link')).json().details.fieldErrors).toHaveProperty('id');
  });

  it('shows what service it was, with no personal data', async () => {
    const response = await anonymous('GET', token);
    expect(response.statusCode, response.body).toBe(200);
    expect(Object.keys(response.json()).sort()).toEqual(['expiresAt', 'itemName', 'itemNo', 'rated', 'serviceAt', 'siteName']);
    expect(response.json()).toMatchObject({ itemNo: 7, rated: false });
    expect(response.body).not.toContain('居民1');
  });

  it('refuses a rating of 6 (and 0, and 3.5) on the field rating, and a long comment on its field', async () => {
    for (const rating of [6, 0, 3.5, '5']) {
      const response = await anonymous('POST', token, { rating });
      expect(response.statusCode, String(rating)).toBe(400);
      expect(response.json().details.fieldErrors).toHaveProperty('rating');
    }
    const long = await anonymous('POST', token, { rating: 4, comment: '很'.repeat(501) });
    expect(long.json().details.fieldErrors).toHaveProperty('comment');
  });

  it('takes one rating per service: the second is 409 ALREADY_RATED', async () => {
    const first = await anonymous('POST', token, { rating: 5, comment: '服务很耐心' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().rated).toBe(true);
    const second = await anonymous('POST', token, { rating: 1 });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('ALREADY_RATED');
    expect((await anonymous('GET', token)).json().rated).toBe(true);
    // A new link for a rated service is refused too.
    expect((await pointWorker.post(`/api/ledger/records/${recordId}/feedback-link`)).json().code).toBe('ALREADY_RATED');
    const row = await t.database.db
      .selectFrom('feedback_links')
      .select(['rating', 'comment'])
      .where('service_record_id', '=', recordId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ rating: 5, comment: '服务很耐心' });
  });

  it('takes one of two simultaneous ratings', async () => {
    const simultaneous = await issue(pointWorker, await serviceRecord(pointWorker));
    const responses = await Promise.all([anonymous('POST', simultaneous, { rating: 4 }), anonymous('POST', simultaneous, { rating: 2 })]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('replaces an unused token when issued again; bad and unknown tokens are refused', async () => {
    const id = await serviceRecord(pointWorker);
    const old = await issue(pointWorker, id);
    const fresh = await issue(pointWorker, id);
    expect((await anonymous('GET', old)).statusCode).toBe(404);
    expect((await anonymous('GET', fresh)).statusCode).toBe(200);
    const malformed = await anonymous('GET', 'short');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().details.fieldErrors).toHaveProperty('token');
    expect((await anonymous('POST', 'A'.repeat(43), { rating: 3 })).statusCode).toBe(404);
  });
});

describe('rating figures', () => {
  it('count and mean per site and per staff member, in scope, refused without the permission', async () => {
    const bySite = await stationWorker.get(`/api/feedback/summary?siteId=${point}`);
    expect(bySite.statusCode, bySite.body).toBe(200);
    // 5 and one of 4 or 2 (the simultaneous pair).
    expect(bySite.json().count).toBe(2);
    expect([3.5, 4.5]).toContain(bySite.json().mean);
    expect(bySite.json().distribution[4]).toBe(1);
    const byStaff = (await chengqiaoAdmin.get(`/api/feedback/summary?staffId=${pointWorker.staffId}&from=2026-11-26&to=2026-11-26`)).json();
    expect(byStaff.count).toBe(2);
    expect((await chengqiaoAdmin.get(`/api/feedback/summary?staffId=${pointWorker.staffId}&from=2026-11-27`)).json()).toEqual({
      count: 0,
      mean: null,
      distribution: [0, 0, 0, 0, 0],
    });
    expect((await baozhenAdmin.get(`/api/feedback/summary?siteId=${point}`)).json().count).toBe(0);
    expect((await pointWorker.get('/api/feedback/summary')).statusCode).toBe(403);
    const bad = await stationWorker.get('/api/feedback/summary?from=2026-11-30&to=2026-11-01');
    expect(bad.json().details.fieldErrors).toHaveProperty('to');
  });
});

describe('complaints', () => {
  const body = (overrides: Record<string, unknown> = {}) => ({
    category: 'attitude',
    subject: 'site',
    siteId: point,
    content: '窗口排队时间太长',
    handlerStaffId: handler.staffId,
    ...overrides,
  });

  it('are refused on their fields when incomplete, and without the permission', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ category: 'rude' }, 'category'],
      [{ subject: 'staff' }, 'staffId'],
      [{ subject: 'service' }, 'serviceRecordId'],
      [{ content: '' }, 'content'],
      [{ handlerStaffId: '0190a0a0-0000-7000-8000-000000000000' }, 'handlerStaffId'],
      [{ deadlineWorkingDays: 0 }, 'deadlineWorkingDays'],
    ];
    for (const [overrides, field] of cases) {
      const response = await stationWorker.post('/api/complaints', body(overrides));
      expect(response.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(response.json().details.fieldErrors).toHaveProperty(field);
    }
    expect((await pointWorker.post('/api/complaints', body())).statusCode).toBe(403);
    expect((await pointWorker.get('/api/complaints')).statusCode).toBe(403);
  });

  it('go from receipt to reply to the resident’s acceptance, or back when not accepted', async () => {
    const created = await stationWorker.post(
      '/api/complaints',
      body({ subject: 'staff', staffId: pointWorker.staffId, residentId: resident }),
    );
    expect(created.statusCode, created.body).toBe(201);
    // Thursday 2026-11-26 + 5 working days.
    expect(created.json()).toMatchObject({ state: 'open', deadline: '2026-12-03', handlerStaffId: handler.staffId, isOverdue: false });
    const id = created.json().id as string;
    const notHandler = await stationWorker.post(`/api/complaints/${id}/reply`, { reply: '已核实', version: 1 });
    expect(notHandler.json().code).toBe('FORBIDDEN');
    expect((await handler.post(`/api/complaints/${id}/accept`, { version: 1 })).json().code).toBe('COMPLAINT_STATE_CONFLICT');
    expect((await handler.post(`/api/complaints/${id}/reply`, { reply: '', version: 1 })).json().details.fieldErrors).toHaveProperty(
      'reply',
    );
    const replied = await handler.post(`/api/complaints/${id}/reply`, { reply: '已核实并批评教育', version: 1 });
    expect(replied.json()).toMatchObject({ state: 'replied', reply: '已核实并批评教育' });
    expect((await stationWorker.post(`/api/complaints/${id}/reopen`, { version: 2 })).json().details.fieldErrors).toHaveProperty('note');
    const reopened = await stationWorker.post(`/api/complaints/${id}/reopen`, { note: '群众表示不满意', version: 2 });
    expect(reopened.json()).toMatchObject({ state: 'reopened', reopenCount: 1 });
    await handler.post(`/api/complaints/${id}/reply`, { reply: '已调整窗口排班', version: 3 });
    const closed = await stationWorker.post(`/api/complaints/${id}/accept`, { note: '电话回访认可', version: 4 });
    expect(closed.json()).toMatchObject({ state: 'closed' });
    expect(closed.json().events.map((e: { action: string }) => e.action)).toEqual(['create', 'reply', 'reopen', 'reply', 'accept']);
    expect((await stationWorker.post(`/api/complaints/${id}/reopen`, { note: '再投诉', version: 5 })).json().code).toBe(
      'COMPLAINT_STATE_CONFLICT',
    );
  });

  it('about one service must name a service of that site', async () => {
    const recordId = await serviceRecord(pointWorker);
    const wrongSite = await stationWorker.post('/api/complaints', body({ subject: 'service', serviceRecordId: recordId, siteId: station }));
    expect(wrongSite.json().details.fieldErrors).toHaveProperty('serviceRecordId');
    const ok = await stationWorker.post('/api/complaints', body({ subject: 'service', serviceRecordId: recordId }));
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('are seen by the district everywhere and by a town in its own area only', async () => {
    const baozhen = await admin.post('/api/complaints', body({ siteId: baozhenPoint, handlerStaffId: baozhenAdmin.staffId }));
    expect(baozhen.statusCode, baozhen.body).toBe(201);
    const id = baozhen.json().id as string;
    expect((await chengqiaoAdmin.get(`/api/complaints/${id}`)).statusCode).toBe(404);
    expect((await baozhenAdmin.get(`/api/complaints/${id}`)).statusCode).toBe(200);
    const town = (await chengqiaoAdmin.get('/api/complaints?pageSize=100')).json();
    expect(town.items.length).toBeGreaterThan(0);
    expect(town.items.map((c: { id: string }) => c.id)).not.toContain(id);
    expect(town.items.every((c: { townCode: string }) => c.townCode === CHENGQIAO)).toBe(true);
    const district = (await admin.get('/api/complaints?pageSize=100')).json();
    expect(district.total).toBe(town.total + 1);
    expect((await chengqiaoAdmin.post('/api/complaints', body({ siteId: baozhenPoint }))).statusCode).toBe(404);
  });
});

describe('an expired link', () => {
  it('is refused with 410 once its 30 days have passed', async () => {
    const token = await issue(pointWorker, await serviceRecord(pointWorker));
    t.clock.now = new Date('2026-12-27T02:00:00.000Z');
    expect((await anonymous('GET', token)).json().code).toBe('FEEDBACK_LINK_EXPIRED');
    expect((await anonymous('POST', token, { rating: 4 })).statusCode).toBe(410);
  });
});
