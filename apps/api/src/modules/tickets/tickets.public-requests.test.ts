import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateBefore, migrateToLatest } from '../../db/migrate.ts';
import {
  type Agent,
  buildTestApp,
  CHENGQIAO,
  CHENGQIAO_VILLAGE,
  CHENGQIAO_VILLAGE_2,
  DISTRICT,
  type TestApp,
} from '../../test/build-test-app.ts';
import { createSite, pointBody } from '../../test/factories.ts';

/** Requests sent from a site's public page (channel public_page): owned by the site until taken. */
let t: TestApp;
let admin: Agent;
let point: string;
let point2: string;
let closedPoint: string;
let pointWorker: Agent;
let pointColleague: Agent;
let otherVillageWorker: Agent;

const MOBILE = '13912345678';

function submit(body: Record<string, unknown>) {
  return t.app.inject({
    method: 'POST',
    url: '/api/public/tickets',
    headers: { 'x-csrf-token': 'none' },
    payload: { siteId: point, summary: '想咨询失业登记需要带什么材料', contactName: '王阿姨', mobile: '139 1234 5678', ...body },
  });
}

async function submitted(body: Record<string, unknown> = {}): Promise<{ id: string; receiptCode: string; dueDate: string }> {
  const response = await submit(body);
  if (response.statusCode !== 201) throw new Error(response.body);
  const receipt = response.json() as { receiptCode: string; dueDate: string };
  const row = await t.database.db
    .selectFrom('tickets')
    .select('id')
    .where('receipt_code', '=', receipt.receiptCode)
    .executeTakeFirstOrThrow();
  return { id: row.id, ...receipt };
}

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.as('district_admin', DISTRICT);
  point = (await createSite(admin, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE))).id;
  point2 = (await createSite(admin, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE_2, { name: '第二服务点' }))).id;
  const closed = await createSite(admin, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE, { name: '已停用服务点' }));
  closedPoint = closed.id;
  const deactivated = await admin.post(`/api/sites/${closedPoint}/deactivate`, { version: closed.version });
  if (deactivated.statusCode !== 200) throw new Error(deactivated.body);
  pointWorker = await t.as('point_staff', CHENGQIAO_VILLAGE, { siteId: point });
  pointColleague = await t.as('point_staff', CHENGQIAO_VILLAGE, { siteId: point });
  otherVillageWorker = await t.as('point_staff', CHENGQIAO_VILLAGE_2, { siteId: point2 });
});
afterAll(() => t.close());

