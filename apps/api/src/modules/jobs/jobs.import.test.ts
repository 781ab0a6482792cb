import {
  type CreateEmployerBody,
  type CreateJobBody,
  creditCodeCheckChar,
  type Job,
  JobImportPreviewSchema,
  JobImportResultSchema,
  JobPageSchema,
} from '@jobcircle/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, BAOZHEN, buildTestApp, CHENGQIAO, CHENGQIAO_VILLAGE, DISTRICT, type TestApp } from '../../test/build-test-app.ts';
import { createSite, pointBody, stationBody } from '../../test/factories.ts';

// The test clock starts on Thursday 2026-11-26 at 10:00 in Shanghai.
let t: TestApp;
let admin: Agent;
let worker: Agent;
let pointWorker: Agent;
let station: string;
let point: string;
const employers: Record<'town' | 'village' | 'baozhen' | 'noContact', { id: string; name: string; creditCode: string }> = {} as never;

let codes = 0;
function employerBody(townCode: string, overrides: Partial<CreateEmployerBody> = {}): CreateEmployerBody {
  codes += 1;
  const first17 = `91310151${String(700 + codes).padStart(9, '0')}`;
  return {
    kind: 'company',
    name: `导入测试企业${codes}`,
    creditCode: first17 + creditCodeCheckChar(first17),
    industryDivision: '13',
    townCode,
    address: '导入路 1 号',
    ...overrides,
  };
}

function jobBody(employerId: string, siteId: string, overrides: Partial<CreateJobBody> = {}): CreateJobBody {
  return {
    employerId,
    siteId,
    kind: 'full_time',
    occupationCode: '4-09-08-01',
    title: '酒店保洁员',
    description: '负责客房和公共区域的清洁。',
    educationMin: 'junior_secondary',
    headcount: 2,
    payMinFen: 400_000,
    payMaxFen: 500_000,
    payUnit: 'month',
    workHours: 'full_time',
    dailyHours: '08:00–17:00',
    address: '城桥镇导入路 8 号',
    benefits: ['social_insurance', 'meals'],
    validFrom: '2026-11-20',
    validTo: '2026-12-31',
    contactName: '王经理',
    contactPhone: '13916001234',
    source: 'visit',
    ...overrides,
  };
}

async function addEmployer(body: CreateEmployerBody, contact = true) {
  const created = await admin.post('/api/employers', body);
  if (created.statusCode !== 201) throw new Error(created.body);
  const id: string = created.json().id;
  if (contact) {
    const added = await admin.post(`/api/employers/${id}/contacts`, { name: '李主管', role: '人事经理', phone: '13916005678' });
    if (added.statusCode !== 201) throw new Error(added.body);
  }
  return { id, name: body.name, creditCode: body.creditCode as string };
}

const HEADINGS = ['岗位名称', '用人单位', '类型', '职业代码', '薪酬', '招聘人数', '截止日期'];

/** A workbook of the given rows under `headings` (a title row above them when asked, as the export writes). */
async function xlsx(rows: (string | number | ExcelJS.CellValue)[][], headings = HEADINGS, titleRow = false): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('岗位');
  if (titleRow) sheet.addRow(['岗位信息表']);
  sheet.addRow(headings);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

function row(title: string, employer: string, overrides: Partial<Record<(typeof HEADINGS)[number], string>> = {}): string[] {
  const values: Record<string, string> = {
    岗位名称: title,
    用人单位: employer,
    类型: '全日制',
    职业代码: '4-09-08-01',
    薪酬: '4000–5000 元/月',
    招聘人数: '3',
    截止日期: '2026-12-31',
    ...overrides,
  };
  return HEADINGS.map((heading) => values[heading] ?? '');
}

async function jobsOf(agent: Agent, employerId: string): Promise<Job[]> {
  const response = await agent.get(`/api/jobs?employerId=${employerId}&pageSize=100`);
  expect(response.statusCode, response.body).toBe(200);
  return JobPageSchema.parse(response.json()).items;
}

