import { type CreateEmployerBody, type CreateJobBody, creditCodeCheckChar } from '@jobcircle/domain';
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
import { createSite, pointBody, stationBody } from '../../test/factories.ts';

// The test clock starts on Thursday 2026-11-26 at 10:00 in Shanghai.
let t: TestApp;
let admin: Agent;
let station: string;
let baozhenStation: string;
let employer: string;
let baozhenEmployer: string;
let stationWorker: { username: string; id: string };
let baozhenWorker: { username: string; id: string };
let volunteer: { username: string; id: string };

let codes = 0;
function employerBody(townCode: string, overrides: Partial<CreateEmployerBody> = {}): CreateEmployerBody {
  codes += 1;
  const first17 = `91310151${String(900 + codes).padStart(9, '0')}`;
  return {
    kind: 'company',
    name: `岗位测试企业${codes}`,
    creditCode: first17 + creditCodeCheckChar(first17),
    industryDivision: '13',
    townCode,
    address: '测试路 1 号',
    lng: 121.4,
    lat: 31.6,
    ...overrides,
  };
}

export function jobBody(employerId: string, siteId: string, overrides: Partial<CreateJobBody> = {}): CreateJobBody {
  return {
    employerId,
    siteId,
    kind: 'full_time',
    occupationCode: '4-09-08-01',
    title: '酒店保洁员',
    description: '负责客房和公共区域的清洁，提供工作服。',
    educationMin: 'junior_secondary',
    skills: ['清洁'],
    certificates: [],
    headcount: 2,
    payMinFen: 400_000,
    payMaxFen: 500_000,
    payUnit: 'month',
    workHours: 'full_time',
    dailyHours: '08:00–17:00',
    address: '城桥镇测试路 8 号',
    lng: 121.41,
    lat: 31.63,
    benefits: ['social_insurance', 'meals'],
    validFrom: '2026-11-20',
    validTo: '2026-12-31',
    contactName: '王经理',
    contactPhone: '13916001234',
    source: 'visit',
    ...overrides,
  };
}

function as(account: { username: string }): Promise<Agent> {
  return t.signIn(account.username);
}

async function createJob(agent: Agent, body: CreateJobBody): Promise<{ id: string; version: number; state: string }> {
  const response = await agent.post('/api/jobs', body);
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json();
}

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.as('district_admin', DISTRICT);
  station = (await createSite(admin, stationBody(CHENGQIAO, { contactPhone: '021-59611111' }))).id;
  baozhenStation = (await createSite(admin, stationBody(BAOZHEN, { name: '堡镇就业服务站' }))).id;
  await createSite(admin, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE));
  employer = (await admin.post('/api/employers', employerBody(CHENGQIAO))).json().id;
  baozhenEmployer = (await admin.post('/api/employers', employerBody(BAOZHEN, { villageCode: BAOZHEN_VILLAGE }))).json().id;
  stationWorker = await t.createAccount({ role: 'station_staff', regionCode: CHENGQIAO, siteId: station });
  baozhenWorker = await t.createAccount({ role: 'station_staff', regionCode: BAOZHEN, siteId: baozhenStation });
  volunteer = await t.createAccount({ role: 'volunteer', regionCode: CHENGQIAO_VILLAGE });
});
afterAll(() => t.close());

