import { type CreateEmployerBody, type CreateJobBody, creditCodeCheckChar } from '@jobcircle/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { ServiceContext } from '../../platform/context.ts';
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
import { actorFor } from '../accounts/index.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { regionOf as residentRegionOf } from '../residents/index.ts';
import { createReferralsService, REFERRAL_FOLLOW_UP_TASK } from './index.ts';

// The test clock starts on Thursday 2026-11-26 at 10:00 in Shanghai. The town seat of 城桥镇 is
// (121.39335, 31.62988): the village residents are placed there until villages have points.
let t: TestApp;
let admin: Agent;
let station: string;
let point: string;
let employer: string;
let stationWorker: { username: string; id: string };
let pointWorker: { username: string; id: string };
let seeker: string;
let village2Seeker: string;
let cook: string;

let codes = 0;
function employerBody(townCode: string, overrides: Partial<CreateEmployerBody> = {}): CreateEmployerBody {
  codes += 1;
  const first17 = `91310151${String(700 + codes).padStart(9, '0')}`;
  return {
    kind: 'company',
    name: `推荐测试企业${codes}`,
    creditCode: first17 + creditCodeCheckChar(first17),
    industryDivision: '13',
    townCode,
    address: '测试路 1 号',
    ...overrides,
  };
}

function jobBody(overrides: Partial<CreateJobBody> = {}): CreateJobBody {
  return {
    employerId: employer,
    siteId: station,
    kind: 'full_time',
    occupationCode: '4-09-08-01',
    title: '保洁员',
    description: '负责公共区域清洁。',
    headcount: 1,
    payMinFen: 400_000,
    payMaxFen: 500_000,
    payUnit: 'month',
    workHours: 'full_time',
    address: '城桥镇测试路 8 号',
    lng: 121.395,
    lat: 31.63,
    validFrom: '2026-11-20',
    validTo: '2027-01-31',
    contactName: '王经理',
    contactPhone: '13916001234',
    source: 'visit',
    publish: true,
    ...overrides,
  };
}

function as(account: { username: string }): Promise<Agent> {
  return t.signIn(account.username);
}

async function createJob(overrides: Partial<CreateJobBody> = {}): Promise<string> {
  const response = await (await as(stationWorker)).post('/api/jobs', jobBody(overrides));
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id as string;
}

async function registerResident(sequence: number, village: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await admin.post(
    '/api/residents',
    residentBody(CHENGQIAO, village, { idNumber: idNumberFor(sequence), name: `求职者${sequence}`, ...overrides }),
  );
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id as string;
}

/** A referral of the resident to the job, taken up to “employer contacted”, the step before a hire. */
async function contactedReferral(worker: Agent, jobId: string, residentId: string) {
  let referral = (await worker.post('/api/referrals', { jobId, residentId, siteId: station, channel: 'phone' })).json();
  for (const action of ['interested', 'contact_employer']) {
    const response = await worker.post(`/api/referrals/${referral.id}/steps`, { action, version: referral.version });
    if (response.statusCode !== 200) throw new Error(response.body);
    referral = response.json();
  }
  return referral as { id: string; version: number };
}

async function contextOf(account: { id: string }): Promise<ServiceContext> {
  const found = await t.services.accounts.staff.findAccount(account.id);
  if (!found) throw new Error('no account');
  return { actor: actorFor(found), requestId: 'test', ip: '127.0.0.1', now: t.clock.now };
}

