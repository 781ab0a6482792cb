import { ResidentPageSchema, ResidentSchema, TimelineEntrySchema } from '@jobcircle/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ServiceContext } from '../../platform/context.ts';
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
import { idNumberFor, residentBody } from '../../test/factories.ts';
import { actorFor } from '../accounts/index.ts';
import { regionOf } from './index.ts';

let t: TestApp;
let district: Agent;
let townAdmin: Agent;
let pointWorker: Agent;

beforeAll(async () => {
  t = await buildTestApp();
  district = await t.as('district_admin', DISTRICT);
  townAdmin = await t.as('town_admin', CHENGQIAO);
  pointWorker = await t.as('point_staff', CHENGQIAO_VILLAGE);
});
afterAll(() => t.close());
afterEach(() => vi.restoreAllMocks());

let sequence = 200;
async function register(agent: Agent, overrides: Parameters<typeof residentBody>[2] = {}, town = CHENGQIAO, village = CHENGQIAO_VILLAGE) {
  sequence += 1;
  const response = await agent.post('/api/residents', residentBody(town, village, { idNumber: idNumberFor(sequence), ...overrides }));
  if (response.statusCode !== 201) throw new Error(`not registered: ${response.body}`);
  return ResidentSchema.parse(response.json());
}

async function auditRows(action: string, entityId: string) {
  return t.database.db.selectFrom('audit_logs').selectAll().where('action', '=', action).where('entity_id', '=', entityId).execute();
}

