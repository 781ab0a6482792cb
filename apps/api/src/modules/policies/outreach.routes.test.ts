import type { CreatePolicyBody, OutreachTask } from '@jobcircle/domain';
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
import { createSite, idNumberFor, pointBody, residentBody } from '../../test/factories.ts';

// The test clock starts on Thursday 2026-11-26 (10:00 in Shanghai). No policy is seeded here: the
// two below are the only ones in force, so the expected tasks can be worked out by hand.
const GRID = `${CHENGQIAO_VILLAGE}-01`;
let t: TestApp;
let admin: Agent;
let townAdmin: Agent;
let pointWorker: Agent;
let pointWorkerId: string;
let gridWorkerId: string;
let otherWorker: Agent;
let otherWorkerId: string;
let unemployedPolicy: string;
let employedPolicy: string;
const residents: Record<string, string> = {};

let sequence = 700;
async function registerResident(village: string, overrides: Record<string, unknown> = {}): Promise<string> {
  sequence += 1;
  const response = await admin.post(
    '/api/residents',
    residentBody(CHENGQIAO, village, { idNumber: idNumberFor(sequence), name: `找人测试${sequence}`, ...overrides }),
  );
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id as string;
}

function policyBody(code: string, status: 'unemployed' | 'employed'): CreatePolicyBody {
  return {
    code,
    name: `测试政策${code}`,
    documentNumber: '测试〔2026〕2号',
    issuingBody: '测试机关',
    source: 'https://example.org/policy',
    effectiveFrom: '2026-01-01',
    effectiveTo: null,
    summary: '测试用政策。',
    rulePack: {
      conditions: {
        all: [
          { fact: 'hukou', op: 'in', value: ['local_agricultural', 'local_non_agricultural'] },
          { fact: 'employment_status', op: 'in', value: [status] },
        ],
      },
      amounts: [],
      period: null,
      evidence: [],
    },
  };
}

async function createPolicy(code: string, status: 'unemployed' | 'employed'): Promise<string> {
  const response = await admin.post('/api/policies', policyBody(code, status));
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id as string;
}

async function allTasks(): Promise<OutreachTask[]> {
  const response = await townAdmin.get('/api/outreach/tasks?pageSize=100');
  expect(response.statusCode).toBe(200);
  return response.json().items as OutreachTask[];
}

function taskOf(tasks: OutreachTask[], resident: string, policy: string): OutreachTask {
  const task = tasks.find((x) => x.residentId === residents[resident] && x.policyId === policy);
  if (!task) throw new Error(`no task for ${resident}`);
  return task;
}

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.as('district_admin', DISTRICT);
  townAdmin = await t.as('town_admin', CHENGQIAO);
  const point = (await createSite(admin, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE))).id;
  const otherPoint = (await createSite(admin, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE_2))).id;
  const first = await t.createAccount({ role: 'point_staff', regionCode: CHENGQIAO_VILLAGE, siteId: point });
  pointWorkerId = first.id;
  pointWorker = await t.signIn(first.username);
  t.clock.advanceMinutes(1);
  gridWorkerId = (await t.createAccount({ role: 'point_staff', regionCode: CHENGQIAO_VILLAGE, siteId: point })).id;
  const other = await t.createAccount({ role: 'point_staff', regionCode: CHENGQIAO_VILLAGE_2, siteId: otherPoint });
  otherWorkerId = other.id;
  otherWorker = await t.signIn(other.username);
  const grid = await townAdmin.post('/api/grids', { code: GRID, name: '第一网格', responsibleStaffId: gridWorkerId });
  if (grid.statusCode !== 201) throw new Error(grid.body);

  unemployedPolicy = await createPolicy('outreach_unemployed', 'unemployed');
  employedPolicy = await createPolicy('outreach_employed', 'employed');
  residents.onGrid = await registerResident(CHENGQIAO_VILLAGE, { gridCode: GRID });
  residents.hukouUnknown = await registerResident(CHENGQIAO_VILLAGE, { hukouType: 'unknown' });
  residents.employed = await registerResident(CHENGQIAO_VILLAGE, { employmentStatus: 'employed' });
  residents.otherVillage = await registerResident(CHENGQIAO_VILLAGE_2);
  residents.nonLocal = await registerResident(CHENGQIAO_VILLAGE, { hukouType: 'non_local' });
  residents.decided = await registerResident(CHENGQIAO_VILLAGE);
  const decided = await pointWorker.post(`/api/policies/${unemployedPolicy}/decisions`, { residentId: residents.decided });
  if (decided.statusCode !== 201) throw new Error(decided.body);
});
afterAll(() => t.close());

