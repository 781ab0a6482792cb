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

// The test clock starts on Thursday 2026-11-26 at 10:00 in Shanghai.
let t: TestApp;
let admin: Agent;
let point: string;
let point2: string;
let residents: string[];
let village2Resident: string;
let stationWorker: { username: string; id: string };
let pointWorker: { username: string; id: string };
let volunteer: { username: string; id: string };
let mentor: { username: string; id: string };

async function registerResident(sequence: number, town: string, village: string): Promise<string> {
  const response = await admin.post(
    '/api/residents',
    residentBody(town, village, { idNumber: idNumberFor(sequence), name: `居民${sequence}` }),
  );
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id as string;
}

/** Sessions expire while the clock moves: every step signs in afresh. */
function as(account: { username: string }): Promise<Agent> {
  return t.signIn(account.username);
}

const rule = (overrides: Record<string, unknown> = {}) => ({
  siteId: point,
  title: '失业登记预约',
  weekdays: [1, 2, 3, 4, 5],
  startTime: '09:00',
  endTime: '11:00',
  slotMinutes: 30,
  capacity: 1,
  validFrom: '2026-09-01',
  ...overrides,
});

async function createRule(overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await (await as(stationWorker)).post('/api/appointment-rules', rule(overrides));
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id as string;
}

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.as('district_admin', DISTRICT);
  const station = (await createSite(admin, stationBody(CHENGQIAO))).id;
  point = (await createSite(admin, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE))).id;
  point2 = (await createSite(admin, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE_2, { name: '第二服务点' }))).id;
  await createSite(admin, pointBody(BAOZHEN, BAOZHEN_VILLAGE, { name: '堡镇服务点' }));
  residents = [];
  for (let i = 1; i <= 6; i += 1) residents.push(await registerResident(i, CHENGQIAO, CHENGQIAO_VILLAGE));
  village2Resident = await registerResident(20, CHENGQIAO, CHENGQIAO_VILLAGE_2);
  stationWorker = await t.createAccount({ role: 'station_staff', regionCode: CHENGQIAO, siteId: station });
  pointWorker = await t.createAccount({ role: 'point_staff', regionCode: CHENGQIAO_VILLAGE, siteId: point });
  volunteer = await t.createAccount({ role: 'volunteer', regionCode: CHENGQIAO_VILLAGE, siteId: point });
  mentor = await t.createAccount({ role: 'mentor', regionCode: CHENGQIAO, position: 'mentor' });
});
afterAll(() => t.close());