describe('registering a resident', () => {
  it('accepts a valid 310230 ID number, derives birth date and sex, and shows it masked', async () => {
    const id = idNumberFor(7, { birthDate: '1975-03-09' });
    const resident = await register(townAdmin, { idNumber: id, mobile: '13916001234' });
    expect(resident).toMatchObject({ birthDate: '1975-03-09', sex: 'male', isChongmingIdNumber: true });
    expect(resident.idNumberMasked).toBe(`310230********${id.slice(-4)}`);
    expect(resident.mobileMasked).toBe('139****1234');
    expect(JSON.stringify(resident)).not.toContain(id);
    expect(JSON.stringify(resident)).not.toContain('13916001234');
  });

  it('keeps ID numbers and mobiles encrypted at rest', async () => {
    const id = idNumberFor(8);
    const resident = await register(townAdmin, { idNumber: id, mobile: '13916005678' });
    const row = await t.database.db.selectFrom('residents').selectAll().where('id', '=', resident.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(id);
    expect(JSON.stringify(row)).not.toContain('13916005678');
    expect(row.id_number_cipher).toMatch(/^v1:/);
  });

  it.each([
    ['a wrong check character', { idNumber: '310230198001011230' }, 'idNumber'],
    ['an impossible birth date', { idNumber: '310230198002301234' }, 'idNumber'],
    ['a 17-digit ID number', { idNumber: '31023019800101123' }, 'idNumber'],
    ['a mobile with an unallocated prefix', { mobile: '14012345678' }, 'mobile'],
    ['a landline as mobile', { mobile: '02159612345' }, 'mobile'],
    [
      'a hardship group without its category',
      { keyGroups: [{ group: 'hardship', source: '认定', validFrom: '2026-01-01' }] },
      'keyGroups.0.hardshipCategory',
    ],
  ])('refuses %s with a field error', async (_case, overrides, field) => {
    const response = await townAdmin.post(
      '/api/residents',
      residentBody(CHENGQIAO, CHENGQIAO_VILLAGE, { idNumber: idNumberFor(999), ...overrides } as never),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
    expect(Object.keys(response.json().details.fieldErrors)).toContain(field);
  });

  it('accepts a legacy 15-digit ID number and stores it as 18', async () => {
    const resident = await register(townAdmin, { idNumber: '310230800101121' });
    expect(resident.birthDate).toBe('1980-01-01');
    expect(resident.idNumberMasked).toMatch(/^310230\*{8}\d{3}[\dX]$/);
  });

  it('refuses the same ID number twice (409 on the field)', async () => {
    const id = idNumberFor(31);
    await register(townAdmin, { idNumber: id });
    const again = await townAdmin.post('/api/residents', residentBody(CHENGQIAO, CHENGQIAO_VILLAGE, { idNumber: id }));
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('RESIDENT_ID_NUMBER_TAKEN');
    expect(again.json().details.fieldErrors.idNumber).toBeDefined();
  });

  it('keeps a point worker to the worker’s own village', async () => {
    const response = await pointWorker.post('/api/residents', residentBody(CHENGQIAO, CHENGQIAO_VILLAGE_2, { idNumber: idNumberFor(41) }));
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('REGION_OUT_OF_SCOPE');
  });
});

describe('reading residents', () => {
  it('gives a point worker 404 for another village’s resident and hides it from lists', async () => {
    const own = await register(townAdmin, {}, CHENGQIAO, CHENGQIAO_VILLAGE);
    const other = await register(townAdmin, {}, CHENGQIAO, CHENGQIAO_VILLAGE_2);
    const opened = await pointWorker.get(`/api/residents/${other.id}`);
    expect(opened.statusCode).toBe(404);
    expect(opened.json().code).toBe('NOT_FOUND');
    const page = ResidentPageSchema.parse((await pointWorker.get('/api/residents?pageSize=100')).json());
    expect(page.items.map((r) => r.id)).toContain(own.id);
    expect(page.items.map((r) => r.id)).not.toContain(other.id);
    expect(page.items.every((r) => r.villageCode === CHENGQIAO_VILLAGE)).toBe(true);
  });

  it('gives a town admin of 城桥镇 404 for a resident of 堡镇', async () => {
    const baozhen = await register(district, {}, BAOZHEN, BAOZHEN_VILLAGE);
    expect((await townAdmin.get(`/api/residents/${baozhen.id}`)).json().code).toBe('NOT_FOUND');
    const patched = await townAdmin.patch(`/api/residents/${baozhen.id}`, { version: 1, name: '改' });
    expect(patched.statusCode).toBe(404);
    expect(patched.json().code).toBe('NOT_FOUND');
  });

  it('audits every opening of a file', async () => {
    const resident = await register(townAdmin);
    await townAdmin.get(`/api/residents/${resident.id}`);
    await pointWorker.get(`/api/residents/${resident.id}`);
    expect(await auditRows('resident.read', resident.id)).toHaveLength(2);
  });

  it('shows health and disability only to those who may see sensitive data', async () => {
    const resident = await register(townAdmin, { hasDisability: true, healthNote: '腰椎旧伤' });
    expect((await townAdmin.get(`/api/residents/${resident.id}`)).json()).toMatchObject({ hasDisability: true, healthNote: '腰椎旧伤' });
    expect((await pointWorker.get(`/api/residents/${resident.id}`)).json()).toMatchObject({ hasDisability: null, healthNote: null });
  });
});

describe('unmasking', () => {
  it('needs a reason, returns the full numbers and audits the reason', async () => {
    const id = idNumberFor(51);
    const resident = await register(townAdmin, { idNumber: id, mobile: '13916009999' });
    const noReason = await pointWorker.post(`/api/residents/${resident.id}/unmask`, { fields: ['idNumber'], reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().code).toBe('VALIDATION_FAILED');
    expect(noReason.json().details.fieldErrors.reason).toBeDefined();
    const response = await pointWorker.post(`/api/residents/${resident.id}/unmask`, {
      fields: ['idNumber', 'mobile'],
      reason: '上门核实就业状态',
    });
    expect(response.json()).toEqual({ idNumber: id, mobile: '13916009999' });
    const rows = await auditRows('resident.unmask', resident.id);
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]?.details ?? '{}')).toEqual({ fields: ['idNumber', 'mobile'], reason: '上门核实就业状态' });
    expect(rows[0]?.details).not.toContain(id);
  });

  it('is refused to a volunteer (403)', async () => {
    const resident = await register(townAdmin);
    const volunteer = await t.as('volunteer', CHENGQIAO_VILLAGE);
    const response = await volunteer.post(`/api/residents/${resident.id}/unmask`, { fields: ['mobile'], reason: '想打电话' });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('FORBIDDEN');
  });
});