describe('screening (政策找人)', () => {
  it('is refused to a point worker (no outreach:screen)', async () => {
    const response = await pointWorker.post('/api/outreach/screenings', {});
    expect(response.statusCode).toBe(403);
  });

  it('creates exactly the expected tasks, assigned by grid, and none more when re-run', async () => {
    const first = await townAdmin.post('/api/outreach/screenings', {});
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ on: '2026-11-26', policies: 2, screened: 6, created: 4 });
    const tasks = await allTasks();
    const pairs = tasks.map((x) => `${x.residentId}:${x.policyId}`).sort();
    expect(pairs).toEqual(
      [
        `${residents.onGrid}:${unemployedPolicy}`,
        `${residents.hukouUnknown}:${unemployedPolicy}`,
        `${residents.employed}:${employedPolicy}`,
        `${residents.otherVillage}:${unemployedPolicy}`,
      ].sort(),
    );
    expect(taskOf(tasks, 'onGrid', unemployedPolicy)).toMatchObject({
      result: 'eligible',
      state: 'likely',
      assignedStaffId: gridWorkerId,
      versionNo: 1,
    });
    expect(taskOf(tasks, 'hukouUnknown', unemployedPolicy)).toMatchObject({ result: 'unknown', assignedStaffId: pointWorkerId });
    expect(taskOf(tasks, 'otherVillage', unemployedPolicy).assignedStaffId).toBe(otherWorkerId);

    const again = await townAdmin.post('/api/outreach/screenings', {});
    expect(again.json()).toMatchObject({ screened: 6, created: 0 });
    expect(await allTasks()).toHaveLength(4);
  });

  it('a new rule version changes no task already created', async () => {
    const pack = policyBody('x', 'unemployed').rulePack;
    pack.conditions = { all: [{ fact: 'employment_status', op: 'in', value: ['unemployed'] }] };
    const version = await admin.post(`/api/policies/${unemployedPolicy}/versions`, { rulePack: pack, note: '放宽户籍' });
    expect(version.statusCode).toBe(201);
    const rerun = await townAdmin.post('/api/outreach/screenings', {});
    // The non-local resident now qualifies under version 2; the earlier tasks keep version 1.
    expect(rerun.json()).toMatchObject({ created: 1 });
    const tasks = await allTasks();
    expect(taskOf(tasks, 'nonLocal', unemployedPolicy)).toMatchObject({ versionNo: 2, result: 'eligible' });
    expect(taskOf(tasks, 'onGrid', unemployedPolicy).versionNo).toBe(1);
    expect(taskOf(tasks, 'hukouUnknown', unemployedPolicy)).toMatchObject({ versionNo: 1, result: 'unknown' });
  });

  it('a screening by a point-level scope sees only its village', async () => {
    const outcome = await t.services.outreach.screenScope(t.clock.now, {
      level: 'village',
      districtCode: DISTRICT,
      townCode: CHENGQIAO,
      villageCode: CHENGQIAO_VILLAGE_2,
    });
    expect(outcome).toMatchObject({ screened: 1, created: 0 });
  });
});

