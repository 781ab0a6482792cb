import type { CreatePolicyBody, PolicyEligibility } from '@jobcircle/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../platform/context.ts';
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
import { SEED_POLICIES } from './index.ts';

// The test clock starts on Thursday 2026-11-26 in Shanghai: a resident registered then has been
// unemployed since 2026-11-26 (the registration's status record).
let t: TestApp;
let admin: Agent;
let pointWorker: Agent;
let point: string;
let seeker: string;
let unknownHukou: string;
let otherVillage: string;

let sequence = 400;
async function registerResident(village: string, overrides: Record<string, unknown> = {}): Promise<string> {
  sequence += 1;
  const response = await admin.post(
    '/api/residents',
    residentBody(CHENGQIAO, village, { idNumber: idNumberFor(sequence), name: `政策测试${sequence}`, ...overrides }),
  );
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id as string;
}

function sixMonthsUnemployed(code: string, overrides: Partial<CreatePolicyBody> = {}): CreatePolicyBody {
  return {
    code,
    name: '测试政策',
    documentNumber: '测试〔2026〕1号',
    issuingBody: '测试机关',
    source: 'https://example.org/policy',
    effectiveFrom: '2026-01-01',
    effectiveTo: null,
    summary: '测试用政策。',
    rulePack: {
      conditions: {
        all: [
          { fact: 'age', op: 'between', value: { min: 16, max: null } },
          { fact: 'hukou', op: 'in', value: ['local_agricultural', 'local_non_agricultural'] },
          { fact: 'employment_status', op: 'in', value: ['unemployed'], minMonths: 6 },
        ],
      },
      amounts: [{ label: '补贴', amountFen: null, text: '待核实' }],
      period: null,
      evidence: [{ label: '登记失业证明', keyGroup: 'registered_unemployed' }, { label: '身份证件' }],
    },
    ...overrides,
  };
}

async function createPolicy(code: string): Promise<string> {
  const response = await admin.post('/api/policies', sixMonthsUnemployed(code));
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id as string;
}

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.as('district_admin', DISTRICT);
  point = (await createSite(admin, pointBody(CHENGQIAO, CHENGQIAO_VILLAGE))).id;
  pointWorker = await t.as('point_staff', CHENGQIAO_VILLAGE, { siteId: point });
  seeker = await registerResident(CHENGQIAO_VILLAGE, {
    keyGroups: [{ group: 'registered_unemployed', source: '失业登记', validFrom: '2026-11-01' }],
  });
  unknownHukou = await registerResident(CHENGQIAO_VILLAGE, { hukouType: 'unknown' });
  otherVillage = await registerResident(CHENGQIAO_VILLAGE_2);
});
afterAll(() => t.close());

describe('policies as data', () => {
  it('seeds the research notes once per code, read by staff and searchable', async () => {
    expect(await t.services.policies.seed(systemContext('policy-seed', t.clock.now))).toBe(SEED_POLICIES.length);
    expect(await t.services.policies.seed(systemContext('policy-seed', t.clock.now))).toBe(0);
    const all = await pointWorker.get('/api/policies');
    expect(all.statusCode).toBe(200);
    const codes = all.json().map((p: { code: string }) => p.code);
    expect(codes).toEqual(expect.arrayContaining(SEED_POLICIES.map((p) => p.code)));
    const eight = (await pointWorker.get(`/api/policies?q=${encodeURIComponent('〔2022〕8号')}`)).json() as { documentNumber: string }[];
    expect(eight.length).toBeGreaterThan(0);
    expect(eight.every((p) => p.documentNumber.includes('〔2022〕8号'))).toBe(true);
    // 沪人社规〔2022〕8号 ends on 2026-12-31: not in force on 2027-01-01.
    const later = (await pointWorker.get('/api/policies?activeOn=2027-01-01')).json() as { code: string }[];
    expect(later.map((p) => p.code)).not.toContain('hardship_recognition');
    expect(later.map((p) => p.code)).toContain('unemployment_benefit');
  });

  it('lets district admins write and refuses others; a code is taken once', async () => {
    const volunteer = await t.as('volunteer', CHENGQIAO_VILLAGE);
    expect((await volunteer.get('/api/policies')).json().code).toBe('FORBIDDEN');
    const station = await t.as('station_staff', CHENGQIAO);
    const refused = await station.post('/api/policies', sixMonthsUnemployed('by_station'));
    expect(refused.statusCode).toBe(403);
    await createPolicy('taken_once');
    const again = await admin.post('/api/policies', sixMonthsUnemployed('taken_once'));
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('POLICY_CODE_TAKEN');
    expect(again.json().details.fieldErrors.code).toHaveLength(1);
    const inverted = await admin.post(
      '/api/policies',
      sixMonthsUnemployed('inverted', { effectiveFrom: '2026-06-01', effectiveTo: '2026-01-01' }),
    );
    expect(inverted.statusCode).toBe(400);
    expect(Object.keys(inverted.json().details.fieldErrors)).toEqual(['effectiveTo']);
  });
});

