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
import { createSite, idNumberFor, pointBody, residentBody, stationBody } from '../../test/factories.ts';
import { insertAppointments, insertOpenTickets } from './workbench.fixtures.ts';

// The test clock: 2026-11-26 10:00 in Shanghai.
let t: TestApp;
let admin: Agent;
let stationWorker: Agent;
let colleague: Agent;
let chengqiaoAdmin: Agent;
let baozhenAdmin: Agent;
let volunteer: Agent;
let station: string;
let baozhenPoint: string;
let resident: string;
let baozhenResident: string;

async function registerResident(sequence: number, town: string, village: string): Promise<string> {
  const response = await admin.post(
    '/api/residents',
    residentBody(town, village, { idNumber: idNumberFor(sequence), name: `工作台${sequence}` }),
  );
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id as string;
}

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.as('district_admin', DISTRICT);
  station = (await createSite(admin, stationBody(CHENGQIAO))).id;
  const point = (await createSite(admin, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE))).id;
  baozhenPoint = (await createSite(admin, pointBody(BAOZHEN, BAOZHEN_VILLAGE, { name: '堡镇服务点' }))).id;
  resident = await registerResident(11, CHENGQIAO, CHENGQIAO_VILLAGE);
  const resident2 = await registerResident(12, CHENGQIAO, CHENGQIAO_VILLAGE);
  baozhenResident = await registerResident(13, BAOZHEN, BAOZHEN_VILLAGE);
  stationWorker = await t.as('station_staff', CHENGQIAO, { siteId: station });
  colleague = await t.as('station_staff', CHENGQIAO, { siteId: station });
  chengqiaoAdmin = await t.as('town_admin', CHENGQIAO);
  baozhenAdmin = await t.as('town_admin', BAOZHEN);
  volunteer = await t.as('volunteer', CHENGQIAO_VILLAGE, { siteId: point });
  const baozhenWorker = await t.as('point_staff', BAOZHEN_VILLAGE, { siteId: baozhenPoint });

  const place = { districtCode: DISTRICT, townCode: CHENGQIAO, villageCode: CHENGQIAO_VILLAGE };
  await insertOpenTickets(
    t.database.db,
    { ...place, siteId: station, staffId: stationWorker.staffId },
    [{ dueDate: '2026-12-03' }, { dueDate: '2026-11-20' }, { dueDate: '2026-11-26' }],
    t.clock.now,
  );
  await insertOpenTickets(
    t.database.db,
    { ...place, siteId: station, staffId: colleague.staffId },
    [{ dueDate: '2026-11-19' }],
    t.clock.now,
  );
  await insertOpenTickets(
    t.database.db,
    { districtCode: DISTRICT, townCode: BAOZHEN, villageCode: BAOZHEN_VILLAGE, siteId: baozhenPoint, staffId: baozhenWorker.staffId },
    [{ dueDate: '2026-11-01' }],
    t.clock.now,
  );
  // Three today from 09:00 Shanghai, and two tomorrow.
  await insertAppointments(
    t.database.db,
    { ...place, siteId: station, staffId: stationWorker.staffId },
    [resident, resident2],
    new Date('2026-11-26T01:00:00Z'),
    3,
    t.clock.now,
  );
  await insertAppointments(
    t.database.db,
    { ...place, siteId: station, staffId: colleague.staffId },
    [resident],
    new Date('2026-11-27T01:00:00Z'),
    2,
    t.clock.now,
  );

  const file = (responsibleStaffId: string, nextFollowUpDate: string) => ({
    assessment: '评估',
    classification: 'needs_support',
    plan: '计划',
    responsibleStaffId,
    nextFollowUpDate,
  });
  for (const [id, body] of [
    [resident, file(stationWorker.staffId, '2026-11-25')],
    [resident2, file(stationWorker.staffId, '2026-12-20')],
    [baozhenResident, file(baozhenWorker.staffId, '2026-11-26')],
  ] as const) {
    const response = await admin.request({ method: 'PUT', url: `/api/residents/${id}/assistance-file`, payload: body });
    if (response.statusCode !== 200 && response.statusCode !== 201) throw new Error(response.body);
  }

  for (const itemNo of [3, 3, 7]) await stationWorker.post('/api/ledger/records', { itemNo, residentId: resident, outcome: 'done' });
  await colleague.post('/api/ledger/records', { itemNo: 8, residentId: resident2, outcome: 'done' });
  await baozhenWorker.post('/api/ledger/records', { itemNo: 17, residentId: baozhenResident, outcome: 'done' });
});
afterAll(() => t.close());

