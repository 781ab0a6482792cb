import { RECEIPT_CODE_ALPHABET } from '@jobcircle/domain';
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
let baozhenResident: string;
let pointWorker: Agent;
let pointColleague: Agent;
let pointWorker2: Agent;
let stationWorker: Agent;
let chengqiaoAdmin: Agent;
let baozhenAdmin: Agent;
let volunteer: Agent;

const CODE_RE = new RegExp(`^[${RECEIPT_CODE_ALPHABET}]{8}$`);

async function registerResident(sequence: number, town: string, village: string): Promise<string> {
  const response = await admin.post(
    '/api/residents',
    residentBody(town, village, { idNumber: idNumberFor(sequence), name: `居民${sequence}` }),
  );
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id as string;
}

async function receive(agent: Agent, body: Record<string, unknown> = {}) {
  const response = await agent.post('/api/tickets', { itemNo: 17, summary: '咨询失业登记', ...body });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json() as { id: string; version: number; receiptCode: string; dueDate: string };
}

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.as('district_admin', DISTRICT);
  station = (await createSite(admin, stationBody(CHENGQIAO))).id;
  point = (await createSite(admin, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE))).id;
  point2 = (await createSite(admin, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE_2, { name: '第二服务点' }))).id;
  baozhenPoint = (await createSite(admin, pointBody(BAOZHEN, BAOZHEN_VILLAGE, { name: '堡镇服务点' }))).id;
  resident = await registerResident(1, CHENGQIAO, CHENGQIAO_VILLAGE);
  baozhenResident = await registerResident(2, BAOZHEN, BAOZHEN_VILLAGE);
  pointWorker = await t.as('point_staff', CHENGQIAO_VILLAGE, { siteId: point });
  pointColleague = await t.as('point_staff', CHENGQIAO_VILLAGE, { siteId: point });
  pointWorker2 = await t.as('point_staff', CHENGQIAO_VILLAGE_2, { siteId: point2 });
  stationWorker = await t.as('station_staff', CHENGQIAO, { siteId: station });
  chengqiaoAdmin = await t.as('town_admin', CHENGQIAO);
  baozhenAdmin = await t.as('town_admin', BAOZHEN);
  volunteer = await t.as('volunteer', CHENGQIAO_VILLAGE, { siteId: point });
});
afterAll(() => t.close());