/** What a hire writes, read through `db` (or inside the hire's own transaction). */
async function hireEffects(db: Executor<Database>, referralId: string, residentId: string, jobId: string) {
  const history = await db.selectFrom('employment_status_history').select('status').where('resident_id', '=', residentId).execute();
  const ledger = await db
    .selectFrom('service_records')
    .select('id')
    .where('source_module', '=', 'referrals')
    .where('source_id', '=', referralId)
    .execute();
  const timeline = await db.selectFrom('resident_timeline').select('kind').where('resident_id', '=', residentId).execute();
  const job = await db.selectFrom('jobs').select('hired_count').where('id', '=', jobId).executeTakeFirstOrThrow();
  const referral = await db.selectFrom('referrals').select(['stage', 'version']).where('id', '=', referralId).executeTakeFirstOrThrow();
  const steps = await db.selectFrom('referral_steps').select('action').where('referral_id', '=', referralId).execute();
  const audits = await db.selectFrom('audit_logs').select('action').where('entity_id', 'in', [referralId, residentId]).execute();
  const followUps = await db.selectFrom('tasks').select('key').where('key', 'like', `${REFERRAL_FOLLOW_UP_TASK}:${referralId}:%`).execute();
  return {
    statuses: history.map((h) => h.status).sort(),
    ledgerLines: ledger.length,
    timeline: timeline.map((e) => e.kind).sort(),
    hiredCount: Number(job.hired_count),
    stage: referral.stage,
    version: Number(referral.version),
    steps: steps.map((step) => step.action).sort(),
    hireAudits: audits.filter((a) => a.action === 'referral.hire').length,
    statusAudits: audits.filter((a) => a.action === 'resident.status_change').length,
    followUpTasks: followUps.length,
  };
}

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.as('district_admin', DISTRICT);
  station = (await createSite(admin, stationBody(CHENGQIAO))).id;
  point = (await createSite(admin, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE))).id;
  employer = (await admin.post('/api/employers', employerBody(CHENGQIAO))).json().id;
  stationWorker = await t.createAccount({ role: 'station_staff', regionCode: CHENGQIAO, siteId: station });
  pointWorker = await t.createAccount({ role: 'point_staff', regionCode: CHENGQIAO_VILLAGE, siteId: point });
  const intention = {
    occupations: ['4-09-08-01'],
    places: [],
    payMinFen: 450_000,
    payMaxFen: null,
    hours: 'full_time',
    maxCommuteMinutes: 30,
  };
  seeker = await registerResident(1, CHENGQIAO_VILLAGE, { occupations: ['4-09-08-01'], jobIntention: intention });
  village2Seeker = await registerResident(2, CHENGQIAO_VILLAGE_2, { occupations: ['4-09-08-01'] });
  cook = await registerResident(3, CHENGQIAO_VILLAGE, { occupations: ['4-03-02-01'], education: 'junior_secondary' });
});
afterAll(() => t.close());