describe('collecting a job', () => {
  it('writes the job, a ledger line of item 4/5/6 by kind and an audit row, with the contact masked', async () => {
    const worker = await as(stationWorker);
    const full = await worker.post('/api/jobs', jobBody(employer, station));
    expect(full.statusCode, full.body).toBe(201);
    const job = full.json();
    expect(job).toMatchObject({
      state: 'draft',
      townCode: CHENGQIAO,
      employerId: employer,
      contactPhoneMasked: '139****1234',
      hiredCount: 0,
    });
    expect(job).not.toHaveProperty('contactPhone');
    expect(JSON.stringify(job)).not.toContain('13916001234');
    const record = await admin.get(`/api/ledger/records/${job.serviceRecordId}`);
    expect(record.statusCode, record.body).toBe(200);
    expect(record.json()).toMatchObject({ itemNo: 4, employerId: employer, siteId: station, channel: 'home_visit' });

    const partTime = await createJob(
      worker,
      jobBody(employer, station, { kind: 'part_time', workHours: 'part_time', title: '民宿客房整理' }),
    );
    const welfare = await createJob(worker, jobBody(employer, station, { kind: 'public_welfare', title: '村道保洁公益性岗位' }));
    const items = [];
    for (const id of [partTime.id, welfare.id]) {
      const row = (await worker.get(`/api/jobs/${id}`)).json();
      items.push((await admin.get(`/api/ledger/records/${row.serviceRecordId}`)).json().itemNo);
    }
    expect(items).toEqual([5, 6]);
  });

  it('refuses discriminatory wording, naming the words and the field, and writes nothing', async () => {
    const worker = await as(stationWorker);
    const before = (await worker.get('/api/jobs?pageSize=100')).json().total;
    const cases: [Partial<CreateJobBody>, string, string, string][] = [
      [{ title: '保安员（限男性）' }, 'title', 'sex', '限男性'],
      [{ description: '要求本市户籍，已婚已育' }, 'description', 'hukou', '本市户籍'],
      [{ requirementsNote: '35岁以下' }, 'requirementsNote', 'age', '35岁以下'],
      [{ description: '仅招汉族' }, 'description', 'ethnicity', '汉族'],
    ];
    for (const [overrides, field, category, word] of cases) {
      const response = await worker.post('/api/jobs', jobBody(employer, station, overrides));
      expect(response.statusCode, JSON.stringify(overrides)).toBe(400);
      const error = response.json();
      expect(error.code).toBe('JOB_WORDING_REFUSED');
      expect(error.details.fieldErrors).toHaveProperty(field);
      const finding = error.details.findings.find((f: { category: string }) => f.category === category);
      expect(finding?.words).toContain(word);
    }
    expect((await worker.get('/api/jobs?pageSize=100')).json().total).toBe(before);
  });

  it('refuses a post asking for a deposit or ID cards, and audits the attempt', async () => {
    const worker = await as(stationWorker);
    const response = await worker.post(
      '/api/jobs',
      jobBody(employer, station, { kind: 'gig', description: '日结，入职交押金 200 元，扣押身份证' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('JOB_WORDING_REFUSED');
    const audit = await admin.get('/api/audit-logs?action=job.fraud_refused');
    expect(audit.statusCode, audit.body).toBe(200);
    expect(audit.json().items.length).toBeGreaterThan(0);
  });

  it('takes an age range only with a lawful reason, and refuses bad input on its field', async () => {
    const worker = await as(stationWorker);
    const cases: [Partial<CreateJobBody>, string][] = [
      [{ ageMin: 18, ageMax: 50 }, 'ageReason'],
      [{ payMinFen: 500_000, payMaxFen: 400_000 }, 'payMaxFen'],
      [{ validTo: '2026-11-01' }, 'validTo'],
      [{ occupationCode: '9-99-99-99' }, 'occupationCode'],
      [{ headcount: 0 }, 'headcount'],
      [{ payUnit: 'week' as never }, 'payUnit'],
      [{ contactPhone: '123' }, 'contactPhone'],
    ];
    for (const [overrides, field] of cases) {
      const response = await worker.post('/api/jobs', jobBody(employer, station, overrides));
      expect(response.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(response.json().details.fieldErrors).toHaveProperty(field);
    }
    const lawful = await worker.post(
      '/api/jobs',
      jobBody(employer, station, { kind: 'public_welfare', ageMin: 40, ageMax: 60, ageReason: 'public_welfare_policy' }),
    );
    expect(lawful.statusCode, lawful.body).toBe(201);
    expect(lawful.json()).toMatchObject({ ageMin: 40, ageMax: 60, ageReason: 'public_welfare_policy' });
  });

  it('is scoped: a town collects for its own employers only, a volunteer may read but not write', async () => {
    const other = await as(baozhenWorker);
    const response = await other.post('/api/jobs', jobBody(employer, baozhenStation));
    expect(response.statusCode).toBe(400);
    expect(response.json().details.fieldErrors).toHaveProperty('employerId');
    const mine = await createJob(await as(stationWorker), jobBody(employer, station, { title: '城桥草稿岗位' }));
    expect((await other.get(`/api/jobs/${mine.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/api/jobs/${mine.id}`, { version: mine.version, title: '改掉' })).statusCode).toBe(404);
    const vol = await as(volunteer);
    expect((await vol.get('/api/jobs')).statusCode).toBe(200);
    expect((await vol.post('/api/jobs', jobBody(employer, station))).statusCode).toBe(403);
  });
});

describe('the state machine and expiry', () => {
  it('opens, fills, closes and reopens; a step the state does not allow answers 409', async () => {
    const worker = await as(stationWorker);
    const job = await createJob(worker, jobBody(employer, station, { title: '状态机岗位' }));
    const fill = await worker.post(`/api/jobs/${job.id}/fill`, { version: job.version });
    expect(fill.statusCode).toBe(409);
    expect(fill.json().code).toBe('JOB_STATE_CONFLICT');
    const open = await worker.post(`/api/jobs/${job.id}/open`, { version: job.version });
    expect(open.statusCode, open.body).toBe(200);
    expect(open.json().state).toBe('open');
    const stale = await worker.post(`/api/jobs/${job.id}/close`, { version: job.version });
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const filled = await worker.post(`/api/jobs/${job.id}/fill`, { version: open.json().version });
    expect(filled.json().state).toBe('filled');
    const reopened = await worker.post(`/api/jobs/${job.id}/reopen`, { version: filled.json().version });
    expect(reopened.json().state).toBe('open');
    const closed = await worker.post(`/api/jobs/${job.id}/close`, { version: reopened.json().version });
    expect(closed.json().state).toBe('closed');
  });

  it('edits re-run the wording check and the rules on the merged job', async () => {
    const worker = await as(stationWorker);
    const job = await createJob(worker, jobBody(employer, station, { title: '修改测试岗位' }));
    const bad = await worker.patch(`/api/jobs/${job.id}`, { version: job.version, description: '女性优先' });
    expect(bad.json().code).toBe('JOB_WORDING_REFUSED');
    const age = await worker.patch(`/api/jobs/${job.id}`, { version: job.version, ageMax: 45 });
    expect(age.json().details.fieldErrors).toHaveProperty('ageReason');
    const ok = await worker.patch(`/api/jobs/${job.id}`, { version: job.version, headcount: 5, title: '修改后的岗位' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ headcount: 5, title: '修改后的岗位', version: job.version + 1 });
  });

  it('expires the day after its validity: on read at once, and written by the durable task; expired jobs leave the public board', async () => {
    const worker = await as(stationWorker);
    const job = await createJob(worker, jobBody(employer, station, { title: '即将过期的岗位', validTo: '2026-11-27', publish: true }));
    expect(job.state).toBe('open');
    const board = async () => (await t.app.inject({ method: 'GET', url: `/api/public/jobs?townCode=${CHENGQIAO}&pageSize=100` })).json();
    expect((await board()).items.map((j: { id: string }) => j.id)).toContain(job.id);

    t.clock.advanceMinutes(2 * 24 * 60); // Saturday 2026-11-28
    expect((await board()).items.map((j: { id: string }) => j.id)).not.toContain(job.id);
    const again = await as(stationWorker);
    expect((await again.get(`/api/jobs/${job.id}`)).json().state).toBe('expired');
    const listed = (await again.get('/api/jobs?state=expired&pageSize=100')).json();
    expect(listed.items.map((j: { id: string }) => j.id)).toContain(job.id);

    await t.services.tasks.runDue(t.clock.now);
    const row = await t.database.db.selectFrom('jobs').select(['state']).where('id', '=', job.id).executeTakeFirstOrThrow();
    expect(row.state).toBe('expired');
    const auditor = await t.as('district_admin', DISTRICT);
    const audit = (await auditor.get('/api/audit-logs?action=job.expire')).json();
    expect(audit.items.map((a: { entityId: string }) => a.entityId)).toContain(job.id);
    admin = auditor;
  });
});

describe('the public board', () => {
  it('shows open jobs without sign-in, with the station contact and never the employer phone; filters by town, kind and occupation', async () => {
    const worker = await as(stationWorker);
    const open = await createJob(
      worker,
      jobBody(employer, station, { title: '公开岗位', kind: 'part_time', validTo: '2027-03-31', publish: true }),
    );
    const draft = await createJob(worker, jobBody(employer, station, { title: '草稿不公开', validTo: '2027-03-31' }));
    const baozhen = await createJob(
      await as(baozhenWorker),
      jobBody(baozhenEmployer, baozhenStation, { title: '堡镇岗位', validTo: '2027-03-31', publish: true }),
    );
    const list = await t.app.inject({ method: 'GET', url: `/api/public/jobs?townCode=${CHENGQIAO}&kind=part_time&occupation=4-09` });
    expect(list.statusCode, list.body).toBe(200);
    const ids = list.json().items.map((j: { id: string }) => j.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(baozhen.id);
    const detail = await t.app.inject({ method: 'GET', url: `/api/public/jobs/${open.id}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ stationName: '测试就业服务站', stationPhone: '021-59611111', siteId: station });
    expect(detail.body).not.toContain('13916001234');
    expect(detail.body).not.toContain('139****1234');
    expect(detail.body).not.toContain('王经理');
    expect((await t.app.inject({ method: 'GET', url: `/api/public/jobs/${draft.id}` })).statusCode).toBe(404);
    const bySite = await t.app.inject({ method: 'GET', url: `/api/public/jobs?siteId=${baozhenStation}` });
    expect(bySite.json().items.map((j: { id: string }) => j.id)).toEqual([baozhen.id]);
  });
});

describe('the job fair list', () => {
  it('exports the filtered jobs as xlsx with phones masked, audited', async () => {
    const worker = await as(stationWorker);
    await createJob(worker, jobBody(employer, station, { title: '=招聘会导出岗位', validTo: '2027-03-31', publish: true }));
    const response = await worker.get(`/api/jobs/export.xlsx?state=open&townCode=${CHENGQIAO}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('岗位');
    const cells = (sheet?.getSheetValues() ?? []).flat().map(String);
    expect(cells).toContain("'=招聘会导出岗位");
    expect(cells).toContain('139****1234');
    expect(cells).not.toContain('13916001234');
    const auditor = await t.as('district_admin', DISTRICT);
    expect((await auditor.get('/api/audit-logs?action=job.export')).json().items.length).toBeGreaterThan(0);
    expect((await worker.get('/api/jobs/export.xlsx?kind=contract')).statusCode).toBe(400);
  });
});