describe('receiving a request', () => {
  it('makes a ticket owned by the receiver, with a random receipt code and a due date in working days', async () => {
    const response = await pointWorker.post('/api/tickets', {
      itemNo: 17,
      residentId: resident,
      summary: '咨询失业登记',
      channel: 'phone',
    });
    expect(response.statusCode, response.body).toBe(201);
    const ticket = response.json();
    expect(ticket).toMatchObject({
      itemNo: 17,
      residentId: resident,
      siteId: point,
      state: 'open',
      channel: 'phone',
      receivedByStaffId: pointWorker.staffId,
      ownerStaffId: pointWorker.staffId,
      escalationLevel: 0,
      isOverdue: false,
      handovers: [],
      villageCode: CHENGQIAO_VILLAGE,
    });
    expect(ticket.receiptCode).toMatch(CODE_RE);
    // Received Thursday 2026-11-26: five working days later is Thursday 2026-12-03.
    expect(ticket.dueDate).toBe('2026-12-03');
    const other = await receive(pointWorker);
    expect(other.receiptCode).not.toBe(ticket.receiptCode);
  });

  it('queues the first escalation for the day after the due date', async () => {
    const ticket = await receive(pointWorker);
    const tasks = await t.database.db
      .selectFrom('tasks')
      .select(['kind', 'run_at'])
      .where('key', '=', `ticket.escalate:${ticket.id}:1`)
      .execute();
    expect(tasks).toEqual([{ kind: 'ticket.escalate', run_at: '2026-12-03T16:00:00.000Z' }]);
  });

  it('refuses bad input on its field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ itemNo: 26, summary: 'x' }, 'itemNo'],
      [{ itemNo: 0, summary: 'x' }, 'itemNo'],
      [{ itemNo: 3, summary: '  ' }, 'summary'],
      [{ itemNo: 3, summary: 'x', channel: 'fax' }, 'channel'],
      [{ itemNo: 3, summary: 'x', residentId: 'not-an-id' }, 'residentId'],
    ];
    for (const [body, field] of cases) {
      const response = await pointWorker.post('/api/tickets', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().details.fieldErrors).toHaveProperty(field);
    }
    // A district admin has no site of its own: the site is asked for.
    const noSite = await admin.post('/api/tickets', { itemNo: 3, summary: '咨询' });
    expect(noSite.statusCode).toBe(400);
    expect(noSite.json().details.fieldErrors).toHaveProperty('siteId');
  });

  it('keeps a resident and a site outside the actor’s scope out (404)', async () => {
    expect((await pointWorker.post('/api/tickets', { itemNo: 3, summary: '咨询', residentId: baozhenResident })).statusCode).toBe(404);
    expect((await pointWorker.post('/api/tickets', { itemNo: 3, summary: '咨询', siteId: baozhenPoint })).statusCode).toBe(404);
  });

  it('is refused without the permission', async () => {
    expect((await volunteer.post('/api/tickets', { itemNo: 3, summary: '咨询' })).json().code).toBe('FORBIDDEN');
    expect((await volunteer.get('/api/tickets')).statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/tickets' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('scope', () => {
  it('shows a point worker only the tickets of their village (404 outside)', async () => {
    const other = await receive(pointWorker2);
    const baozhen = await receive(baozhenAdmin, { siteId: baozhenPoint });
    expect((await pointWorker.get(`/api/tickets/${other.id}`)).statusCode).toBe(404);
    expect((await pointWorker.get(`/api/tickets/${baozhen.id}`)).statusCode).toBe(404);
    const list = (await pointWorker.get('/api/tickets?view=region&pageSize=100')).json();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((ticket: { villageCode: string }) => ticket.villageCode === CHENGQIAO_VILLAGE)).toBe(true);
    expect((await chengqiaoAdmin.get(`/api/tickets/${baozhen.id}`)).statusCode).toBe(404);
    expect((await chengqiaoAdmin.get(`/api/tickets/${other.id}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/tickets/${baozhen.id}`)).statusCode).toBe(200);
    // A hand-over by someone who cannot see it is a 404 too.
    expect((await pointWorker.post(`/api/tickets/${other.id}/hand-over`, { toSiteId: point, reason: '转交', version: 1 })).statusCode).toBe(
      404,
    );
  });

  it('lists mine, my site and the region, open before resolved and overdue first', async () => {
    const own = await receive(pointWorker);
    const mine = (await pointWorker.get('/api/tickets?view=mine&pageSize=100')).json();
    expect(mine.items.map((ticket: { id: string }) => ticket.id)).toContain(own.id);
    expect(mine.items.every((ticket: { ownerStaffId: string }) => ticket.ownerStaffId === pointWorker.staffId)).toBe(true);
    const site = (await pointColleague.get('/api/tickets?view=site&pageSize=100')).json();
    expect(site.total).toBe(mine.total);
    expect((await pointColleague.get('/api/tickets?view=mine')).json().total).toBe(0);
    const bad = await pointWorker.get('/api/tickets?view=everything');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.fieldErrors).toHaveProperty('view');
    expect((await admin.get('/api/tickets?view=site')).json().details.fieldErrors).toHaveProperty('siteId');
  });
});