describe('search', () => {
  it('finds by a two-character name fragment, by pinyin initials and by the last four digits', async () => {
    const id = idNumberFor(61);
    const resident = await register(townAdmin, { idNumber: id, name: '施四滧', mobile: '13916004321' });
    const byFragment = ResidentPageSchema.parse((await townAdmin.get(`/api/residents?q=${encodeURIComponent('四滧')}`)).json());
    expect(byFragment.items.map((r) => r.id)).toEqual([resident.id]);
    const byOneChar = ResidentPageSchema.parse((await townAdmin.get(`/api/residents?q=${encodeURIComponent('滧')}`)).json());
    expect(byOneChar.items.map((r) => r.id)).toEqual([resident.id]);
    const byInitials = ResidentPageSchema.parse((await townAdmin.get('/api/residents?q=SS')).json());
    expect(byInitials.items.map((r) => r.id)).toContain(resident.id);
    const byIdLast4 = ResidentPageSchema.parse((await townAdmin.get(`/api/residents?last4=${id.slice(-4)}`)).json());
    expect(byIdLast4.items.map((r) => r.id)).toContain(resident.id);
    const byMobileLast4 = ResidentPageSchema.parse((await townAdmin.get('/api/residents?last4=4321')).json());
    expect(byMobileLast4.items.map((r) => r.id)).toContain(resident.id);
  });

  it('filters by key group, status, village and intention', async () => {
    const resident = await register(townAdmin, {
      employmentStatus: 'flexible',
      keyGroups: [
        { group: 'hardship', source: '镇受理中心认定', validFrom: '2026-01-01', validTo: '2028-12-31', hardshipCategory: 'older_age' },
      ],
      jobIntention: {
        occupations: ['4-14-06-02'],
        places: ['城桥镇'],
        payMinFen: 400000,
        payMaxFen: 600000,
        hours: 'full_time',
        maxCommuteMinutes: 30,
      },
    });
    const query = `keyGroup=hardship&status=flexible&villageCode=${CHENGQIAO_VILLAGE}&intention=4-14-06-02`;
    const page = ResidentPageSchema.parse((await townAdmin.get(`/api/residents?${query}`)).json());
    expect(page.items.map((r) => r.id)).toEqual([resident.id]);
    expect(page.items[0]?.keyGroups).toEqual(['hardship']);
  });
});