describe('submitting from the public page', () => {
  it('makes a public_page ticket owned by the site, answering only the receipt code and the due date', async () => {
    const response = await submit({ itemNo: 7 });
    expect(response.statusCode, response.body).toBe(201);
    const receipt = response.json();
    expect(Object.keys(receipt).sort()).toEqual(['dueDate', 'receiptCode']);
    // Received Thursday 2026-11-26: five working days later is Thursday 2026-12-03.
    expect(receipt.dueDate).toBe('2026-12-03');
    const row = await t.database.db
      .selectFrom('tickets')
      .selectAll()
      .where('receipt_code', '=', receipt.receiptCode)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      channel: 'public_page',
      state: 'open',
      site_id: point,
      item_no: 7,
      owner_staff_id: null,
      received_by_staff_id: null,
      resident_id: null,
      town_code: CHENGQIAO,
      village_code: CHENGQIAO_VILLAGE,
      contact_name: '王阿姨',
      contact_mobile_masked: '139****5678',
    });
    // The mobile is cipher text (and a keyed index), never the number itself.
    expect(row.contact_mobile_cipher).toMatch(/^v1:/);
    expect(row.contact_mobile_cipher).not.toContain(MOBILE);
    expect(row.contact_mobile_blind).toBe(t.services.cipher.blindIndex(MOBILE));
    expect(t.services.cipher.decrypt(row.contact_mobile_cipher as string)).toBe(MOBILE);
    // The first escalation is queued like any other ticket's.
    const task = await t.database.db.selectFrom('tasks').select('kind').where('key', '=', `ticket.escalate:${row.id}:1`).executeTakeFirst();
    expect(task?.kind).toBe('ticket.escalate');
  });

  it('files a request without an item as a policy enquiry (item 3)', async () => {
    const ticket = await submitted();
    const shown = (await pointWorker.get(`/api/tickets/${ticket.id}`)).json();
    expect(shown).toMatchObject({ itemNo: 3, channel: 'public_page', ownerStaffId: null, receivedByStaffId: null });
  });

  it('tells the site’s staff in the inbox, and shows them the sender with the mobile masked', async () => {
    const ticket = await submitted();
    for (const agent of [pointWorker, pointColleague]) {
      const inbox = (await agent.get('/api/inbox?pageSize=100')).json();
      expect(inbox.items.filter((m: { subject: string }) => m.subject.includes(ticket.receiptCode))).toHaveLength(1);
    }
    const other = (await otherVillageWorker.get('/api/inbox?pageSize=100')).json();
    expect(other.items.filter((m: { subject: string }) => m.subject.includes(ticket.receiptCode))).toHaveLength(0);
    const response = await pointWorker.get(`/api/tickets/${ticket.id}`);
    expect(response.json()).toMatchObject({ contactName: '王阿姨', contactMobileMasked: '139****5678' });
    expect(response.body).not.toContain(MOBILE);
    const list = await pointWorker.get('/api/tickets?view=site&pageSize=100');
    expect(list.json().items.some((item: { id: string }) => item.id === ticket.id)).toBe(true);
    expect(list.body).not.toContain(MOBILE);
  });

  it('writes an audit row with no actor and no personal data', async () => {
    const ticket = await submitted();
    const rows = await t.database.db.selectFrom('audit_logs').selectAll().where('entity_id', '=', ticket.id).execute();
    expect(rows.map((row) => [row.action, row.actor_id])).toEqual([['ticket.submit_public', null]]);
    expect(rows[0]?.details).not.toContain(MOBILE);
    expect(rows[0]?.details).not.toContain('王阿姨');
  });

  it('refuses bad input on its field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ summary: '   ' }, 'summary'],
      [{ summary: '长'.repeat(501) }, 'summary'],
      [{ mobile: '12345' }, 'mobile'],
      [{ mobile: '021-69961234' }, 'mobile'],
      [{ contactName: '' }, 'contactName'],
      [{ itemNo: 26 }, 'itemNo'],
      // Item 17 is not among the items this point offers (1, 2, 3, 7).
      [{ itemNo: 17 }, 'itemNo'],
      [{ siteId: 'not-an-id' }, 'siteId'],
    ];
    for (const [body, field] of cases) {
      const response = await submit(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      expect(Object.keys(response.json().details.fieldErrors), JSON.stringify(body)).toEqual([field]);
    }
  });

  it('answers an unknown or deactivated site with 404', async () => {
    expect((await submit({ siteId: '0190a0a0-0000-7000-8000-000000000000' })).json().code).toBe('NOT_FOUND');
    const closed = await submit({ siteId: closedPoint });
    expect(closed.statusCode).toBe(404);
    expect(closed.json().code).toBe('NOT_FOUND');
  });

  it('is refused without the CSRF header', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/tickets',
      payload: { siteId: point, summary: '咨询', contactName: '王阿姨', mobile: MOBILE },
    });
    expect(response.json().code).toBe('CSRF_REJECTED');
  });

  it('shows no name or phone on the public status page', async () => {
    const ticket = await submitted({ itemNo: 7 });
    const response = await t.app.inject({ method: 'GET', url: `/api/public/tickets/${ticket.receiptCode}` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ receiptCode: ticket.receiptCode, state: 'open', itemNo: 7, dueDate: ticket.dueDate });
    expect(response.body).not.toContain('王阿姨');
    expect(response.body).not.toContain(MOBILE);
    expect(response.body).not.toContain('5678');
    expect(response.body).not.toContain('失业登记需要');
  });
});