describe('the hand-over chain', () => {
  it('moves ownership with a reason and keeps every link in order', async () => {
    const ticket = await receive(pointWorker, { residentId: resident });
    // Only the owner hands over: a colleague at the same point is refused.
    const colleague = await pointColleague.post(`/api/tickets/${ticket.id}/hand-over`, {
      toStaffId: stationWorker.staffId,
      reason: '需镇里办理',
      version: 1,
    });
    expect(colleague.statusCode).toBe(403);
    expect(colleague.json().code).toBe('TICKET_NOT_OWNER');
    const noReason = await pointWorker.post(`/api/tickets/${ticket.id}/hand-over`, {
      toStaffId: stationWorker.staffId,
      reason: ' ',
      version: 1,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().details.fieldErrors).toHaveProperty('reason');
    const noTarget = await pointWorker.post(`/api/tickets/${ticket.id}/hand-over`, { reason: '需镇里办理', version: 1 });
    expect(noTarget.json().details.fieldErrors).toHaveProperty('toStaffId');
    const unknown = await pointWorker.post(`/api/tickets/${ticket.id}/hand-over`, {
      toSiteId: '0190a0a0-0000-7000-8000-000000000000',
      reason: '转',
      version: 1,
    });
    expect(unknown.json().details.fieldErrors).toHaveProperty('toSiteId');

    const first = await pointWorker.post(`/api/tickets/${ticket.id}/hand-over`, {
      toStaffId: stationWorker.staffId,
      reason: '需镇里办理',
      version: 1,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ ownerStaffId: stationWorker.staffId, siteId: station, villageCode: null, version: 2 });
    // The first owner's scope (the village) no longer covers the ticket at the station.
    expect((await pointWorker.get(`/api/tickets/${ticket.id}`)).statusCode).toBe(404);
    const stale = await stationWorker.post(`/api/tickets/${ticket.id}/hand-over`, { toSiteId: point2, reason: '回村办理', version: 1 });
    expect(stale.json().code).toBe('VERSION_CONFLICT');

    const second = await stationWorker.post(`/api/tickets/${ticket.id}/hand-over`, { toSiteId: point2, reason: '回村办理', version: 2 });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json()).toMatchObject({ ownerStaffId: null, siteId: point2, villageCode: CHENGQIAO_VILLAGE_2 });
    // Waiting at point 2: anyone of that point takes it up by acting on it.
    const third = await pointWorker2.post(`/api/tickets/${ticket.id}/hand-over`, {
      toStaffId: stationWorker.staffId,
      reason: '仍需镇里',
      version: 3,
    });
    expect(third.statusCode, third.body).toBe(200);

    // The person it was handed to hears of it in the inbox (twice here: links 1 and 3).
    const inbox = (await stationWorker.get('/api/inbox')).json();
    expect(inbox.items.filter((m: { subject: string }) => m.subject.includes(ticket.receiptCode))).toHaveLength(2);
    const chain = (await chengqiaoAdmin.get(`/api/tickets/${ticket.id}`)).json();
    expect(chain.receivedByStaffId).toBe(pointWorker.staffId);
    expect(
      chain.handovers.map((h: Record<string, unknown>) => [
        h.seq,
        h.fromStaffId,
        h.fromSiteId,
        h.toStaffId,
        h.toSiteId,
        h.reason,
        h.byStaffId,
      ]),
    ).toEqual([
      [1, pointWorker.staffId, point, stationWorker.staffId, station, '需镇里办理', pointWorker.staffId],
      [2, stationWorker.staffId, station, null, point2, '回村办理', stationWorker.staffId],
      [3, null, point2, stationWorker.staffId, station, '仍需镇里', pointWorker2.staffId],
    ]);
  });
});