describe('matching', () => {
  it('ranks open jobs for a resident with reasons: same code first, an education gap and a long commute against', async () => {
    const same = await createJob({ title: '同职业岗位' });
    const major = await createJob({ title: '同大类岗位', occupationCode: '4-03-02-05' });
    const degree = await createJob({ title: '要本科的同职业岗位', educationMin: 'bachelor' });
    const far = await createJob({ title: '远处的同职业岗位', lng: 121.9, lat: 31.5 });
    const draft = await createJob({ title: '草稿', publish: false });
    const expired = await createJob({ title: '已过期', validTo: '2026-11-25', publish: false });

    const response = await (await as(stationWorker)).get(`/api/matching/residents/${seeker}/jobs`);
    expect(response.statusCode, response.body).toBe(200);
    const items: { jobId: string; score: number; reasons: { code: string; polarity: string; text: string }[] }[] = response.json().items;
    const ids = items.map((item) => item.jobId);
    expect(ids[0]).toBe(same);
    expect(ids.indexOf(same)).toBeLessThan(ids.indexOf(major));
    expect(ids).not.toContain(draft);
    expect(ids).not.toContain(expired);
    const gap = items.find((item) => item.jobId === degree)?.reasons.find((r) => r.code === 'education_gap');
    expect(gap?.polarity).toBe('against');
    const beyond = items.find((item) => item.jobId === far)?.reasons.find((r) => r.code === 'commute_beyond');
    expect(beyond?.text).toContain('30 分钟');
    expect(ids.indexOf(far)).toBeGreaterThan(ids.indexOf(same));
    const byKind = await (await as(stationWorker)).get(`/api/matching/residents/${seeker}/jobs?kind=part_time`);
    expect(byKind.json().items).toEqual([]);
  });

  it('estimates the commute by the travel mode of the resident’s intention (on foot beyond, by car within)', async () => {
    // About 5.5 km north of 城桥镇's seat, where a resident of the town counts until villages are placed.
    const job = await createJob({ title: '五公里外的同职业岗位', lng: 121.39335, lat: 31.68 });
    const base = { occupations: ['4-09-08-01'], places: [], payMinFen: null, payMaxFen: null, hours: 'full_time', maxCommuteMinutes: 30 };
    const walker = await registerResident(21, CHENGQIAO_VILLAGE, {
      occupations: ['4-09-08-01'],
      jobIntention: { ...base, travelMode: 'walk' },
    });
    const driver = await registerResident(22, CHENGQIAO_VILLAGE, {
      occupations: ['4-09-08-01'],
      jobIntention: { ...base, travelMode: 'car' },
    });
    const commute = async (resident: string) => {
      const items: { jobId: string; reasons: { code: string; text: string }[] }[] = (
        await (await as(stationWorker)).get(`/api/matching/residents/${resident}/jobs`)
      ).json().items;
      return items.find((item) => item.jobId === job)?.reasons.find((r) => r.code.startsWith('commute_'));
    };
    expect(await commute(walker)).toMatchObject({ code: 'commute_beyond', text: expect.stringContaining('步行') });
    expect(await commute(driver)).toMatchObject({ code: 'commute_within', text: expect.stringContaining('驾车') });
    const refused = await admin.post('/api/residents', {
      ...residentBody(CHENGQIAO, CHENGQIAO_VILLAGE, { idNumber: idNumberFor(23), name: '居民23' }),
      jobIntention: { ...base, travelMode: 'rocket' },
    });
    expect(refused.statusCode).toBe(400);
    expect(Object.keys(refused.json().details.fieldErrors)).toEqual(['jobIntention.travelMode']);
  });

  it('lists the best candidates in the actor area only: a point worker sees its village', async () => {
    const job = await createJob({ title: '候选人测试岗位' });
    const town = (await (await as(stationWorker)).get(`/api/matching/jobs/${job}/candidates`))
      .json()
      .items.map((c: { residentId: string }) => c.residentId);
    expect(town).toEqual(expect.arrayContaining([seeker, village2Seeker, cook]));
    expect(town.indexOf(seeker)).toBeLessThan(town.indexOf(cook));
    const village = (await (await as(pointWorker)).get(`/api/matching/jobs/${job}/candidates`))
      .json()
      .items.map((c: { residentId: string }) => c.residentId);
    expect(village.length).toBeGreaterThan(0);
    expect(village).not.toContain(village2Seeker);
    expect((await (await as(pointWorker)).get(`/api/matching/residents/${village2Seeker}/jobs`)).statusCode).toBe(404);
  });
});