describe('changes', () => {
  it('records each employment status change with who, when and why', async () => {
    const resident = await register(townAdmin);
    const changed = await pointWorker.post(`/api/residents/${resident.id}/employment-status`, {
      status: 'employed',
      reason: '经推荐入职城桥镇某民宿',
      effectiveDate: '2026-11-20',
      version: 1,
    });
    expect(changed.statusCode).toBe(200);
    const history = ResidentSchema.parse(changed.json()).statusHistory;
    expect(history.map((h) => [h.status, h.previousStatus])).toEqual([
      ['employed', 'unemployed'],
      ['unemployed', null],
    ]);
    expect(history[0]?.changedBy).toMatch(/^测试/);
    expect((await auditRows('resident.status_change', resident.id)).length).toBe(1);
  });

  it('refuses a stale version (409) and keeps the newer change', async () => {
    const resident = await register(townAdmin);
    expect((await townAdmin.patch(`/api/residents/${resident.id}`, { version: 1, address: '新地址' })).statusCode).toBe(200);
    const stale = await pointWorker.patch(`/api/residents/${resident.id}`, { version: 1, address: '旧页面' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    expect((await townAdmin.get(`/api/residents/${resident.id}`)).json().address).toBe('新地址');
  });

  it('links a household through its head', async () => {
    const head = await register(townAdmin, { name: '王户主' });
    const child = await register(townAdmin, { name: '王小', householdId: head.id, householdRelation: 'child' });
    expect(child.householdId).toBe(head.id);
    expect(child.householdMembers.map((m) => m.name)).toEqual(['王户主']);
    const headNow = ResidentSchema.parse((await townAdmin.get(`/api/residents/${head.id}`)).json());
    expect(headNow).toMatchObject({ householdId: head.id, householdRelation: 'head' });
    expect(headNow.householdMembers.map((m) => m.name)).toEqual(['王小']);
  });
});

describe('assistance file and timeline', () => {
  it('creates then updates the file with its version, and the timeline shows both', async () => {
    const resident = await register(townAdmin);
    const body = {
      assessment: '有意愿，缺少技能',
      classification: 'needs_support',
      plan: '推荐电工培训',
      responsibleStaffId: pointWorker.staffId,
      nextFollowUpDate: '2026-12-10',
    };
    const created = await pointWorker.request({ method: 'PUT', url: `/api/residents/${resident.id}/assistance-file`, payload: body });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({
      classification: 'needs_support',
      version: 1,
      responsibleStaffName: expect.stringMatching(/^测试/),
    });
    const stale = await pointWorker.request({
      method: 'PUT',
      url: `/api/residents/${resident.id}/assistance-file`,
      payload: { ...body, version: 2 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const updated = await pointWorker.request({
      method: 'PUT',
      url: `/api/residents/${resident.id}/assistance-file`,
      payload: { ...body, plan: '已报名电工班', version: 1 },
    });
    expect(updated.json().version).toBe(2);
    await pointWorker.post(`/api/residents/${resident.id}/timeline`, { summary: '电话回访，已到课' });
    const timeline = (await pointWorker.get(`/api/residents/${resident.id}/timeline`)).json() as { kind: string }[];
    expect(timeline.map((e) => e.kind)).toEqual(['note', 'assistance_file', 'assistance_file', 'register']);
  });
});

describe('duplicates and merge', () => {
  it('finds the same name, birth date and village, and merges keeping both histories', async () => {
    const a = await register(townAdmin, { name: '李重复', idNumber: idNumberFor(71, { birthDate: '1990-02-02' }) });
    const b = await register(townAdmin, {
      name: '李重复',
      idNumber: idNumberFor(72, { birthDate: '1990-02-02' }),
      keyGroups: [{ group: 'veteran', source: '退役军人事务站', validFrom: '2020-01-01' }],
    });
    const pairs = (await townAdmin.get('/api/residents/duplicates')).json() as { residents: { id: string }[] }[];
    expect(
      pairs.some(
        (p) =>
          p.residents
            .map((r) => r.id)
            .sort()
            .join() === [a.id, b.id].sort().join(),
      ),
    ).toBe(true);
    expect((await pointWorker.get('/api/residents/duplicates')).json().code).toBe('FORBIDDEN');
    const merged = await townAdmin.post('/api/residents/merges', { keepId: a.id, mergeId: b.id, reason: '同一人两次登记' });
    expect(merged.statusCode).toBe(200);
    const kept = ResidentSchema.parse(merged.json());
    expect(kept.keyGroupMemberships.map((m) => m.group)).toEqual(['veteran']);
    expect(kept.statusHistory).toHaveLength(2);
    const gone = ResidentSchema.parse((await townAdmin.get(`/api/residents/${b.id}`)).json());
    expect(gone.mergedIntoId).toBe(a.id);
    expect((await townAdmin.patch(`/api/residents/${b.id}`, { version: gone.version, name: 'x' })).json().code).toBe('RESIDENT_MERGED');
    const list = ResidentPageSchema.parse((await townAdmin.get(`/api/residents?q=${encodeURIComponent('李重复')}`)).json());
    expect(list.items.map((r) => r.id)).toEqual([a.id]);
    expect((await auditRows('resident.merge', a.id)).length).toBe(1);
  });
});

describe('reading a file', () => {
  it('never decrypts the ID number or the mobile (only unmasking does)', async () => {
    const resident = await register(townAdmin, { idNumber: idNumberFor(81, { area: '310151' }) });
    const decrypt = vi.spyOn(t.services.cipher, 'decrypt');
    const file = ResidentSchema.parse((await townAdmin.get(`/api/residents/${resident.id}`)).json());
    expect(file.isChongmingIdNumber).toBe(true);
    expect(decrypt).not.toHaveBeenCalled();
    await townAdmin.post(`/api/residents/${resident.id}/unmask`, { fields: ['idNumber'], reason: '核对身份证号' });
    expect(decrypt).toHaveBeenCalledTimes(1);
  });

  it('renames a resident and finds the new name', async () => {
    const resident = await register(townAdmin, { name: '改名前' });
    const renamed = await townAdmin.patch(`/api/residents/${resident.id}`, { version: 1, name: '顾新名' });
    expect(ResidentSchema.parse(renamed.json()).name).toBe('顾新名');
    const found = ResidentPageSchema.parse((await townAdmin.get(`/api/residents?q=${encodeURIComponent('新名')}`)).json());
    expect(found.items.map((r) => r.id)).toEqual([resident.id]);
  });
});

describe('for other modules: timeline.append and regionOf', () => {
  async function contextOf(agent: Agent): Promise<ServiceContext> {
    const account = await t.services.accounts.staff.findAccount(agent.staffId);
    if (!account) throw new Error('no account');
    return { actor: actorFor(account), requestId: 'test', ip: '127.0.0.1', now: t.clock.now };
  }

  it('appends an entry with its source in the caller’s transaction, shown by the timeline API', async () => {
    const resident = await register(townAdmin);
    const ctx = await contextOf(pointWorker);
    const source = { module: 'ledger', id: '0193a000-0000-7000-8000-000000000001' };
    await t.database.db.transaction().execute(async (trx) => {
      await t.services.residents.timeline.append(trx, ctx, { residentId: resident.id, kind: 'service', summary: '职业指导', source });
    });
    const timeline = TimelineEntrySchema.array().parse((await townAdmin.get(`/api/residents/${resident.id}/timeline`)).json());
    expect(timeline[0]).toMatchObject({ kind: 'service', source, actorName: expect.any(String) });
    expect(timeline.find((e) => e.kind === 'register')?.source).toBeNull();
  });

  it('writes nothing when the caller’s transaction rolls back', async () => {
    const resident = await register(townAdmin);
    const ctx = await contextOf(pointWorker);
    await expect(
      t.database.db.transaction().execute(async (trx) => {
        await t.services.residents.timeline.append(trx, ctx, { residentId: resident.id, kind: 'service', summary: '回滚' });
        throw new Error('the caller fails');
      }),
    ).rejects.toThrow('the caller fails');
    const timeline = TimelineEntrySchema.array().parse((await townAdmin.get(`/api/residents/${resident.id}/timeline`)).json());
    expect(timeline.map((e) => e.kind)).toEqual(['register']);
  });

  it('refuses a resident outside the actor’s scope (NOT_FOUND) for both', async () => {
    const other = await register(townAdmin, {}, CHENGQIAO, CHENGQIAO_VILLAGE_2);
    const ctx = await contextOf(pointWorker);
    await expect(
      t.database.db
        .transaction()
        .execute((trx) => t.services.residents.timeline.append(trx, ctx, { residentId: other.id, kind: 'service', summary: '越权' })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(regionOf(t.database.db, ctx.actor.scope, other.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const townCtx = await contextOf(townAdmin);
    expect(await regionOf(t.database.db, townCtx.actor.scope, other.id)).toEqual({
      districtCode: DISTRICT,
      townCode: CHENGQIAO,
      villageCode: CHENGQIAO_VILLAGE_2,
      gridCode: null,
    });
  });
});
