import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, buildTestApp, CHENGQIAO, DISTRICT, type TestApp } from '../../test/build-test-app.ts';
import { createSite, stationBody } from '../../test/factories.ts';

/**
 * Overdue escalation with the clock under test control, across the National Day holiday of 2026
 * (1–7 October off) and its 调休 working Saturday (10 October), on the calendar of chinese-days.
 */
let t: TestApp;
let station: string;
let head: { id: string; username: string };
let townAdmin: { id: string; username: string };
let receiver: { id: string; username: string };

async function inboxOf(account: { username: string }) {
  const agent = await t.signIn(account.username);
  const response = await agent.get('/api/inbox');
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: { subject: string }[]; unread: number };
}

async function runAt(iso: string) {
  t.clock.now = new Date(iso);
  await t.services.tasks.runDue(t.clock.now);
}

async function levelOf(id: string): Promise<number> {
  const row = await t.database.db.selectFrom('tickets').select('escalation_level').where('id', '=', id).executeTakeFirstOrThrow();
  return Number(row.escalation_level);
}

beforeAll(async () => {
  t = await buildTestApp();
  // Everything happens in autumn 2026: accounts are made then, before the first request.
  t.clock.now = new Date('2026-09-28T01:00:00.000Z');
  const admin = await t.as('district_admin', DISTRICT);
  station = (await createSite(admin, stationBody(CHENGQIAO))).id;
  head = await t.createAccount({ role: 'station_staff', regionCode: CHENGQIAO, siteId: station, position: 'administrator' });
  receiver = await t.createAccount({ role: 'station_staff', regionCode: CHENGQIAO, siteId: station });
  townAdmin = await t.createAccount({ role: 'town_admin', regionCode: CHENGQIAO });
});
afterAll(() => t.close());

describe('an overdue ticket', () => {
  let ticketId: string;
  let receiptCode: string;

  it('is due 5 working days later, skipping the holiday and counting the 调休 Saturday', async () => {
    // Tuesday 2026-09-29, 10:00 in Shanghai.
    t.clock.now = new Date('2026-09-29T02:00:00.000Z');
    const agent: Agent = await t.signIn(receiver.username);
    const response = await agent.post('/api/tickets', { itemNo: 3, summary: '咨询就业政策' });
    expect(response.statusCode, response.body).toBe(201);
    ticketId = response.json().id;
    receiptCode = response.json().receiptCode;
    // 30 Sep (1), 1–7 Oct holiday, 8 Oct (2), 9 Oct (3), Saturday 10 Oct 调休 (4), 12 Oct (5).
    // Weekdays only would give 6 Oct; without the 调休 Saturday, 13 Oct.
    expect(response.json().dueDate).toBe('2026-10-12');
  });

  it('is not escalated on its due date, even late in the evening', async () => {
    await runAt('2026-10-12T15:59:00.000Z'); // 23:59 in Shanghai on the due date
    expect(await levelOf(ticketId)).toBe(0);
    expect((await inboxOf(head)).items).toHaveLength(0);
  });

  it('goes to the station head the day after its due date, once', async () => {
    await runAt('2026-10-12T16:01:00.000Z'); // 00:01 on 13 Oct
    expect(await levelOf(ticketId)).toBe(1);
    const inbox = await inboxOf(head);
    expect(inbox.items).toHaveLength(1);
    expect(inbox.items[0]?.subject).toContain(receiptCode);
    expect((await inboxOf(townAdmin)).items).toHaveLength(0);
    // Running again (a second runner, a retry) sends nothing more.
    await runAt('2026-10-13T01:00:00.000Z');
    expect((await inboxOf(head)).items).toHaveLength(1);
    const list = (await (await t.signIn(receiver.username)).get('/api/tickets?view=mine&overdue=true')).json();
    expect(list.items.map((ticket: { id: string; isOverdue: boolean }) => [ticket.id, ticket.isOverdue])).toEqual([[ticketId, true]]);
  });

  it('goes to the town two working days after that, once', async () => {
    // Two working days after 12 Oct are 13 and 14 Oct: the town hears of it at the start of 15 Oct.
    await runAt('2026-10-14T15:59:00.000Z');
    expect(await levelOf(ticketId)).toBe(1);
    expect((await inboxOf(townAdmin)).items).toHaveLength(0);
    await runAt('2026-10-14T16:01:00.000Z');
    expect(await levelOf(ticketId)).toBe(2);
    expect((await inboxOf(townAdmin)).items).toHaveLength(1);
    await runAt('2026-10-20T01:00:00.000Z');
    expect((await inboxOf(townAdmin)).items).toHaveLength(1);
    expect((await inboxOf(head)).items).toHaveLength(1);
  });

  it('is not escalated once resolved before the due date passes', async () => {
    t.clock.now = new Date('2026-10-20T02:00:00.000Z'); // Tuesday
    const agent = await t.signIn(receiver.username);
    const created = (await agent.post('/api/tickets', { itemNo: 3, summary: '咨询' })).json();
    expect(created.dueDate).toBe('2026-10-27');
    const resolved = await agent.post(`/api/tickets/${created.id}/resolve`, { resolution: '已答复', version: 1 });
    expect(resolved.statusCode, resolved.body).toBe(200);
    await runAt('2026-11-10T02:00:00.000Z');
    expect(await levelOf(created.id)).toBe(0);
    expect((await inboxOf(head)).items).toHaveLength(1);
  });
});
