import { creditCodeCheckChar } from '@jobcircle/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Agent,
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
let station: string;
let point: string;
let employer: string;
let stationWorker: { username: string; id: string };
let pointWorker: { username: string; id: string };
const workers: string[] = [];
let outsider: string;

function as(account: { username: string }): Promise<Agent> {
  return t.signIn(account.username);
}

/** A day job posted in one request: what, where, when, pay per day, headcount. */
async function postGig(overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await (await as(stationWorker)).post('/api/jobs', {
    employerId: employer,
    siteId: station,
    kind: 'gig',
    occupationCode: '4-02-05-01',
    title: '果园采摘零工',
    description: '柑橘采摘，日结。',
    headcount: 2,
    payMinFen: 20_000,
    payMaxFen: 20_000,
    payUnit: 'day',
    workHours: 'flexible',
    address: '城桥镇果园',
    validFrom: '2026-11-27',
    validTo: '2026-11-27',
    contactName: '果园负责人',
    contactPhone: '13916005678',
    source: 'employer',
    publish: true,
    ...overrides,
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id as string;
}

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.as('district_admin', DISTRICT);
  station = (await createSite(admin, stationBody(CHENGQIAO))).id;
  point = (await createSite(admin, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE))).id;
  const first17 = '913101510000009991'.slice(0, 17);
  employer = (
    await admin.post('/api/employers', {
      kind: 'cooperative',
      name: '柑橘合作社',
      creditCode: first17 + creditCodeCheckChar(first17),
      industryDivision: '01',
      townCode: CHENGQIAO,
      address: '城桥镇',
    })
  ).json().id;
  stationWorker = await t.createAccount({ role: 'station_staff', regionCode: CHENGQIAO, siteId: station });
  pointWorker = await t.createAccount({ role: 'point_staff', regionCode: CHENGQIAO_VILLAGE, siteId: point });
  for (let i = 1; i <= 3; i += 1) {
    workers.push(
      (
        await admin.post('/api/residents', residentBody(CHENGQIAO, CHENGQIAO_VILLAGE, { idNumber: idNumberFor(30 + i), name: `零工${i}` }))
      ).json().id,
    );
  }
  outsider = (
    await admin.post('/api/residents', residentBody(CHENGQIAO, CHENGQIAO_VILLAGE_2, { idNumber: idNumberFor(40), name: '外村零工' }))
  ).json().id;
});
afterAll(() => t.close());

describe('the gig market', () => {
  it('refuses a day job asking for a deposit, and lists gigs by town and date', async () => {
    const refused = await (await as(stationWorker)).post('/api/jobs', {
      employerId: employer,
      siteId: station,
      kind: 'gig',
      occupationCode: '4-02-05-01',
      title: '搬运零工',
      description: '需交押金 100 元',
      headcount: 1,
      payMinFen: 15_000,
      payMaxFen: 15_000,
      payUnit: 'day',
      workHours: 'flexible',
      address: '城桥镇',
      validFrom: '2026-11-27',
      validTo: '2026-11-27',
      contactName: '负责人',
      contactPhone: '13916005678',
      source: 'employer',
    });
    expect(refused.json()).toMatchObject({ code: 'JOB_WORDING_REFUSED' });
    expect(refused.json().details.findings[0]).toMatchObject({ category: 'fraud', words: ['押金'] });
    const gig = await postGig({ title: '按日期查询的零工' });
    const onDay = (await (await as(stationWorker)).get(`/api/jobs?kind=gig&townCode=${CHENGQIAO}&onDate=2026-11-27`)).json();
    expect(onDay.items.map((j: { id: string }) => j.id)).toContain(gig);
    const otherDay = (await (await as(stationWorker)).get('/api/jobs?kind=gig&onDate=2026-11-30')).json();
    expect(otherDay.items.map((j: { id: string }) => j.id)).not.toContain(gig);
  });

  it('signs workers up to the headcount, checks them in and out, and records the pay the worker confirms', async () => {
    const gig = await postGig();
    const worker = await as(pointWorker);
    const first = await worker.post('/api/gig-signups', { jobId: gig, residentId: workers[0], siteId: point });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ state: 'signed_up', workDate: '2026-11-27' });
    expect((await worker.post('/api/gig-signups', { jobId: gig, residentId: workers[0], siteId: point })).json().code).toBe(
      'GIG_ALREADY_SIGNED_UP',
    );
    expect((await worker.post('/api/gig-signups', { jobId: gig, residentId: workers[1], siteId: point })).statusCode).toBe(201);
    expect((await worker.post('/api/gig-signups', { jobId: gig, residentId: workers[2], siteId: point })).json().code).toBe('GIG_FULL');
    expect((await worker.post('/api/gig-signups', { jobId: gig, residentId: outsider, siteId: point })).statusCode).toBe(404);

    let signup = first.json();
    const early = await worker.post(`/api/gig-signups/${signup.id}/actions`, {
      action: 'confirm',
      version: signup.version,
      paidFen: 20_000,
      workerConfirmed: true,
    });
    expect(early.json().code).toBe('GIG_STATE_CONFLICT');
    const unconfirmed = await worker.post(`/api/gig-signups/${signup.id}/actions`, {
      action: 'confirm',
      version: signup.version,
      paidFen: 20_000,
    });
    expect(unconfirmed.json().details.fieldErrors).toHaveProperty('workerConfirmed');
    for (const action of ['check_in', 'check_out']) {
      const response = await worker.post(`/api/gig-signups/${signup.id}/actions`, { action, version: signup.version });
      expect(response.statusCode, response.body).toBe(200);
      signup = response.json();
    }
    const done = await worker.post(`/api/gig-signups/${signup.id}/actions`, {
      action: 'confirm',
      version: signup.version,
      paidFen: 20_000,
      workerConfirmed: true,
    });
    expect(done.json()).toMatchObject({ state: 'completed', paidFen: 20_000 });
    expect(done.json().checkedInAt).not.toBeNull();
    const timeline = await t.database.db
      .selectFrom('resident_timeline')
      .select('summary')
      .where('resident_id', '=', workers[0] ?? '')
      .where('kind', '=', 'gig')
      .execute();
    expect(timeline.length).toBe(2);
    const records = (await admin.get(`/api/ledger/records?residentId=${workers[0]}`)).json().items;
    expect(records.map((r: { itemNo: number }) => r.itemNo)).toContain(7);
    const listed = (await worker.get(`/api/gig-signups?jobId=${gig}`)).json().items;
    expect(listed.length).toBe(2);
  });

  it('refuses a sign-up for a job that is not a gig, and bad input on its field', async () => {
    const full = await postGig({
      kind: 'full_time',
      workHours: 'full_time',
      payUnit: 'month',
      payMinFen: 400_000,
      payMaxFen: 400_000,
      validTo: '2027-01-31',
    });
    const response = await (await as(stationWorker)).post('/api/gig-signups', { jobId: full, residentId: workers[2], siteId: station });
    expect(response.json().details.fieldErrors).toHaveProperty('jobId');
  });
});