describe('slot rules', () => {
  it('are set up by station staff, refused on their fields when inconsistent, and not by a point worker', async () => {
    const station = await as(stationWorker);
    const cases: [Record<string, unknown>, string][] = [
      [{ endTime: '08:00' }, 'endTime'],
      [{ startTime: '9:00' }, 'startTime'],
      [{ capacity: 0 }, 'capacity'],
      [{ weekdays: [] }, 'weekdays'],
      [{ weekdays: [8] }, 'weekdays.0'],
      [{ slotMinutes: 180 }, 'slotMinutes'],
      [{ validTo: '2026-08-01' }, 'validTo'],
      [{ staffId: 'nobody' }, 'staffId'],
    ];
    for (const [overrides, field] of cases) {
      const response = await station.post('/api/appointment-rules', rule(overrides));
      expect(response.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(response.json().details.fieldErrors).toHaveProperty(field);
    }
    const forbidden = await (await as(pointWorker)).post('/api/appointment-rules', rule());
    expect(forbidden.statusCode).toBe(403);
    const mentorRule = await station.post('/api/appointment-rules', rule({ staffId: mentor.id, title: '创业指导坐诊' }));
    expect(mentorRule.statusCode, mentorRule.body).toBe(201);
    expect(mentorRule.json()).toMatchObject({
      staffId: mentor.id,
      siteId: point,
      weekdays: [1, 2, 3, 4, 5],
      villageCode: CHENGQIAO_VILLAGE,
    });
  });

  it('open slots on working days only: closed over the National Day holiday, open on its 调休 Saturday', async () => {
    const ruleId = await createRule({ title: '国庆前后' });
    const response = await (await as(pointWorker)).get(`/api/appointment-slots?ruleId=${ruleId}&from=2026-09-30&to=2026-10-11`);
    expect(response.statusCode, response.body).toBe(200);
    const days = [
      ...new Set(
        response
          .json()
          .items.map((slot: { startsAt: string }) => new Date(Date.parse(slot.startsAt) + 8 * 3600_000).toISOString().slice(0, 10)),
      ),
    ];
    expect(days).toEqual(['2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10']);
    const first = response.json().items[0];
    expect(first).toMatchObject({
      startsAt: '2026-09-30T01:00:00.000Z',
      endsAt: '2026-09-30T01:30:00.000Z',
      capacity: 1,
      booked: 0,
      available: 1,
    });
    expect(response.json().items.filter((slot: { startsAt: string }) => slot.startsAt.startsWith('2026-09-30'))).toHaveLength(4);
    const bad = await (await as(pointWorker)).get(`/api/appointment-slots?ruleId=${ruleId}&from=2026-10-11&to=2026-10-01`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.fieldErrors).toHaveProperty('to');
  });
});

describe('booking', () => {
  let ruleId: string;
  beforeAll(async () => {
    ruleId = await createRule({ title: '政策咨询' });
  });

  it('refuses a slot in the past, a time that is no slot and a closed day on the field startsAt', async () => {
    const worker = await as(pointWorker);
    const cases = [
      '2026-11-26T01:00:00.000Z', // 09:00 today, already past at 10:00
      '2026-11-27T01:10:00.000Z', // 09:10: not a slot start
      '2026-11-28T01:00:00.000Z', // Saturday: closed
      '2026-11-27T03:00:00.000Z', // 11:00: after the last slot
    ];
    for (const startsAt of cases) {
      const response = await worker.post('/api/appointments', { ruleId, startsAt, residentId: residents[0] });
      expect(response.statusCode, startsAt).toBe(400);
      expect(response.json().details.fieldErrors).toHaveProperty('startsAt');
    }
    const badBody = await worker.post('/api/appointments', { ruleId: 'x', startsAt: 'tomorrow', residentId: residents[0] });
    expect(Object.keys(badBody.json().details.fieldErrors).sort()).toEqual(['ruleId', 'startsAt']);
  });

  it('gives the last place of a slot to one of two simultaneous bookings: one 201, one 409 SLOT_FULL', async () => {
    const worker = await as(pointWorker);
    const startsAt = '2026-11-27T01:30:00.000Z'; // Friday 09:30
    const responses = await Promise.all([
      worker.post('/api/appointments', { ruleId, startsAt, residentId: residents[1] }),
      worker.post('/api/appointments', { ruleId, startsAt, residentId: residents[2] }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(responses.find((r) => r.statusCode === 409)?.json().code).toBe('SLOT_FULL');
    const third = await worker.post('/api/appointments', { ruleId, startsAt, residentId: residents[3] });
    expect(third.json().code).toBe('SLOT_FULL');
    const slots = (await worker.get(`/api/appointment-slots?ruleId=${ruleId}&from=2026-11-27&to=2026-11-27`)).json().items;
    expect(slots.find((slot: { startsAt: string }) => slot.startsAt === startsAt)).toMatchObject({ booked: 1, available: 0 });
    const count = await t.database.db
      .selectFrom('appointments')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('starts_at', '=', startsAt)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('gives a resident one place of a slot at most, even on a double click', async () => {
    const wide = await createRule({ title: '技能培训咨询', capacity: 5, startTime: '16:00', endTime: '17:00', slotMinutes: 60 });
    const worker = await as(pointWorker);
    const startsAt = '2026-11-30T08:00:00.000Z'; // Monday 16:00
    const first = await worker.post('/api/appointments', { ruleId: wide, startsAt, residentId: residents[5] });
    expect(first.statusCode, first.body).toBe(201);
    const again = await worker.post('/api/appointments', { ruleId: wide, startsAt, residentId: residents[5] });
    expect(again.statusCode).toBe(400);
    expect(again.json().details.fieldErrors).toHaveProperty('residentId');
    const doubleClick = await Promise.all([
      worker.post('/api/appointments', { ruleId: wide, startsAt: '2026-12-01T08:00:00.000Z', residentId: residents[5] }),
      worker.post('/api/appointments', { ruleId: wide, startsAt: '2026-12-01T08:00:00.000Z', residentId: residents[5] }),
    ]);
    expect(doubleClick.map((r) => r.statusCode).sort()).toEqual([201, 400]);
    // Cancelled, the place can be booked again by the same resident.
    await worker.post(`/api/appointments/${first.json().id}/cancel`, { version: 1 });
    expect((await worker.post('/api/appointments', { ruleId: wide, startsAt, residentId: residents[5] })).statusCode).toBe(201);
  });

  it('fills a larger slot to its capacity and no further, also under a burst', async () => {
    const wide = await createRule({ title: '招聘咨询', capacity: 3, startTime: '14:00', endTime: '15:00', slotMinutes: 60 });
    const worker = await as(pointWorker);
    const startsAt = '2026-11-30T06:00:00.000Z'; // Monday 14:00
    const responses = await Promise.all(
      residents.slice(0, 5).map((residentId) => worker.post('/api/appointments', { ruleId: wide, startsAt, residentId })),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 201, 201, 409, 409]);
    expect(responses.filter((r) => r.statusCode === 409).map((r) => r.json().code)).toEqual(['SLOT_FULL', 'SLOT_FULL']);
  });

  it('keeps a point worker to their village (404 outside) and refuses a volunteer', async () => {
    const worker = await as(pointWorker);
    const outside = await worker.post('/api/appointments', { ruleId, startsAt: '2026-11-30T01:00:00.000Z', residentId: village2Resident });
    expect(outside.statusCode).toBe(404);
    const otherRule = await (await as(stationWorker)).post('/api/appointment-rules', rule({ siteId: point2, title: '二村' }));
    const otherId = otherRule.json().id as string;
    expect(
      (await worker.post('/api/appointments', { ruleId: otherId, startsAt: '2026-11-30T01:00:00.000Z', residentId: residents[0] }))
        .statusCode,
    ).toBe(404);
    const booked = await (await as(stationWorker)).post('/api/appointments', {
      ruleId: otherId,
      startsAt: '2026-11-30T01:00:00.000Z',
      residentId: village2Resident,
    });
    expect(booked.statusCode, booked.body).toBe(201);
    expect((await worker.get(`/api/appointments/${booked.json().id}`)).statusCode).toBe(404);
    const list = (await worker.get('/api/appointments?pageSize=100')).json();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.map((a: { id: string }) => a.id)).not.toContain(booked.json().id);
    expect(list.items.every((a: { villageCode: string }) => a.villageCode === CHENGQIAO_VILLAGE)).toBe(true);
    const vol = await as(volunteer);
    expect((await vol.get('/api/appointments')).statusCode).toBe(403);
    expect(
      (await vol.post('/api/appointments', { ruleId, startsAt: '2026-11-30T01:00:00.000Z', residentId: residents[0] })).statusCode,
    ).toBe(403);
    expect((await (await as(mentor)).get('/api/appointments')).statusCode).toBe(200);
  });
});

describe('the appointment’s life', () => {
  let ruleId: string;
  beforeAll(async () => {
    ruleId = await createRule({ title: '就困认定咨询', itemNo: 18, startTime: '15:00', endTime: '16:00', slotMinutes: 60 });
  });

  it('cancels before the start and gives the place back; a second cancel is a 409', async () => {
    const worker = await as(pointWorker);
    const startsAt = '2026-12-01T07:00:00.000Z'; // Tuesday 15:00
    const booked = await worker.post('/api/appointments', { ruleId, startsAt, residentId: residents[0] });
    expect(booked.statusCode, booked.body).toBe(201);
    expect(booked.json()).toMatchObject({ state: 'booked', itemNo: 18, reminderState: 'scheduled', siteId: point });
    const id = booked.json().id as string;
    const cancelled = await worker.post(`/api/appointments/${id}/cancel`, { version: 1 });
    expect(cancelled.json()).toMatchObject({ state: 'cancelled', reminderState: 'cancelled' });
    expect((await worker.post(`/api/appointments/${id}/cancel`, { version: 2 })).json().code).toBe('APPOINTMENT_STATE_CONFLICT');
    expect((await worker.post(`/api/appointments/${id}/check-in`, { version: 2 })).json().code).toBe('APPOINTMENT_STATE_CONFLICT');
    expect((await worker.post(`/api/appointments/${id}/cancel`, {})).json().details.fieldErrors).toHaveProperty('version');
    const again = await worker.post('/api/appointments', { ruleId, startsAt, residentId: residents[1] });
    expect(again.statusCode, again.body).toBe(201);
  });

  it('reminds the day before: in-app for the staff member, the SMS stored as not sent without a gateway', async () => {
    const worker = await as(pointWorker);
    const startsAt = '2026-12-02T07:00:00.000Z'; // Wednesday 15:00
    const booked = (await worker.post('/api/appointments', { ruleId, startsAt, residentId: residents[2] })).json();
    const task = await t.database.db
      .selectFrom('tasks')
      .select(['run_at'])
      .where('key', '=', `appointment.remind:${booked.id}`)
      .executeTakeFirstOrThrow();
    expect(task.run_at).toBe('2026-12-01T01:00:00.000Z'); // Tuesday 09:00 in Shanghai
    t.clock.now = new Date('2026-12-01T00:59:00.000Z');
    await t.services.tasks.runDue(t.clock.now);
    expect((await (await as(pointWorker)).get(`/api/appointments/${booked.id}`)).json().reminderState).toBe('scheduled');
    t.clock.now = new Date('2026-12-01T01:00:00.000Z');
    await t.services.tasks.runDue(t.clock.now);
    await t.services.tasks.runDue(t.clock.now);
    const after = await as(pointWorker);
    expect((await after.get(`/api/appointments/${booked.id}`)).json().reminderState).toBe('sms_not_sent');
    const inbox = (await after.get('/api/inbox')).json();
    // One message for this appointment (another booking of the rule was reminded the day before).
    expect(inbox.items.filter((m: { body: string }) => m.body.startsWith('2026-12-02 15:00'))).toHaveLength(1);
    const sms = await t.database.db
      .selectFrom('notifications')
      .select(['state', 'resident_id'])
      .where('channel', '=', 'sms')
      .where('source_id', '=', booked.id)
      .execute();
    expect(sms).toEqual([{ state: 'not_sent', resident_id: residents[2] }]);
  });

  it('checks in around the start and records the service in the ledger; no-show only after the start', async () => {
    t.clock.now = new Date('2026-12-03T02:00:00.000Z'); // Thursday 10:00
    const worker = await as(pointWorker);
    const startsAt = '2026-12-03T07:00:00.000Z'; // Thursday 15:00
    const booked = (await worker.post('/api/appointments', { ruleId, startsAt, residentId: residents[3] })).json();
    expect((await worker.post(`/api/appointments/${booked.id}/check-in`, { version: 1 })).json().code).toBe('APPOINTMENT_STATE_CONFLICT');
    expect((await worker.post(`/api/appointments/${booked.id}/no-show`, { version: 1 })).json().code).toBe('APPOINTMENT_STATE_CONFLICT');
    t.clock.now = new Date('2026-12-03T06:50:00.000Z'); // 14:50
    const atDesk = await as(pointWorker);
    const badOutcome = await atDesk.post(`/api/appointments/${booked.id}/check-in`, { version: 1, outcome: 'perhaps' });
    expect(badOutcome.json().details.fieldErrors).toHaveProperty('outcome');
    const checkedIn = await atDesk.post(`/api/appointments/${booked.id}/check-in`, { version: 1 });
    expect(checkedIn.statusCode, checkedIn.body).toBe(200);
    expect(checkedIn.json()).toMatchObject({ state: 'checked_in', checkedInAt: '2026-12-03T06:50:00.000Z' });
    const record = (await atDesk.get(`/api/ledger/records/${checkedIn.json().serviceRecordId}`)).json();
    expect(record).toMatchObject({
      itemNo: 18,
      residentId: residents[3],
      siteId: point,
      channel: 'appointment',
      style: 'appointment',
      sourceModule: 'appointments',
      sourceId: booked.id,
    });
    expect((await atDesk.post(`/api/appointments/${booked.id}/no-show`, { version: 2 })).json().code).toBe('APPOINTMENT_STATE_CONFLICT');

    const other = (
      await atDesk.post('/api/appointments', { ruleId, startsAt: '2026-12-04T07:00:00.000Z', residentId: residents[4] })
    ).json();
    t.clock.now = new Date('2026-12-04T07:30:00.000Z');
    const late = await as(pointWorker);
    expect((await late.post(`/api/appointments/${other.id}/cancel`, { version: 1 })).json().code).toBe('APPOINTMENT_STATE_CONFLICT');
    const noShow = await late.post(`/api/appointments/${other.id}/no-show`, { version: 1 });
    expect(noShow.json()).toMatchObject({ state: 'no_show', serviceRecordId: null });
  });
});
