import { ContactLogPageSchema, type CreateEmployerBody, creditCodeCheckChar, EmployerPageSchema, EmployerSchema } from '@jobcircle/domain';
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

let t: TestApp;
let district: Agent;
let chengqiaoAdmin: Agent;
let baozhenEmployer: { id: string; version: number };

/** A valid credit code of a Chongming enterprise, distinct for each n. */
function creditCode(n: number): string {
  const first17 = `91310151${String(n).padStart(9, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

let codes = 0;
function employerBody(townCode: string, overrides: Partial<CreateEmployerBody> = {}): CreateEmployerBody {
  codes += 1;
  return {
    kind: 'company',
    name: '测试用人单位有限公司',
    creditCode: creditCode(codes),
    industryDivision: '13',
    townCode,
    address: '测试路 1 号',
    lng: 121.4,
    lat: 31.6,
    ...overrides,
  };
}

async function createEmployer(agent: Agent, body: CreateEmployerBody): Promise<{ id: string; version: number }> {
  const response = await agent.post('/api/employers', body);
  if (response.statusCode !== 201) throw new Error(`employer not created: ${response.body}`);
  return response.json() as { id: string; version: number };
}

async function auditActions(entityId: string) {
  const rows = await t.database.db.selectFrom('audit_logs').select('action').where('entity_id', '=', entityId).orderBy('seq').execute();
  return rows.map((row) => row.action);
}

beforeAll(async () => {
  t = await buildTestApp();
  district = await t.as('district_admin', DISTRICT);
  chengqiaoAdmin = await t.as('town_admin', CHENGQIAO);
  baozhenEmployer = await createEmployer(
    district,
    employerBody(BAOZHEN, { name: '堡镇水产合作社', kind: 'cooperative', villageCode: BAOZHEN_VILLAGE }),
  );
});
afterAll(() => t.close());

describe('credit codes', () => {
  it('refuses a credit code with a wrong check character, naming the field', async () => {
    const response = await district.post('/api/employers', employerBody(CHENGQIAO, { creditCode: '91110000600037341N' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
    expect(response.json().details.fieldErrors.creditCode).toBeDefined();
  });

  it('accepts a valid credit code as typed in lower case, and stores it normalised', async () => {
    const response = await district.post('/api/employers', employerBody(CHENGQIAO, { creditCode: '91110000600037341l' }));
    expect(response.statusCode).toBe(201);
    const employer = EmployerSchema.parse(response.json());
    expect(employer).toMatchObject({ creditCode: '91110000600037341L', kind: 'company', townName: '城桥镇', isKeyEmployer: false });
    expect(employer.industrySection).toBe('C');
  });

  it('lets a sole proprietor go without a credit code, but not a company', async () => {
    const sole = await district.post(
      '/api/employers',
      employerBody(CHENGQIAO, { kind: 'sole_proprietor', name: '老王小吃店', creditCode: null }),
    );
    expect(sole.statusCode).toBe(201);
    expect(sole.json().creditCode).toBeNull();
    const second = await district.post(
      '/api/employers',
      employerBody(CHENGQIAO, { kind: 'sole_proprietor', name: '李记修车铺', creditCode: undefined }),
    );
    expect(second.statusCode).toBe(201);
    const company = await district.post('/api/employers', employerBody(CHENGQIAO, { creditCode: undefined }));
    expect(company.statusCode).toBe(400);
    expect(Object.keys(company.json().details.fieldErrors)).toEqual(['creditCode']);
    const turned = await district.patch(`/api/employers/${sole.json().id}`, { version: 1, kind: 'company' });
    expect(turned.statusCode).toBe(400);
    expect(turned.json().details.fieldErrors.creditCode).toBeDefined();
  });

  it('answers 409 for a credit code already registered, on create and on update', async () => {
    const body = employerBody(CHENGQIAO, { name: '重复代码测试公司' });
    await createEmployer(district, body);
    const again = await chengqiaoAdmin.post('/api/employers', { ...body, name: '另一家' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('EMPLOYER_CREDIT_CODE_TAKEN');
    expect(again.json().details.fieldErrors.creditCode).toBeDefined();
    const other = await createEmployer(district, employerBody(CHENGQIAO));
    const taken = await district.patch(`/api/employers/${other.id}`, { version: 1, creditCode: body.creditCode });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('EMPLOYER_CREDIT_CODE_TAKEN');
    const own = await district.patch(`/api/employers/${other.id}`, { version: 1, name: '保留自己的代码' });
    expect(own.statusCode).toBe(200);
  });
});

describe('employers and scope', () => {
  it('gives a town admin of 城桥镇 a 404 for an employer of 堡镇, whatever the route', async () => {
    const id = baozhenEmployer.id;
    const get = await chengqiaoAdmin.get(`/api/employers/${id}`);
    expect(get.statusCode).toBe(404);
    expect(get.json().code).toBe('NOT_FOUND');
    expect((await chengqiaoAdmin.patch(`/api/employers/${id}`, { version: 1, name: '改名' })).statusCode).toBe(404);
    expect((await chengqiaoAdmin.post(`/api/employers/${id}/deactivate`, { version: 1 })).statusCode).toBe(404);
    expect(
      (await chengqiaoAdmin.post(`/api/employers/${id}/contacts`, { name: '张三', role: '经理', phone: '13912345678' })).statusCode,
    ).toBe(404);
    expect((await chengqiaoAdmin.get(`/api/employers/${id}/contact-logs`)).statusCode).toBe(404);
    expect(
      (await chengqiaoAdmin.post(`/api/employers/${id}/contact-logs`, { channel: 'visit', summary: '走访', jobsCollected: 1 })).statusCode,
    ).toBe(404);
    expect((await district.get(`/api/employers/${id}`)).statusCode).toBe(200);
  });

  it('never lists another town’s employer, even when asked for that town', async () => {
    const mine = await createEmployer(chengqiaoAdmin, employerBody(CHENGQIAO, { name: '城桥本地企业' }));
    const all = EmployerPageSchema.parse((await chengqiaoAdmin.get('/api/employers?pageSize=100')).json());
    expect(all.items.map((e) => e.id)).not.toContain(baozhenEmployer.id);
    expect(all.items.map((e) => e.id)).toContain(mine.id);
    expect(all.items.every((e) => e.townCode === CHENGQIAO)).toBe(true);
    const asked = EmployerPageSchema.parse((await chengqiaoAdmin.get(`/api/employers?townCode=${BAOZHEN}`)).json());
    expect(asked.total).toBe(0);
  });

  it('refuses a town admin who registers an employer in another town', async () => {
    const response = await chengqiaoAdmin.post('/api/employers', employerBody(BAOZHEN));
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('REGION_OUT_OF_SCOPE');
    expect(response.json().details.fieldErrors.townCode).toBeDefined();
  });

  it('shows a point worker the employers of the worker’s village only, read-only', async () => {
    const here = await createEmployer(
      district,
      employerBody(CHENGQIAO, { name: '村里的民宿', kind: 'homestay', villageCode: CHENGQIAO_VILLAGE }),
    );
    const there = await createEmployer(
      district,
      employerBody(CHENGQIAO, { name: '邻村的民宿', kind: 'homestay', villageCode: CHENGQIAO_VILLAGE_2 }),
    );
    const worker = await t.as('point_staff', CHENGQIAO_VILLAGE);
    const page = EmployerPageSchema.parse((await worker.get('/api/employers?pageSize=100')).json());
    expect(page.items.map((e) => e.id)).toEqual([here.id]);
    expect((await worker.get(`/api/employers/${there.id}`)).statusCode).toBe(404);
    const create = await worker.post('/api/employers', employerBody(CHENGQIAO, { villageCode: CHENGQIAO_VILLAGE }));
    expect(create.statusCode).toBe(403);
  });

  it('refuses a volunteer who tries to register an employer (403)', async () => {
    const volunteer = await t.as('volunteer', CHENGQIAO_VILLAGE);
    const response = await volunteer.post('/api/employers', employerBody(CHENGQIAO, { villageCode: CHENGQIAO_VILLAGE }));
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('FORBIDDEN');
  });

  it('lets a station worker register and a mentor read', async () => {
    const worker = await t.as('station_staff', CHENGQIAO);
    const created = await worker.post(
      '/api/employers',
      employerBody(CHENGQIAO, { name: '家政服务社', kind: 'housekeeping', industryDivision: '80' }),
    );
    expect(created.statusCode).toBe(201);
    expect(created.json().industrySection).toBe('O');
    const mentor = await t.as('mentor', CHENGQIAO);
    expect((await mentor.get(`/api/employers/${created.json().id}`)).statusCode).toBe(200);
    expect((await mentor.post('/api/employers', employerBody(CHENGQIAO))).statusCode).toBe(403);
  });

  it('answers 401 without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/employers' });
    expect(response.statusCode).toBe(401);
  });
});

describe('GET /api/employers filters, sort and paging', () => {
  it('filters by kind, key-employer flag, industry section and a name fragment, and pages on the server', async () => {
    const key = await createEmployer(
      district,
      employerBody(BAOZHEN, { name: '筛选·重点制造企业', isKeyEmployer: true, industryDivision: '36' }),
    );
    const hotel = await createEmployer(
      district,
      employerBody(BAOZHEN, { name: '筛选·岛上民宿', kind: 'homestay', industryDivision: '61' }),
    );
    const platform = await createEmployer(
      district,
      employerBody(BAOZHEN, { name: '筛选·外卖平台', kind: 'platform', industryDivision: '64' }),
    );
    const q = `q=${encodeURIComponent('筛选·')}`;
    const list = async (query: string) => EmployerPageSchema.parse((await district.get(`/api/employers?${q}&${query}`)).json());

    expect((await list('kind=homestay')).items.map((e) => e.id)).toEqual([hotel.id]);
    expect((await list('isKeyEmployer=true')).items.map((e) => e.id)).toEqual([key.id]);
    expect((await list('isKeyEmployer=false')).total).toBe(2);
    expect((await list('industrySection=H')).items.map((e) => e.id)).toEqual([hotel.id]);
    expect((await list('industrySection=I')).items.map((e) => e.id)).toEqual([platform.id]);
    expect((await list('industrySection=C')).items.map((e) => e.industryDivision)).toEqual(['36']);

    const page1 = await list('sort=name&order=desc&pageSize=2&page=1');
    const page2 = await list('sort=name&order=desc&pageSize=2&page=2');
    expect(page1).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page1.items).toHaveLength(2);
    expect(page2.items).toHaveLength(1);
    const names = [...page1.items, ...page2.items].map((e) => e.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    expect(await list('page=9')).toMatchObject({ items: [], total: 3, page: 9 });
    expect(EmployerPageSchema.parse((await district.get('/api/employers?q=%25')).json()).total).toBe(0);
  });

  it('filters by village and hides deactivated employers when asked', async () => {
    const gone = await createEmployer(district, employerBody(BAOZHEN, { name: '即将停用的企业', villageCode: BAOZHEN_VILLAGE }));
    await district.post(`/api/employers/${gone.id}/deactivate`, { version: 1 });
    const village = EmployerPageSchema.parse((await district.get(`/api/employers?villageCode=${BAOZHEN_VILLAGE}&pageSize=100`)).json());
    expect(village.items.map((e) => e.id).sort()).toEqual([baozhenEmployer.id, gone.id].sort());
    expect(village.items.every((e) => e.villageCode === BAOZHEN_VILLAGE)).toBe(true);
    const active = EmployerPageSchema.parse((await district.get(`/api/employers?villageCode=${BAOZHEN_VILLAGE}&isActive=true`)).json());
    expect(active.items.map((e) => e.id)).toEqual([baozhenEmployer.id]);
  });
});

describe('contacts', () => {
  it('stores a contact’s phone encrypted, never in plain text, and shows it masked', async () => {
    const employer = await createEmployer(district, employerBody(CHENGQIAO, { name: '联系人测试公司' }));
    const response = await district.post(`/api/employers/${employer.id}/contacts`, {
      name: '张经理',
      role: '人事经理',
      phone: '139 1234 5678',
    });
    expect(response.statusCode).toBe(201);
    const saved = EmployerSchema.parse(response.json());
    expect(saved.contacts).toEqual([{ id: expect.any(String), name: '张经理', role: '人事经理', phoneMasked: '139****5678' }]);
    expect(response.body).not.toContain('12345678');

    const landline = await district.post(`/api/employers/${employer.id}/contacts`, {
      name: '前台',
      role: '总机',
      phone: '021-5961 2345转801',
    });
    expect(landline.json().contacts.map((c: { phoneMasked: string }) => c.phoneMasked)).toEqual(['139****5678', '021-59****45']);

    const rows = await t.database.db
      .selectFrom('employer_contacts')
      .selectAll()
      .where('employer_id', '=', employer.id)
      .orderBy('created_at')
      .execute();
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(JSON.stringify(row)).not.toMatch(/13912345678|1234\s*5678|59612345/);
      expect(row.phone_cipher).toMatch(/^v1:/);
    }
    expect(rows.map((row) => t.services.cipher.decrypt(row.phone_cipher)).sort()).toEqual(['021-59612345转801', '13912345678']);
    expect((await district.get(`/api/employers/${employer.id}`)).json().contacts).toHaveLength(2);
  });

  it('refuses a phone that is neither a mobile nor a fixed line', async () => {
    const response = await district.post(`/api/employers/${baozhenEmployer.id}/contacts`, { name: '王', role: '店主', phone: '12345' });
    expect(response.statusCode).toBe(400);
    expect(response.json().details.fieldErrors.phone).toBeDefined();
  });
});

describe('contact history', () => {
  it('appends contacts by the signed-in staff member and lists them newest first', async () => {
    const employer = await createEmployer(district, employerBody(CHENGQIAO, { name: '走访记录测试公司' }));
    const older = await chengqiaoAdmin.post(`/api/employers/${employer.id}/contact-logs`, {
      at: '2026-11-20T09:30:00+08:00',
      channel: 'visit',
      summary: '上门走访，了解用工需求',
      jobsCollected: 3,
    });
    expect(older.statusCode).toBe(201);
    expect(older.json()).toMatchObject({ at: '2026-11-20T01:30:00.000Z', channel: 'visit', jobsCollected: 3 });
    const newer = await district.post(`/api/employers/${employer.id}/contact-logs`, {
      channel: 'phone',
      summary: '电话回访',
      jobsCollected: 0,
    });
    expect(newer.json().at).toBe(t.clock.now.toISOString());
    const page = ContactLogPageSchema.parse((await chengqiaoAdmin.get(`/api/employers/${employer.id}/contact-logs`)).json());
    expect(page.total).toBe(2);
    expect(page.items.map((log) => log.channel)).toEqual(['phone', 'visit']);
    expect(page.items[1]?.staffName).toBe(`测试${chengqiaoAdmin.username}`);
    const second = ContactLogPageSchema.parse((await district.get(`/api/employers/${employer.id}/contact-logs?pageSize=1&page=2`)).json());
    expect(second.items.map((log) => log.id)).toEqual([older.json().id]);
  });

  it('refuses a contact dated in the future and a negative job count', async () => {
    const future = await district.post(`/api/employers/${baozhenEmployer.id}/contact-logs`, {
      at: '2027-01-01T00:00:00Z',
      channel: 'event',
      summary: '招聘会',
      jobsCollected: 1,
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().details.fieldErrors.at).toBeDefined();
    const negative = await district.post(`/api/employers/${baozhenEmployer.id}/contact-logs`, {
      channel: 'online',
      summary: 'x',
      jobsCollected: -1,
    });
    expect(negative.json().details.fieldErrors.jobsCollected).toBeDefined();
  });
});

describe('updates and audit', () => {
  it('updates with the version it read and refuses a stale version with 409', async () => {
    const employer = await createEmployer(district, employerBody(CHENGQIAO, { name: '版本测试公司' }));
    const first = await district.patch(`/api/employers/${employer.id}`, { version: 1, isKeyEmployer: true, employeeCount: 120 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, isKeyEmployer: true, employeeCount: 120, name: '版本测试公司' });
    const stale = await chengqiaoAdmin.patch(`/api/employers/${employer.id}`, { version: 1, name: '旧版本的修改' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    expect((await district.post(`/api/employers/${employer.id}/deactivate`, { version: 1 })).statusCode).toBe(409);
    expect((await district.get(`/api/employers/${employer.id}`)).json().name).toBe('版本测试公司');
  });

  it('moves an employer to a village and changes its industry, deriving the section', async () => {
    const employer = await createEmployer(district, employerBody(CHENGQIAO, { name: '迁址测试公司' }));
    const moved = await district.patch(`/api/employers/${employer.id}`, {
      version: 1,
      villageCode: CHENGQIAO_VILLAGE,
      industryDivision: '52',
    });
    expect(moved.json()).toMatchObject({ villageCode: CHENGQIAO_VILLAGE, industryDivision: '52', industrySection: 'F' });
    const elsewhere = await district.patch(`/api/employers/${employer.id}`, { version: 2, villageCode: BAOZHEN_VILLAGE });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().details.fieldErrors.villageCode).toBeDefined();
  });

  it('writes an audit row for each mutation, with no phone in it', async () => {
    const employer = await createEmployer(district, employerBody(CHENGQIAO, { name: '审计测试公司' }));
    await district.patch(`/api/employers/${employer.id}`, { version: 1, name: '审计测试公司（改）' });
    await district.post(`/api/employers/${employer.id}/contacts`, { name: '赵', role: '厂长', phone: '13912345678' });
    await district.post(`/api/employers/${employer.id}/contact-logs`, { channel: 'visit', summary: '走访', jobsCollected: 2 });
    await district.post(`/api/employers/${employer.id}/deactivate`, { version: 2 });
    expect(await auditActions(employer.id)).toEqual([
      'employer.create',
      'employer.update',
      'employer.add_contact',
      'employer.add_contact_log',
      'employer.deactivate',
    ]);
    const rows = await t.database.db.selectFrom('audit_logs').selectAll().where('entity_id', '=', employer.id).execute();
    expect(rows.every((row) => row.town_code === CHENGQIAO && row.entity_type === 'employer')).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('13912345678');
    expect((await district.get(`/api/employers/${employer.id}`)).json().isActive).toBe(false);
  });

  it('records no contact or visit on a deactivated employer until it is reactivated', async () => {
    const employer = await createEmployer(district, employerBody(CHENGQIAO, { name: '停用测试公司' }));
    await district.post(`/api/employers/${employer.id}/deactivate`, { version: 1 });
    const refused = await district.post(`/api/employers/${employer.id}/contact-logs`, {
      channel: 'visit',
      summary: '走访',
      jobsCollected: 0,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('EMPLOYER_INACTIVE');
    expect(
      (await district.post(`/api/employers/${employer.id}/contacts`, { name: '钱', role: '经理', phone: '13912345670' })).statusCode,
    ).toBe(409);
    const back = await district.post(`/api/employers/${employer.id}/reactivate`, { version: 2 });
    expect(back.json()).toMatchObject({ isActive: true, version: 3 });
    expect(
      (await district.post(`/api/employers/${employer.id}/contact-logs`, { channel: 'visit', summary: '走访', jobsCollected: 1 }))
        .statusCode,
    ).toBe(201);
    expect(await auditActions(employer.id)).toContain('employer.reactivate');
  });
});