describe('taking a ticket (接手)', () => {
  it('makes the first of the site’s staff the owner, in the chain; a second take answers 409', async () => {
    const ticket = await submitted();
    // A point worker of another village neither sees nor takes it.
    expect((await otherVillageWorker.get(`/api/tickets/${ticket.id}`)).statusCode).toBe(404);
    expect((await otherVillageWorker.post(`/api/tickets/${ticket.id}/take`)).statusCode).toBe(404);

    const taken = await pointWorker.post(`/api/tickets/${ticket.id}/take`);
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json()).toMatchObject({ ownerStaffId: pointWorker.staffId, siteId: point, version: 2 });
    expect(
      taken
        .json()
        .handovers.map((h: Record<string, unknown>) => [h.seq, h.fromStaffId, h.fromSiteId, h.toStaffId, h.toSiteId, h.byStaffId]),
    ).toEqual([[1, null, point, pointWorker.staffId, point, pointWorker.staffId]]);

    const again = await pointColleague.post(`/api/tickets/${ticket.id}/take`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('TICKET_ALREADY_TAKEN');
    expect((await pointWorker.post(`/api/tickets/${ticket.id}/take`)).json().code).toBe('TICKET_ALREADY_TAKEN');
    // Now it is the owner's: the colleague may no longer resolve it.
    expect((await pointColleague.post(`/api/tickets/${ticket.id}/resolve`, { resolution: '已答复', version: 2 })).json().code).toBe(
      'TICKET_NOT_OWNER',
    );
    const mine = (await pointWorker.get('/api/tickets?view=mine&pageSize=100')).json();
    expect(mine.items.some((item: { id: string }) => item.id === ticket.id)).toBe(true);
    const audit = await t.database.db.selectFrom('audit_logs').select(['action', 'actor_id']).where('entity_id', '=', ticket.id).execute();
    expect(audit).toContainEqual({ action: 'ticket.take', actor_id: pointWorker.staffId });
  });

  it('is refused to someone in scope who does not work at the site, and on a resolved ticket', async () => {
    const ticket = await submitted();
    const townAdmin = await t.as('town_admin', CHENGQIAO);
    const stationWorker = await t.as('station_staff', CHENGQIAO);
    expect((await stationWorker.get(`/api/tickets/${ticket.id}`)).statusCode).toBe(200);
    expect((await stationWorker.post(`/api/tickets/${ticket.id}/take`)).json().code).toBe('TICKET_NOT_OWNER');
    // A town admin may step in (escalation), then resolve; a take after that is a state conflict.
    expect((await townAdmin.post(`/api/tickets/${ticket.id}/resolve`, { resolution: '电话答复', version: 1 })).statusCode).toBe(200);
    expect((await pointWorker.post(`/api/tickets/${ticket.id}/take`)).json().code).toBe('TICKET_STATE_CONFLICT');
  });

  it('shows a waiting ticket on the site staff’s workbench as awaiting take', async () => {
    const ticket = await submitted();
    const bench = (await pointColleague.get('/api/workbench')).json();
    const shown = bench.tickets.find((item: { id: string }) => item.id === ticket.id);
    expect(shown).toMatchObject({ awaitingTake: true, ownerName: null });
    const other = (await otherVillageWorker.get('/api/workbench')).json();
    expect(other.tickets.some((item: { id: string }) => item.id === ticket.id)).toBe(false);
  });
});