describe('resolving and re-opening', () => {
  it('resolves with a ledger record in the same transaction, once', async () => {
    const ticket = await receive(pointWorker, { residentId: resident, itemNo: 18 });
    const notOwner = await pointColleague.post(`/api/tickets/${ticket.id}/resolve`, { resolution: '已办', version: 1 });
    expect(notOwner.json().code).toBe('TICKET_NOT_OWNER');
    const empty = await pointWorker.post(`/api/tickets/${ticket.id}/resolve`, { resolution: '', version: 1 });
    expect(empty.json().details.fieldErrors).toHaveProperty('resolution');
    const badOutcome = await pointWorker.post(`/api/tickets/${ticket.id}/resolve`, { resolution: '已办', outcome: 'maybe', version: 1 });
    expect(badOutcome.json().details.fieldErrors).toHaveProperty('outcome');

    const resolved = await pointWorker.post(`/api/tickets/${ticket.id}/resolve`, {
      resolution: '已协助办理就困认定',
      version: 1,
      durationMinutes: 20,
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json()).toMatchObject({ state: 'resolved', resolution: '已协助办理就困认定' });
    const recordId = resolved.json().serviceRecordId as string;
    const record = await pointWorker.get(`/api/ledger/records/${recordId}`);
    expect(record.json()).toMatchObject({
      itemNo: 18,
      residentId: resident,
      siteId: point,
      staffId: pointWorker.staffId,
      channel: 'walk_in',
      outcome: 'done',
      sourceModule: 'tickets',
      sourceId: ticket.id,
    });
    const again = await pointWorker.post(`/api/tickets/${ticket.id}/resolve`, { resolution: '再办', version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('TICKET_STATE_CONFLICT');
    const handOver = await pointWorker.post(`/api/tickets/${ticket.id}/hand-over`, { toSiteId: point2, reason: '转', version: 2 });
    expect(handOver.json().code).toBe('TICKET_STATE_CONFLICT');
  });

  it('re-opens a resolved ticket with a fresh due date and a new owner', async () => {
    const ticket = await receive(pointWorker);
    await pointWorker.post(`/api/tickets/${ticket.id}/resolve`, { resolution: '已答复', version: 1 });
    const open = await pointColleague.post(`/api/tickets/${ticket.id}/reopen`, { reason: '群众再次来电', version: 1 });
    expect(open.json().code).toBe('VERSION_CONFLICT');
    const reopened = await pointColleague.post(`/api/tickets/${ticket.id}/reopen`, { reason: '群众再次来电', version: 2 });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({
      state: 'open',
      ownerStaffId: pointColleague.staffId,
      reopenCount: 1,
      resolvedAt: null,
      serviceRecordId: null,
    });
    const twice = await pointColleague.post(`/api/tickets/${ticket.id}/reopen`, { reason: '再次', version: 3 });
    expect(twice.json().code).toBe('TICKET_STATE_CONFLICT');
    expect((await pointColleague.post(`/api/tickets/${ticket.id}/reopen`, { version: 3 })).json().details.fieldErrors).toHaveProperty(
      'reason',
    );
    const task = await t.database.db
      .selectFrom('tasks')
      .select('kind')
      .where('key', '=', `ticket.escalate:${ticket.id}:r1.1`)
      .executeTakeFirst();
    expect(task?.kind).toBe('ticket.escalate');
  });
});

describe('public status by receipt code', () => {
  it('answers without sign-in with no personal data', async () => {
    const ticket = await receive(pointWorker, { residentId: resident, summary: '张三的私事' });
    const response = await t.app.inject({ method: 'GET', url: `/api/public/tickets/${ticket.receiptCode.toLowerCase()}` });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual([
      'dueDate',
      'itemName',
      'itemNo',
      'receiptCode',
      'receivedAt',
      'resolvedAt',
      'siteName',
      'state',
    ]);
    expect(body).toMatchObject({ receiptCode: ticket.receiptCode, state: 'open', itemNo: 17, dueDate: ticket.dueDate, resolvedAt: null });
    expect(response.body).not.toContain('张三');
    expect(response.body).not.toContain(resident);
  });

  it('refuses a malformed code on its field and an unknown one with 404', async () => {
    const bad = await t.app.inject({ method: 'GET', url: '/api/public/tickets/ABC' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.fieldErrors).toHaveProperty('code');
    // 0, O, 1 and I are not in the alphabet.
    expect((await t.app.inject({ method: 'GET', url: '/api/public/tickets/0O1I0O1I' })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/public/tickets/ZZZZZZZZ' })).statusCode).toBe(404);
  });
});

describe('due dates per item', () => {
  it('are set by district admins only, within bounds, and used by new tickets', async () => {
    const list = (await pointWorker.get('/api/ticket-item-deadlines')).json();
    expect(list.items).toHaveLength(25);
    expect(list.items[0]).toMatchObject({ itemNo: 1, workingDays: 5, isDefault: true });
    expect(
      (await chengqiaoAdmin.request({ method: 'PUT', url: '/api/ticket-item-deadlines/9', payload: { workingDays: 2 } })).statusCode,
    ).toBe(403);
    const zero = await admin.request({ method: 'PUT', url: '/api/ticket-item-deadlines/9', payload: { workingDays: 0 } });
    expect(zero.json().details.fieldErrors).toHaveProperty('workingDays');
    const item26 = await admin.request({ method: 'PUT', url: '/api/ticket-item-deadlines/26', payload: { workingDays: 3 } });
    expect(item26.json().details.fieldErrors).toHaveProperty('itemNo');
    const set = await admin.request({ method: 'PUT', url: '/api/ticket-item-deadlines/9', payload: { workingDays: 2 } });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ itemNo: 9, workingDays: 2, isDefault: false });
    // Thursday 2026-11-26 + 2 working days = Monday 2026-11-30 (the weekend does not count).
    expect((await receive(pointWorker, { itemNo: 9 })).dueDate).toBe('2026-11-30');
  });
});

describe('list order', () => {
  it('puts open tickets first, the earliest due (so the overdue) first, resolved ones after', async () => {
    const items = (await pointWorker.get('/api/tickets?view=region&pageSize=100')).json().items as {
      id: string;
      state: string;
      dueDate: string;
    }[];
    const states = items.map((ticket) => ticket.state);
    expect(states).toContain('resolved');
    expect(states.indexOf('resolved')).toBeGreaterThan(states.lastIndexOf('open'));
    const open = items.filter((ticket) => ticket.state === 'open').map((ticket) => ticket.dueDate);
    expect(open).toEqual([...open].sort());
    expect(new Set(open).size).toBeGreaterThan(1);
    const resolvedOnly = (await pointWorker.get('/api/tickets?view=region&state=resolved&pageSize=100')).json().items as {
      id: string;
      state: string;
    }[];
    const resolvedIds = items.filter((ticket) => ticket.state === 'resolved').map((ticket) => ticket.id);
    expect(resolvedIds.length).toBeGreaterThan(0);
    expect(resolvedOnly.map((ticket) => ticket.id).sort()).toEqual([...resolvedIds].sort());
    expect(resolvedOnly.every((ticket) => ticket.state === 'resolved')).toBe(true);
  });
});