describe('the worker’s day', () => {
  it('shows a station worker today’s appointments at the site, their own tickets overdue first, their follow-ups and services, and the site’s month', async () => {
    const response = await stationWorker.get('/api/workbench');
    expect(response.statusCode).toBe(200);
    const day = response.json();
    expect(day).toMatchObject({ date: '2026-11-26', scope: 'site', siteName: '测试就业服务站', regionName: '城桥镇' });
    expect(day.appointmentCount).toBe(3);
    expect(day.appointments.map((a: { startsAt: string }) => a.startsAt)).toEqual([
      '2026-11-26T01:00:00.000Z',
      '2026-11-26T01:15:00.000Z',
      '2026-11-26T01:30:00.000Z',
    ]);
    expect(day.appointments[0].residentName).toBe('工作台11');
    expect(day.tickets.map((ticket: { dueDate: string; overdue: boolean }) => [ticket.dueDate, ticket.overdue])).toEqual([
      ['2026-11-20', true],
      ['2026-11-26', false],
      ['2026-12-03', false],
    ]);
    expect(day.openTicketCount).toBe(3);
    expect(day.overdueTicketCount).toBe(1);
    expect(day.followUps).toEqual([
      expect.objectContaining({ residentId: resident, nextFollowUpDate: '2026-11-25', overdue: true, classification: 'needs_support' }),
    ]);
    expect(day.recentServices.map((s: { itemNo: number }) => s.itemNo).sort()).toEqual([3, 3, 7]);
    // The site's month: the colleague's service counts too.
    expect(day.monthCounts[2]).toBe(2);
    expect(day.monthCounts[7]).toBe(1);
    expect(day.monthTotal).toBe(4);
  });

  it('gives a town admin the town’s figures and nothing of another town', async () => {
    const town = (await chengqiaoAdmin.get('/api/workbench')).json();
    expect(town.scope).toBe('region');
    expect(town.openTicketCount).toBe(4);
    expect(town.overdueTicketCount).toBe(2);
    expect(town.appointmentCount).toBe(3);
    expect(town.monthTotal).toBe(4);
    expect(town.followUps.map((f: { residentId: string }) => f.residentId)).toEqual([resident]);
    const baozhen = (await baozhenAdmin.get('/api/workbench')).json();
    expect(baozhen.openTicketCount).toBe(1);
    expect(baozhen.appointmentCount).toBe(0);
    expect(baozhen.monthTotal).toBe(1);
    expect(baozhen.followUps.map((f: { residentId: string }) => f.residentId)).toEqual([baozhenResident]);
    expect(baozhen.recentServices.map((s: { itemNo: number }) => s.itemNo)).toEqual([17]);
  });

  it('gives the district everything', async () => {
    const district = (await admin.get('/api/workbench')).json();
    expect(district.openTicketCount).toBe(5);
    expect(district.monthTotal).toBe(5);
    expect(district.regionName).toBe('崇明区');
  });

  it('keeps a volunteer’s panel to their village and their own work', async () => {
    const day = (await volunteer.get('/api/workbench')).json();
    expect(day.scope).toBe('site');
    expect(day.tickets).toEqual([]);
    expect(day.followUps).toEqual([]);
    expect(day.monthTotal).toBe(0);
  });

  it('needs a signed-in staff member with the ledger permission', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/workbench' })).statusCode).toBe(401);
    const mentor = await t.as('mentor', CHENGQIAO);
    expect((await mentor.get('/api/workbench')).statusCode).toBe(200);
  });
});