describe('a referral to a hire', () => {
  it('goes recommended → interested → employer contacted → interview → hired → insured, each step dated, signed, in the ledger and the timeline; a hire changes the status with history and fills the job', async () => {
    const job = await createJob({ title: '推荐到录用的岗位' });
    const worker = await as(pointWorker);
    const created = await worker.post('/api/referrals', { jobId: job, residentId: seeker, siteId: point, channel: 'in_person' });
    expect(created.statusCode, created.body).toBe(201);
    let referral = created.json();
    expect(referral).toMatchObject({ stage: 'recommended', villageCode: CHENGQIAO_VILLAGE });
    const again = await worker.post('/api/referrals', { jobId: job, residentId: seeker, siteId: point, channel: 'phone' });
    expect(again.json().code).toBe('REFERRAL_EXISTS');

    const steps: Record<string, unknown>[] = [
      { action: 'interested' },
      { action: 'contact_employer' },
      { action: 'interview', interviewAt: '2026-11-30T09:30:00+08:00', interviewPlace: '公司人事部', healthCheckHelp: true },
      { action: 'hire' },
      { action: 'insure' },
    ];
    for (const step of steps) {
      const response = await worker.post(`/api/referrals/${referral.id}/steps`, { ...step, version: referral.version });
      expect(response.statusCode, `${step.action}: ${response.body}`).toBe(200);
      referral = response.json();
    }
    expect(referral).toMatchObject({ stage: 'insured', hiredOn: '2026-11-26', insuredOn: '2026-11-26', healthCheckHelp: true });
    expect(referral.steps.map((s: { action: string }) => s.action)).toEqual([
      'recommend',
      'interested',
      'contact_employer',
      'interview',
      'hire',
      'insure',
    ]);
    expect(referral.steps.every((s: { staffName: string | null; date: string }) => s.staffName && s.date === '2026-11-26')).toBe(true);
    expect(referral.followUps.map((f: { dueDate: string }) => f.dueDate)).toEqual(['2026-12-26', '2027-02-26']);

    const records = (await admin.get(`/api/ledger/records?residentId=${seeker}&pageSize=100`)).json().items;
    const items = records.map((r: { itemNo: number }) => r.itemNo);
    expect(items).toEqual(expect.arrayContaining([7, 9, 10]));

    const file = (await admin.get(`/api/residents/${seeker}`)).json();
    expect(file.employmentStatus).toBe('employed');
    expect(file.statusHistory[0]).toMatchObject({ status: 'employed', previousStatus: 'unemployed' });
    const timeline = (await admin.get(`/api/residents/${seeker}/timeline`)).json();
    const referralEntries = (Array.isArray(timeline) ? timeline : timeline.items).filter((e: { kind: string }) => e.kind === 'referral');
    expect(referralEntries.length).toBe(6);

    const filled = (await admin.get(`/api/jobs/${job}`)).json();
    expect(filled).toMatchObject({ hiredCount: 1, state: 'filled' });
    const conflict = await worker.post(`/api/referrals/${referral.id}/steps`, { action: 'hire', version: referral.version });
    expect(conflict.json().code).toBe('REFERRAL_STATE_CONFLICT');

    // The follow-up reminders are durable tasks: due in a month, not before.
    await t.services.tasks.runDue(t.clock.now);
    const inboxBefore = (await (await as(pointWorker)).get('/api/inbox')).json().items.length;
    t.clock.advanceMinutes(31 * 24 * 60);
    await t.services.tasks.runDue(t.clock.now);
    const inbox = (await (await as(pointWorker)).get('/api/inbox')).json().items;
    expect(inbox.length).toBe(inboxBefore + 1);
    admin = await t.as('district_admin', DISTRICT);
  });

  it('a point worker cannot refer a resident outside its village', async () => {
    const job = await createJob({ title: '村外推荐测试岗位', validTo: '2027-06-30' });
    const response = await (await as(pointWorker)).post('/api/referrals', {
      jobId: job,
      residentId: village2Seeker,
      siteId: point,
      channel: 'phone',
    });
    expect(response.statusCode).toBe(404);
    const count = await t.database.db
      .selectFrom('referrals')
      .select(({ fn }) => fn.countAll().as('n'))
      .where('resident_id', '=', village2Seeker)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('refuses a closed job, a bad step body on its field, and a not-hired without a reason from the list', async () => {
    const worker = await as(stationWorker);
    const draft = await createJob({ title: '未发布岗位', publish: false, validTo: '2027-06-30' });
    const closed = await worker.post('/api/referrals', { jobId: draft, residentId: cook, siteId: station, channel: 'slip' });
    expect(closed.json().code).toBe('JOB_NOT_OPEN');
    const job = await createJob({ title: '未录用测试岗位', validTo: '2027-06-30' });
    let referral = (await worker.post('/api/referrals', { jobId: job, residentId: cook, siteId: station, channel: 'message' })).json();
    for (const action of ['interested', 'contact_employer']) {
      referral = (await worker.post(`/api/referrals/${referral.id}/steps`, { action, version: referral.version })).json();
    }
    const noPlace = await worker.post(`/api/referrals/${referral.id}/steps`, {
      action: 'interview',
      version: referral.version,
      interviewAt: '2026-12-30T09:00:00+08:00',
    });
    expect(noPlace.json().details.fieldErrors).toHaveProperty('interviewPlace');
    const noReason = await worker.post(`/api/referrals/${referral.id}/steps`, { action: 'not_hire', version: referral.version });
    expect(noReason.json().details.fieldErrors).toHaveProperty('notHiredReason');
    const notHired = await worker.post(`/api/referrals/${referral.id}/steps`, {
      action: 'not_hire',
      notHiredReason: 'skills_mismatch',
      version: referral.version,
    });
    expect(notHired.json()).toMatchObject({ stage: 'not_hired', notHiredReason: 'skills_mismatch' });
    expect((await admin.get(`/api/residents/${cook}`)).json().employmentStatus).toBe('unemployed');
    const sms = await t.database.db.selectFrom('notifications').select(['channel']).where('resident_id', '=', cook).execute();
    expect(sms.map((n) => n.channel)).toContain('sms');
  });

  it('refuses the hire of a merged resident and leaves the referral where it was', async () => {
    const worker = await as(stationWorker);
    const job = await createJob({ title: '合并测试岗位', validTo: '2027-06-30' });
    const person = await registerResident(4, CHENGQIAO_VILLAGE, { occupations: ['4-09-08-01'] });
    const twin = await registerResident(5, CHENGQIAO_VILLAGE, { name: '求职者4' });
    const referral = await contactedReferral(worker, job, person);
    const merge = await admin.post('/api/residents/merges', { keepId: twin, mergeId: person, reason: '同一人重复登记' });
    expect(merge.statusCode, merge.body).toBeLessThan(300);
    const hire = await worker.post(`/api/referrals/${referral.id}/steps`, { action: 'hire', version: referral.version });
    expect(hire.json().code).toBe('RESIDENT_MERGED');
    expect((await worker.get(`/api/jobs/${job}`)).json().hiredCount).toBe(0);
    expect((await worker.get(`/api/referrals/${referral.id}`)).json().stage).toBe('employer_contacted');
  });

  it('a hire whose last write fails leaves no status history, ledger line, timeline entry or count on the job', async () => {
    const worker = await as(stationWorker);
    const job = await createJob({ title: '原子性测试岗位', validTo: '2027-06-30' });
    const person = await registerResident(7, CHENGQIAO_VILLAGE, { occupations: ['4-09-08-01'] });
    const referral = await contactedReferral(worker, job, person);
    const before = await hireEffects(t.database.db, referral.id, person, job);
    expect(before).toMatchObject({ statuses: ['unemployed'], hiredCount: 0, stage: 'employer_contacted', hireAudits: 0, followUpTasks: 0 });

    // The same referrals service as the app's, but its audit row of the hire — the last write of
    // the step — is followed by a failure: everything the hire wrote is then in the transaction.
    let inside: Awaited<ReturnType<typeof hireEffects>> | undefined;
    const audit: AuditService = {
      ...t.services.audit,
      async record(trx, ctx, entry) {
        await t.services.audit.record(trx, ctx, entry);
        if (entry.action !== 'referral.hire') return;
        inside = await hireEffects(trx, referral.id, person, job);
        throw new Error('the hire fails after its last write');
      },
    };
    const referrals = createReferralsService({
      db: t.database.db,
      audit,
      ledger: t.services.ledger,
      jobs: t.services.jobs,
      residents: { regionOf: residentRegionOf, timeline: t.services.residents.timeline, employment: t.services.residents.employment },
      sites: t.services.sites,
      tasks: t.services.tasks,
      notifications: t.services.notifications,
    });
    await expect(
      referrals.step(await contextOf(stationWorker), referral.id, { action: 'hire', version: referral.version }),
    ).rejects.toThrow('the hire fails after its last write');

    // Inside the transaction, the hire had written all four (and its audit rows and follow-ups).
    expect(inside).toMatchObject({
      statuses: ['employed', 'unemployed'],
      ledgerLines: before.ledgerLines + 1,
      hiredCount: 1,
      stage: 'hired',
      hireAudits: 1,
      statusAudits: before.statusAudits + 1,
      followUpTasks: 2,
    });
    // The ledger line's own entry, the referral's and the status change's.
    expect(inside?.timeline).toEqual([...before.timeline, 'referral', 'service', 'status'].sort());
    // After the failure, none of it is left: the referral is still where it was.
    expect(await hireEffects(t.database.db, referral.id, person, job)).toEqual(before);
    expect((await worker.get(`/api/jobs/${job}`)).json().hiredCount).toBe(0);
    expect((await worker.get(`/api/residents/${person}`)).json().employmentStatus).toBe('unemployed');
    const reread = (await worker.get(`/api/referrals/${referral.id}`)).json();
    expect(reread).toMatchObject({ stage: 'employer_contacted', version: referral.version, hiredOn: null });
    // The app's own service hires the same referral afterwards.
    const hire = await worker.post(`/api/referrals/${referral.id}/steps`, { action: 'hire', version: referral.version });
    expect(hire.statusCode, hire.body).toBe(200);
    expect((await hireEffects(t.database.db, referral.id, person, job)).hiredCount).toBe(1);
  });

  it('shows a board per station and lists by employer', async () => {
    const worker = await as(stationWorker);
    const board = await worker.get(`/api/referrals/board?siteId=${station}`);
    expect(board.statusCode, board.body).toBe(200);
    const columns: { stage: string; count: number }[] = board.json().columns;
    expect(columns.find((c) => c.stage === 'not_hired')?.count).toBeGreaterThan(0);
    const byEmployer = (await worker.get(`/api/referrals?employerId=${employer}`)).json();
    expect(byEmployer.items.length).toBeGreaterThan(0);
    expect(byEmployer.items.every((r: { employerId: string }) => r.employerId === employer)).toBe(true);
  });
});

describe('a public-welfare post', () => {
  it('is held for a term: the hire asks for its end, and a month before it the referrer is reminded', async () => {
    const worker = await as(stationWorker);
    const job = await createJob({ title: '村道保洁公益性岗位', kind: 'public_welfare', validTo: '2027-06-30' });
    const person = await registerResident(6, CHENGQIAO_VILLAGE, { occupations: ['4-09-08-01'] });
    let referral = (await worker.post('/api/referrals', { jobId: job, residentId: person, siteId: station, channel: 'in_person' })).json();
    for (const action of ['interested', 'contact_employer']) {
      referral = (await worker.post(`/api/referrals/${referral.id}/steps`, { action, version: referral.version })).json();
    }
    const noTerm = await worker.post(`/api/referrals/${referral.id}/steps`, { action: 'hire', version: referral.version });
    expect(noTerm.json().details.fieldErrors).toHaveProperty('termEndsOn');
    const today = new Date(t.clock.now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const end = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
    const hired = await worker.post(`/api/referrals/${referral.id}/steps`, { action: 'hire', version: referral.version, termEndsOn: end });
    expect(hired.statusCode, hired.body).toBe(200);
    expect(hired.json()).toMatchObject({ stage: 'hired', termEndsOn: end });
    const task = await t.database.db
      .selectFrom('tasks')
      .select(['run_at'])
      .where('key', '=', `referrals.term-ending:${referral.id}:${end}`)
      .executeTakeFirstOrThrow();
    expect(task.run_at < `${end}T00:00:00`).toBe(true);
    const reminders = () =>
      t.database.db
        .selectFrom('notifications')
        .select('subject')
        .where('recipient_staff_id', '=', stationWorker.id)
        .where('subject', '=', '公益性岗位即将期满')
        .execute();
    t.clock.advanceMinutes(300 * 24 * 60);
    await t.services.tasks.runDue(t.clock.now);
    expect(await reminders()).toHaveLength(0);
    t.clock.advanceMinutes(40 * 24 * 60);
    await t.services.tasks.runDue(t.clock.now);
    expect(await reminders()).toHaveLength(1);
  });
});