describe('outreach tasks and the funnel', () => {
  it('a point worker sees their own by default, the village on asking, never another village', async () => {
    const mine = (await pointWorker.get('/api/outreach/tasks')).json().items as OutreachTask[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((x) => x.assignedStaffId === pointWorkerId)).toBe(true);
    const village = (await pointWorker.get('/api/outreach/tasks?mine=false&pageSize=100')).json().items as OutreachTask[];
    expect(village.length).toBeGreaterThan(mine.length);
    expect(village.every((x) => x.villageCode === CHENGQIAO_VILLAGE)).toBe(true);
    const byPolicy = (await townAdmin.get(`/api/outreach/tasks?policyId=${employedPolicy}&state=likely`)).json();
    expect(byPolicy.total).toBe(1);
    const byVillage = (await townAdmin.get(`/api/outreach/tasks?villageCode=${CHENGQIAO_VILLAGE_2}`)).json();
    expect(byVillage.total).toBe(1);

    const foreign = taskOf(await allTasks(), 'otherVillage', unemployedPolicy);
    expect((await pointWorker.get(`/api/outreach/tasks/${foreign.id}`)).statusCode).toBe(404);
    const move = await pointWorker.post(`/api/outreach/tasks/${foreign.id}/moves`, { state: 'contacted', version: 1, note: '电话' });
    expect(move.statusCode).toBe(404);
  });

  it('moves a task step by step, each step in the ledger and on the timeline; illegal steps refused', async () => {
    const task = taskOf(await allTasks(), 'hukouUnknown', unemployedPolicy);
    const skip = await pointWorker.post(`/api/outreach/tasks/${task.id}/moves`, { state: 'paid', version: task.version });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().code).toBe('OUTREACH_STATE_CONFLICT');
    const noNote = await pointWorker.post(`/api/outreach/tasks/${task.id}/moves`, { state: 'contacted', version: task.version });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().details.fieldErrors.note).toBeDefined();

    const contacted = await pointWorker.post(`/api/outreach/tasks/${task.id}/moves`, {
      state: 'contacted',
      version: task.version,
      note: '电话告知政策',
    });
    expect(contacted.statusCode).toBe(200);
    expect(contacted.json()).toMatchObject({ state: 'contacted', note: '电话告知政策', version: task.version + 1 });
    const stale = await pointWorker.post(`/api/outreach/tasks/${task.id}/moves`, { state: 'applied', version: task.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const applied = await pointWorker.post(`/api/outreach/tasks/${task.id}/moves`, { state: 'applied', version: task.version + 1 });
    expect(applied.statusCode).toBe(200);
    const back = await pointWorker.post(`/api/outreach/tasks/${task.id}/moves`, {
      state: 'contacted',
      version: task.version + 2,
      note: '再联系',
    });
    expect(back.json().code).toBe('OUTREACH_STATE_CONFLICT');

    const records = await t.database.db
      .selectFrom('service_records')
      .select(['item_no', 'resident_id'])
      .where('source_module', '=', 'outreach')
      .where('source_id', '=', task.id)
      .orderBy('item_no')
      .execute();
    expect(records.map((r) => Number(r.item_no))).toEqual([3, 19]);
    const timeline = await t.database.db
      .selectFrom('resident_timeline')
      .select('kind')
      .where('resident_id', '=', residents.hukouUnknown as string)
      .where('source_module', '=', 'outreach')
      .where('kind', '=', 'policy')
      .execute();
    expect(timeline).toHaveLength(2);
  });

  it('counts per policy and state in the actor scope', async () => {
    const town = (await townAdmin.get('/api/outreach/funnel')).json() as {
      policyId: string;
      counts: Record<string, number>;
      total: number;
    }[];
    const unemployed = town.find((row) => row.policyId === unemployedPolicy);
    expect(unemployed?.counts).toMatchObject({ likely: 3, applied: 1, contacted: 0 });
    expect(unemployed?.total).toBe(4);
    const village2 = (await otherWorker.get('/api/outreach/funnel')).json() as typeof town;
    expect(village2.find((row) => row.policyId === unemployedPolicy)?.total).toBe(1);
    expect(village2.find((row) => row.policyId === employedPolicy)?.total).toBe(0);
  });
});

describe('expiry alarms and the nightly run', () => {
  it('reminds the assigned worker 30 days before a membership ends, once', async () => {
    await registerResident(CHENGQIAO_VILLAGE, {
      gridCode: GRID,
      employmentStatus: 'employed',
      keyGroups: [
        { group: 'hardship', source: '就业困难人员认定', hardshipCategory: 'older_age', validFrom: '2025-12-20', validTo: '2026-12-20' },
      ],
    });
    await registerResident(CHENGQIAO_VILLAGE, {
      employmentStatus: 'employed',
      keyGroups: [
        { group: 'hardship', source: '就业困难人员认定', hardshipCategory: 'older_age', validFrom: '2026-01-31', validTo: '2027-01-31' },
      ],
    });
    const count = () =>
      t.database.db.selectFrom('notifications').select(['recipient_staff_id', 'key']).where('source_module', '=', 'outreach').execute();
    await t.services.outreach.remindExpiries(t.clock.now);
    await t.services.outreach.remindExpiries(t.clock.now);
    const sent = await count();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.recipient_staff_id).toBe(gridWorkerId);
  });

  it('runs nightly through the task queue at 02:00 Shanghai and enqueues the next night', async () => {
    await t.services.outreach.scheduleNightly(t.clock.now);
    await t.services.outreach.scheduleNightly(t.clock.now);
    const queued = await t.database.db.selectFrom('tasks').select(['key', 'run_at']).where('kind', '=', 'outreach.nightly').execute();
    expect(queued).toEqual([{ key: 'outreach:nightly:2026-11-27', run_at: '2026-11-26T18:00:00.000Z' }]);
    await t.services.tasks.runDue(new Date('2026-11-26T18:00:01.000Z'));
    const after = await t.database.db
      .selectFrom('tasks')
      .select(['key', 'state'])
      .where('kind', '=', 'outreach.nightly')
      .orderBy('key')
      .execute();
    expect(after).toEqual([
      { key: 'outreach:nightly:2026-11-27', state: 'done' },
      { key: 'outreach:nightly:2026-11-28', state: 'queued' },
    ]);
    // The two residents registered for the reminders are employed: the second policy found them.
    const tasks = await allTasks();
    expect(tasks.filter((x) => x.policyId === employedPolicy)).toHaveLength(3);
  });
});