describe('calling the sender back (the full mobile, audited)', () => {
  it('gives the owner the number for a stated reason and keeps the reason in the audit row', async () => {
    const ticket = await submitted();
    expect((await pointWorker.post(`/api/tickets/${ticket.id}/take`)).statusCode).toBe(200);
    const shown = await pointWorker.post(`/api/tickets/${ticket.id}/contact`, { reason: '回电核实诉求' });
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json()).toEqual({ contactName: '王阿姨', mobile: MOBILE });
    const audit = await t.database.db
      .selectFrom('audit_logs')
      .select(['action', 'actor_id', 'details'])
      .where('entity_id', '=', ticket.id)
      .where('action', '=', 'ticket.reveal_contact')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_id).toBe(pointWorker.staffId);
    expect(JSON.parse(String(audit[0]?.details))).toEqual({ reason: '回电核实诉求' });
    expect(String(audit[0]?.details)).not.toContain(MOBILE);
  });

  it('refuses a missing reason on its field, someone who may not act on it, other villages, and tickets with no sender', async () => {
    const ticket = await submitted();
    const short = await pointWorker.post(`/api/tickets/${ticket.id}/contact`, { reason: '看' });
    expect(short.statusCode).toBe(400);
    expect(Object.keys(short.json().details.fieldErrors)).toEqual(['reason']);
    expect((await otherVillageWorker.post(`/api/tickets/${ticket.id}/contact`, { reason: '回电核实诉求' })).statusCode).toBe(404);
    expect((await pointWorker.post(`/api/tickets/${ticket.id}/take`)).statusCode).toBe(200);
    // Once taken it is the owner's: the colleague at the same site may not read the number.
    const colleague = await pointColleague.post(`/api/tickets/${ticket.id}/contact`, { reason: '回电核实诉求' });
    expect(colleague.json().code).toBe('TICKET_NOT_OWNER');
    // A ticket received at the desk has no public sender.
    const desk = await pointWorker.post('/api/tickets', { itemNo: 3, channel: 'walk_in', summary: '窗口咨询', siteId: point });
    expect(desk.statusCode, desk.body).toBe(201);
    expect((await pointWorker.post(`/api/tickets/${desk.json().id}/contact`, { reason: '回电核实诉求' })).json().code).toBe('NOT_FOUND');
    const revealed = await t.database.db
      .selectFrom('audit_logs')
      .select('id')
      .where('action', '=', 'ticket.reveal_contact')
      .where('entity_id', 'in', [ticket.id, desk.json().id])
      .execute();
    expect(revealed).toHaveLength(0);
  });
});

describe('the migration that made the receiver optional', () => {
  it('keeps the tickets and their chains when it goes down and up again (SQLite rebuilds the table)', async () => {
    const own = await buildTestApp();
    try {
      const districtAdmin = await own.as('district_admin', DISTRICT);
      const site = (await createSite(districtAdmin, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE))).id;
      const worker = await own.as('point_staff', CHENGQIAO_VILLAGE, { siteId: site });
      const created = await worker.post('/api/tickets', { itemNo: 3, summary: '咨询' });
      const ticket = created.json() as { id: string };
      expect(
        (await worker.post(`/api/tickets/${ticket.id}/hand-over`, { toSiteId: site, reason: '请同事办理', version: 1 })).statusCode,
      ).toBe(200);
      const down = await migrateBefore(own.database.db, '202612062210_add_public_ticket_contact');
      expect(down.results?.at(-1)).toMatchObject({
        migrationName: '202612062210_add_public_ticket_contact',
        direction: 'Down',
        status: 'Success',
      });
      await migrateToLatest(own.database.db);
      const shown = await worker.get(`/api/tickets/${ticket.id}`);
      expect(shown.statusCode, shown.body).toBe(200);
      expect(shown.json()).toMatchObject({ receivedByStaffId: worker.staffId, ownerStaffId: null, contactName: null });
      expect(shown.json().handovers).toHaveLength(1);
      // The rebuilt table still enforces its foreign keys, and the receiver is optional again.
      await expect(
        own.database.db
          .updateTable('tickets')
          .set({ site_id: '0190a0a0-0000-7000-8000-000000000000' })
          .where('id', '=', ticket.id)
          .execute(),
      ).rejects.toThrow(/foreign key/i);
      const table = (await own.database.db.introspection.getTables()).find((candidate) => candidate.name === 'tickets');
      expect(table?.columns.find((column) => column.name === 'received_by_staff_id')?.isNullable).toBe(true);
    } finally {
      await own.close();
    }
  });
});