async function countJobs(): Promise<number> {
  return JobPageSchema.parse((await admin.get('/api/jobs?pageSize=1')).json()).total;
}

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.as('district_admin', DISTRICT);
  station = (await createSite(admin, stationBody(CHENGQIAO, { name: '城桥镇导入测试站' }))).id;
  point = (await createSite(admin, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE))).id;
  employers.town = await addEmployer(employerBody(CHENGQIAO));
  employers.village = await addEmployer(employerBody(CHENGQIAO, { villageCode: CHENGQIAO_VILLAGE }));
  employers.baozhen = await addEmployer(employerBody(BAOZHEN));
  employers.noContact = await addEmployer(employerBody(CHENGQIAO), false);
  worker = await t.as('station_staff', CHENGQIAO, { siteId: station });
  pointWorker = await t.as('point_staff', CHENGQIAO_VILLAGE, { siteId: point });
});
afterAll(() => t.close());

describe('importing jobs from a spreadsheet (issue 9 §6)', () => {
  it('re-imports an exported job-fair list as the same jobs, with source import, each on the ledger, audited', async () => {
    const originals = [
      jobBody(employers.town.id, station, { title: '仓库理货员', publish: true }),
      jobBody(employers.town.id, station, {
        title: '超市收银员',
        kind: 'part_time',
        workHours: 'part_time',
        payMinFen: 2_500,
        payMaxFen: 3_050,
        payUnit: 'hour',
        headcount: 5,
        educationMin: null,
        publish: true,
      }),
      jobBody(employers.town.id, station, {
        title: '村道保洁',
        kind: 'public_welfare',
        payMinFen: 260_000,
        payMaxFen: 260_000,
        publish: true,
      }),
    ];
    for (const body of originals) {
      const created = await worker.post('/api/jobs', body);
      expect(created.statusCode, created.body).toBe(201);
    }
    const exported = await worker.get(`/api/jobs/export.xlsx?employerId=${employers.town.id}`);
    expect(exported.statusCode).toBe(200);
    const file = { fileName: '岗位信息表.xlsx', contentBase64: exported.rawPayload.toString('base64') };

    const before = await countJobs();
    const preview = await worker.post('/api/jobs/import/preview', file);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(JobImportPreviewSchema.parse(preview.json())).toEqual({ totalRows: 3, validRows: 3, invalidRows: 0, errors: [] });
    expect(await countJobs()).toBe(before);

    const imported = await worker.post('/api/jobs/import', file);
    expect(imported.statusCode, imported.body).toBe(201);
    const result = JobImportResultSchema.parse(imported.json());
    expect(result.created).toBe(3);

    const jobs = await jobsOf(worker, employers.town.id);
    const shape = (job: Job) => [job.title, job.kind, job.payMinFen, job.payMaxFen, job.payUnit, job.headcount, job.employerId];
    const copies = jobs.filter((job) => job.source === 'import');
    expect(copies.map((job) => job.id).sort()).toEqual([...result.jobIds].sort());
    expect(copies.map(shape).sort()).toEqual(
      originals.map((o) => [o.title, o.kind, o.payMinFen, o.payMaxFen, o.payUnit, o.headcount, o.employerId]).sort(),
    );
    expect(copies.length).toBe(3);
    for (const job of copies) {
      expect(job).toMatchObject({ state: 'open', siteId: station, townCode: CHENGQIAO, contactPhoneMasked: '139****5678' });
      const record = await admin.get(`/api/ledger/records/${job.serviceRecordId}`);
      expect(record.statusCode, record.body).toBe(200);
      expect(record.json()).toMatchObject({ employerId: employers.town.id, siteId: station, channel: 'online' });
    }
    const audit = (await admin.get('/api/audit-logs?action=job.import')).json();
    expect(audit.items.length).toBe(1);
    expect(audit.items[0].details).toMatchObject({ created: 3, skipped: 0 });
    const creates = (await admin.get('/api/audit-logs?action=job.create&pageSize=100')).json();
    expect(creates.items.filter((item: { entityId: string }) => result.jobIds.includes(item.entityId)).length).toBe(3);
  });

  it('reads the usual heading variants and the state as given (草稿 stays a draft)', async () => {
    const headings = ['职位名称', '单位名称', '岗位类型', '工种', '薪资', '人数', '有效期至', '岗位状态', '联系人', '联系电话'];
    const content = await xlsx(
      [['面点师', employers.noContact.name, '全职', '中式面点师', '200-260元/天', '2', '2026/12/20', '草稿', '赵师傅', '13916007777']],
      headings,
    );
    const response = await worker.post('/api/jobs/import', { fileName: '招聘会.xlsx', contentBase64: content });
    expect(response.statusCode, response.body).toBe(201);
    const [job] = (await jobsOf(worker, employers.noContact.id)).filter((j) => j.source === 'import');
    expect(job).toMatchObject({
      title: '面点师',
      kind: 'full_time',
      state: 'draft',
      payUnit: 'day',
      payMinFen: 20_000,
      validTo: '2026-12-20',
    });
  });

  it('reports discriminatory wording with its row and field, writes nothing at preview, and refuses the import unless told to skip', async () => {
    const content = await xlsx([row('保安员（限男性）', employers.town.name), row('门卫', employers.town.name)], HEADINGS, true);
    const file = { fileName: 'jobs.xlsx', contentBase64: content };
    const before = await countJobs();
    const preview = await worker.post('/api/jobs/import/preview', file);
    expect(preview.statusCode, preview.body).toBe(200);
    const body = JobImportPreviewSchema.parse(preview.json());
    expect(body).toMatchObject({ totalRows: 2, validRows: 1, invalidRows: 1 });
    expect(body.errors.map(({ row, field, code }) => ({ row, field, code }))).toEqual([
      { row: 3, field: 'title', code: 'wording_refused' },
    ]);
    expect(body.errors[0]?.reason).toContain('限男性');
    expect(await countJobs()).toBe(before);

    const refused = await worker.post('/api/jobs/import', file);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'JOB_IMPORT_HAS_ERRORS', details: { validRows: 1, invalidRows: 1 } });
    expect(await countJobs()).toBe(before);

    const skipped = await worker.post('/api/jobs/import', { ...file, skipInvalid: true });
    expect(skipped.statusCode, skipped.body).toBe(201);
    expect(skipped.json()).toMatchObject({ created: 1, invalidRows: 1 });
    expect(await countJobs()).toBe(before + 1);
  });

  it('reports an unknown employer and one outside the scope alike, per row, by name or credit code', async () => {
    const headings = [...HEADINGS, '统一社会信用代码'];
    const content = await xlsx(
      [
        [...row('理货员', '不存在的公司'), ''],
        [...row('理货员', employers.baozhen.name), ''],
        [...row('理货员', ''), employers.baozhen.creditCode],
        [...row('理货员', '随便写的名字'), employers.town.creditCode.toLowerCase()],
      ],
      headings,
    );
    const response = await worker.post('/api/jobs/import/preview', { fileName: 'jobs.xlsx', contentBase64: content });
    expect(response.statusCode, response.body).toBe(200);
    const body = JobImportPreviewSchema.parse(response.json());
    expect(body.validRows).toBe(1);
    expect(body.errors.map(({ row, field, code }) => ({ row, field, code }))).toEqual([
      { row: 2, field: 'employerName', code: 'employer_unknown' },
      { row: 3, field: 'employerName', code: 'employer_unknown' },
      { row: 4, field: 'creditCode', code: 'employer_unknown' },
    ]);
    // Out of scope reads exactly as unknown: nothing tells the two apart.
    expect(body.errors[1]?.reason).toBe(body.errors[0]?.reason);
    expect(JSON.stringify(body)).not.toContain(employers.baozhen.id);
  });

  it("keeps a point worker's import to the employers of their village", async () => {
    const content = await xlsx([row('村民超市理货', employers.village.name), row('镇上企业岗位', employers.town.name)]);
    const file = { fileName: 'jobs.xlsx', contentBase64: content };
    const preview = JobImportPreviewSchema.parse((await pointWorker.post('/api/jobs/import/preview', file)).json());
    expect(preview.errors.map(({ row, field, code }) => ({ row, field, code }))).toEqual([
      { row: 3, field: 'employerName', code: 'employer_unknown' },
    ]);
    const imported = await pointWorker.post('/api/jobs/import', { ...file, skipInvalid: true });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json().created).toBe(1);
    const townJobs = await jobsOf(admin, employers.town.id);
    expect(townJobs.filter((job) => job.title === '镇上企业岗位')).toEqual([]);
    const villageJobs = await jobsOf(pointWorker, employers.village.id);
    expect(villageJobs.map((job) => [job.title, job.siteId, job.source])).toEqual([['村民超市理货', point, 'import']]);
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const headings = [...HEADINGS, '岗位描述', '工作地点'];
    const content = await xlsx(
      [[...row('=HYPERLINK("http://e.cn","点")', employers.town.name), { formula: 'A1', result: '@SUM(A1)' }, '+1+cmd|calc!A0']],
      headings,
    );
    const response = await worker.post('/api/jobs/import', { fileName: 'jobs.xlsx', contentBase64: content });
    expect(response.statusCode, response.body).toBe(201);
    const id = response.json().jobIds[0];
    const job = (await worker.get(`/api/jobs/${id}`)).json();
    expect(job.title).toBe(`'=HYPERLINK("http://e.cn","点")`);
    expect(job.description).toBe(`'@SUM(A1)`);
    expect(job.address).toBe(`'+1+cmd|calc!A0`);
  });

  it('refuses a bad file with a code: not a spreadsheet, unreadable, too large, no heading, empty', async () => {
    const before = await countJobs();
    const pdf = await worker.post('/api/jobs/import/preview', { fileName: '岗位.pdf', contentBase64: 'AAAA' });
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(pdf.json().details.fieldErrors).toHaveProperty('fileName');

    const garbage = await worker.post('/api/jobs/import/preview', {
      fileName: '岗位.xlsx',
      contentBase64: Buffer.from('not a zip').toString('base64'),
    });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().code).toBe('IMPORT_FILE_UNREADABLE');

    const large = await worker.post('/api/jobs/import', { fileName: '岗位.xlsx', contentBase64: 'A'.repeat(40_000_004) });
    expect(large.statusCode).toBe(400);
    expect(large.json().details.fieldErrors).toHaveProperty('contentBase64');

    const noHeading = await worker.post('/api/jobs/import/preview', {
      fileName: '岗位.xlsx',
      contentBase64: await xlsx([row('理货员', employers.town.name)], ['名称', '单位', '其他']),
    });
    expect(noHeading.statusCode).toBe(400);
    expect(noHeading.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(noHeading.json().details.fieldErrors).toHaveProperty('contentBase64');

    const empty = await worker.post('/api/jobs/import/preview', { fileName: '岗位.xlsx', contentBase64: await xlsx([], HEADINGS) });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().details.fieldErrors).toHaveProperty('contentBase64');
    expect(await countJobs()).toBe(before);
  });

  it('asks an importer without a site for one, and is closed to roles that may not collect jobs', async () => {
    const content = await xlsx([row('理货员', employers.town.name)]);
    const noSite = await admin.post('/api/jobs/import/preview', { fileName: 'jobs.xlsx', contentBase64: content });
    expect(noSite.statusCode).toBe(400);
    expect(noSite.json().details.fieldErrors).toHaveProperty('siteId');
    const withSite = await admin.post('/api/jobs/import/preview', { fileName: 'jobs.xlsx', contentBase64: content, siteId: station });
    expect(withSite.statusCode, withSite.body).toBe(200);
    expect(withSite.json().validRows).toBe(1);

    const volunteer = await t.as('volunteer', CHENGQIAO_VILLAGE);
    for (const url of ['/api/jobs/import/preview', '/api/jobs/import']) {
      const response = await volunteer.post(url, { fileName: 'jobs.xlsx', contentBase64: content });
      expect(response.statusCode).toBe(403);
    }
  });
});