describe('editing a policy', () => {
  it('changes the validity at the version read, refuses a stale version and an unknown policy', async () => {
    const id = await createPolicy('edited');
    const changed = await admin.patch(`/api/policies/${id}`, { effectiveTo: '2027-12-31', version: 1 });
    expect(changed.statusCode).toBe(200);
    expect([changed.json().effectiveTo, changed.json().version, changed.json().currentVersionNo]).toEqual(['2027-12-31', 2, 1]);
    const stale = await admin.patch(`/api/policies/${id}`, { effectiveTo: '2028-12-31', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const inverted = await admin.patch(`/api/policies/${id}`, { effectiveTo: '2025-01-01', version: 2 });
    expect(inverted.statusCode).toBe(400);
    expect(Object.keys(inverted.json().details.fieldErrors)).toEqual(['effectiveTo']);
    expect((await pointWorker.get('/api/policies/01a2190b-70e8-7a7d-aa14-e6766ac34cc6')).statusCode).toBe(404);
    expect((await pointWorker.patch(`/api/policies/${id}`, { name: '改名', version: 2 })).statusCode).toBe(403);
  });
});

describe('eligibility explained', () => {
  it('counts months of unemployment from the status effective date, to the day', async () => {
    const id = await createPolicy('six_months');
    const before = await pointWorker.get(`/api/residents/${seeker}/eligibility?policyId=${id}&on=2027-05-25`);
    expect(before.statusCode).toBe(200);
    const [dayBefore] = before.json() as PolicyEligibility[];
    expect(dayBefore?.result).toBe('not_eligible');
    expect(dayBefore?.conditions.map((c) => c.result)).toEqual(['passed', 'passed', 'failed']);
    expect(dayBefore?.conditions[2]?.source).toContain('2026-11-26');
    const [onDay] = (
      await pointWorker.get(`/api/residents/${seeker}/eligibility?policyId=${id}&on=2027-05-26`)
    ).json() as PolicyEligibility[];
    expect(onDay?.result).toBe('eligible');
    // The key-group record proves one evidence item; the ID card is still missing.
    expect(onDay?.missingEvidence.map((e) => e.keyGroup ?? null)).toEqual([null]);
  });

  it('gives unknown, not failed, when the registry lacks a fact', async () => {
    const id = await createPolicy('needs_hukou');
    const [result] = (
      await pointWorker.get(`/api/residents/${unknownHukou}/eligibility?policyId=${id}&on=2027-06-01`)
    ).json() as PolicyEligibility[];
    expect(result?.result).toBe('unknown');
    const hukou = result?.conditions.find((c) => c.condition.fact === 'hukou');
    expect(hukou?.result).toBe('unknown');
    expect(hukou?.source).toBeNull();
  });

  it('judges the household from the other members, and a woman without her track by both tracks', async () => {
    const household = await admin.post('/api/policies', {
      ...sixMonthsUnemployed('household'),
      rulePack: {
        conditions: {
          all: [
            { fact: 'household', op: 'no_member_employed' },
            { fact: 'retirement', op: 'not_reached' },
          ],
        },
        amounts: [],
        period: null,
        evidence: [],
      },
    });
    const id = household.json().id as string;
    const head = await registerResident(CHENGQIAO_VILLAGE, { employmentStatus: 'employed' });
    // Born 1975-06: past the 50 track's 50 years 3 months, short of the 55 track's 55 years 5 months.
    const member = await registerResident(CHENGQIAO_VILLAGE, {
      householdId: head,
      householdRelation: 'spouse',
      idNumber: idNumberFor(480, { birthDate: '1975-06-01', female: true }),
    });
    const [result] = (await pointWorker.get(`/api/residents/${member}/eligibility?policyId=${id}`)).json() as PolicyEligibility[];
    expect(result?.conditions.map((c) => c.result)).toEqual(['failed', 'unknown']);
    expect(result?.result).toBe('not_eligible');
    const [alone] = (await pointWorker.get(`/api/residents/${seeker}/eligibility?policyId=${id}`)).json() as PolicyEligibility[];
    expect(alone?.conditions.map((c) => c.result)).toEqual(['unknown', 'passed']);
  });

  it('lists every policy in force, and audits the read like opening the file', async () => {
    const response = await pointWorker.get(`/api/residents/${seeker}/eligibility`);
    expect(response.statusCode).toBe(200);
    const items = response.json() as PolicyEligibility[];
    expect(items.map((i) => i.policyCode)).toEqual(expect.arrayContaining(['unemployment_registration', 'hardship_recognition']));
    const audits = await t.services.database.db
      .selectFrom('audit_logs')
      .select(['action', 'details'])
      .where('entity_id', '=', seeker)
      .where('action', '=', 'resident.read')
      .execute();
    expect(audits.some((a) => String(a.details).includes('policy_eligibility'))).toBe(true);
  });

  it('keeps another village and a role without resident reading out', async () => {
    expect((await pointWorker.get(`/api/residents/${otherVillage}/eligibility`)).statusCode).toBe(404);
    expect((await pointWorker.get(`/api/residents/${otherVillage}/policy-decisions`)).statusCode).toBe(404);
    const policy = (await pointWorker.get('/api/policies')).json()[0].id as string;
    const decision = await pointWorker.post(`/api/policies/${policy}/decisions`, { residentId: otherVillage });
    expect(decision.statusCode).toBe(404);
    const mentor = await t.as('mentor', CHENGQIAO);
    const refused = await mentor.get(`/api/residents/${seeker}/eligibility`);
    expect(refused.statusCode).toBe(403);
    expect(
      (await pointWorker.post('/api/policies/preview', { residentId: seeker, rulePack: sixMonthsUnemployed('x').rulePack })).statusCode,
    ).toBe(403);
  });

  it('previews an unsaved rule pack against a sample resident', async () => {
    const rulePack = { ...sixMonthsUnemployed('x').rulePack, conditions: { fact: 'key_group', op: 'has', value: 'registered_unemployed' } };
    const response = await admin.post('/api/policies/preview', { residentId: seeker, rulePack, on: '2026-12-01' });
    expect(response.statusCode).toBe(200);
    expect(response.json().result).toBe('eligible');
    expect(response.json().versionNo).toBe(0);
  });
});

describe('decisions', () => {
  it('records a decision as service item 3 with its version, and a later version never rewrites it', async () => {
    const id = await createPolicy('decided');
    const recorded = await pointWorker.post(`/api/policies/${id}/decisions`, { residentId: seeker, on: '2027-05-26', channel: 'walk_in' });
    expect(recorded.statusCode).toBe(201);
    const decision = recorded.json();
    expect(decision.versionNo).toBe(1);
    expect(decision.result).toBe('eligible');
    const { db } = t.services.database;
    const service = await db
      .selectFrom('service_records')
      .select(['item_no', 'source_module', 'source_id'])
      .where('id', '=', decision.serviceRecordId)
      .executeTakeFirstOrThrow();
    expect([Number(service.item_no), service.source_module, service.source_id]).toEqual([3, 'policies', decision.id]);
    const timeline = await db.selectFrom('resident_timeline').select('kind').where('source_id', '=', decision.id).execute();
    expect(timeline.map((e) => e.kind).sort()).toEqual(['policy', 'service']);

    const tighter = { ...sixMonthsUnemployed('x').rulePack };
    tighter.conditions = { all: [{ fact: 'employment_status', op: 'in', value: ['unemployed'], minMonths: 12 }] };
    const versioned = await admin.post(`/api/policies/${id}/versions`, { rulePack: tighter, note: '延长到12个月' });
    expect(versioned.statusCode).toBe(201);
    expect(versioned.json().currentVersionNo).toBe(2);
    expect(versioned.json().versions.map((v: { versionNo: number }) => v.versionNo)).toEqual([2, 1]);

    const [now] = (
      await pointWorker.get(`/api/residents/${seeker}/eligibility?policyId=${id}&on=2027-05-26`)
    ).json() as PolicyEligibility[];
    expect([now?.versionNo, now?.result]).toEqual([2, 'not_eligible']);
    const past = (await pointWorker.get(`/api/residents/${seeker}/policy-decisions`)).json() as {
      id: string;
      versionNo: number;
      result: string;
      conditions: unknown[];
    }[];
    const kept = past.find((d) => d.id === decision.id);
    expect([kept?.versionNo, kept?.result, kept?.conditions.length]).toEqual([1, 'eligible', 3]);
  });

  it('needs a site to count the consultation at', async () => {
    const id = await createPolicy('no_site');
    const response = await admin.post(`/api/policies/${id}/decisions`, { residentId: seeker });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().details.fieldErrors)).toEqual(['siteId']);
  });
});
