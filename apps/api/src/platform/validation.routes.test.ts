import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, buildTestApp, DISTRICT, type TestApp } from '../test/build-test-app.ts';

let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.as('district_admin', DISTRICT);
});
afterAll(() => t.close());

const ID = '01a2190b-70e8-7a7d-aa14-e6766ac34cc6';

/** For every route that takes input: a bad request and the field the answer must name. */
const BAD_REQUESTS: [method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload: unknown, field: string][] = [
  ['POST', '/api/auth/sign-in', { username: 'x' }, 'password'],
  ['POST', '/api/auth/password', { currentPassword: 'x', newPassword: 5 }, 'newPassword'],
  ['POST', '/api/auth/sign-in/second-factor', { challenge: 'c'.repeat(43), code: '12ab56' }, 'code'],
  ['POST', '/api/auth/second-factor/confirmation', { code: '12345' }, 'code'],
  ['POST', '/api/auth/second-factor/recovery-codes', {}, 'code'],
  ['POST', '/api/staff/x/reset-second-factor', undefined, 'id'],
  ['GET', '/api/sites?kind=castle', undefined, 'kind'],
  ['GET', '/api/sites?pageSize=1000', undefined, 'pageSize'],
  ['GET', '/api/sites?serviceItem=26', undefined, 'serviceItem'],
  ['GET', '/api/sites/not-an-id', undefined, 'id'],
  ['POST', '/api/sites', { kind: 'station', name: '', townCode: '12' }, 'name'],
  [
    'POST',
    '/api/sites',
    {
      kind: 'point',
      name: 'x',
      townCode: '310151101',
      address: 'a',
      openingHours: { periods: [{ day: 8, open: '25:00', close: '08:00' }] },
      zones: [],
      managingUnit: 'm',
      serviceItems: [],
    },
    'openingHours.periods.0.day',
  ],
  ['PATCH', `/api/sites/${ID}`, { name: 'x' }, 'version'],
  ['PATCH', '/api/sites/bad', { version: 1 }, 'id'],
  ['POST', `/api/sites/${ID}/deactivate`, {}, 'version'],
  ['POST', `/api/sites/${ID}/reactivate`, { version: 0 }, 'version'],
  ['GET', '/api/public/sites/nope', undefined, 'id'],
  ['GET', '/api/grids?villageCode=123', undefined, 'villageCode'],
  ['POST', '/api/grids', { code: '310151101001', name: '网格' }, 'code'],
  ['PATCH', `/api/grids/${ID}`, { name: '' }, 'version'],
  ['POST', `/api/grids/${ID}/deactivate`, { version: 'one' }, 'version'],
  ['POST', `/api/grids/${ID}/reactivate`, {}, 'version'],
  ['GET', '/api/staff?role=king', undefined, 'role'],
  ['GET', '/api/staff/123', undefined, 'id'],
  [
    'POST',
    '/api/staff',
    {
      username: 'Bad Name',
      displayName: 'x',
      role: 'point_staff',
      position: 'service_worker',
      isFullTime: true,
      regionCode: '310151101001',
    },
    'username',
  ],
  ['PATCH', `/api/staff/${ID}`, { version: 1, regionCode: 'nowhere' }, 'regionCode'],
  ['POST', `/api/staff/${ID}/deactivate`, {}, 'version'],
  ['POST', `/api/staff/${ID}/reactivate`, {}, 'version'],
  ['POST', '/api/staff/x/reset-password', undefined, 'id'],
  ['POST', '/api/staff/x/unlock', undefined, 'id'],
  ['GET', '/api/audit-logs?from=yesterday', undefined, 'from'],
  ['PATCH', '/api/service-items/26', { audience: '居民' }, 'no'],
  ['GET', '/api/residents?last4=12', undefined, 'last4'],
  ['POST', '/api/residents', { idNumber: '310230198001011230', name: '张三' }, 'idNumber'],
  ['POST', '/api/residents/merges', { keepId: ID, mergeId: ID, reason: '同一个人' }, 'mergeId'],
  ['GET', '/api/residents/123', undefined, 'id'],
  ['PATCH', `/api/residents/${ID}`, { version: 1, mobile: '12345' }, 'mobile'],
  [
    'POST',
    `/api/residents/${ID}/employment-status`,
    { status: 'asleep', reason: '原因', effectiveDate: '2026-11-01', version: 1 },
    'status',
  ],
  ['POST', `/api/residents/${ID}/unmask`, { fields: ['idNumber'], reason: '看' }, 'reason'],
  ['GET', '/api/residents/x/assistance-file', undefined, 'id'],
  [
    'PUT',
    `/api/residents/${ID}/assistance-file`,
    { assessment: '评估', classification: 'maybe', plan: '计划', responsibleStaffId: null, nextFollowUpDate: null },
    'classification',
  ],
  ['GET', '/api/residents/bad/timeline', undefined, 'id'],
  ['POST', `/api/residents/${ID}/timeline`, { summary: '' }, 'summary'],
  ['GET', '/api/residents/export?reason=%E7%9C%8B', undefined, 'reason'],
  ['POST', '/api/residents/imports', { fileName: '台账.pdf', contentBase64: 'AAAA' }, 'fileName'],
  ['GET', '/api/residents/imports/123', undefined, 'id'],
  ['PUT', `/api/residents/imports/${ID}/mapping`, { mapping: { 姓名: 'nickname' } }, 'mapping.姓名'],
  ['POST', '/api/residents/imports/x/accept', undefined, 'id'],
  ['POST', '/api/residents/imports/bad/cancel', undefined, 'id'],
  ['GET', '/api/residents/imports/bad/errors', undefined, 'id'],
  ['PUT', '/api/residents/import-synonyms', { synonyms: [{ field: 'education', text: '大本', value: 'nope' }] }, 'synonyms.0.value'],
  ['GET', '/api/employers?industrySection=Z', undefined, 'industrySection'],
  ['GET', '/api/employers/not-an-id', undefined, 'id'],
  [
    'POST',
    '/api/employers',
    { kind: 'company', name: '某公司', creditCode: '91110000600037341N', industryDivision: '13', townCode: '310151101', address: 'a' },
    'creditCode',
  ],
  ['PATCH', `/api/employers/${ID}`, { name: 'x' }, 'version'],
  ['POST', `/api/employers/${ID}/deactivate`, {}, 'version'],
  ['POST', `/api/employers/${ID}/reactivate`, { version: -1 }, 'version'],
  ['POST', `/api/employers/${ID}/contacts`, { name: '张', role: '经理', phone: '12345' }, 'phone'],
  ['GET', `/api/employers/${ID}/contact-logs?pageSize=1000`, undefined, 'pageSize'],
  ['POST', `/api/employers/${ID}/contact-logs`, { channel: 'fax', summary: '联系', jobsCollected: 0 }, 'channel'],
  ['GET', '/api/calendar?from=2026-10-10&to=2026-10-01', undefined, 'to'],
  ['GET', '/api/coverage?mode=car', undefined, 'mode'],
  ['GET', '/api/coverage/nearest?lng=121.5', undefined, 'lat'],
  ['PUT', '/api/coverage/village-centres/310151101001', { lng: 121.4, lat: 31.6 }, 'version'],
  ['POST', '/api/coverage/imports/village-centres/preview', { csv: '' }, 'csv'],
  ['POST', '/api/coverage/imports/bogus', { csv: 'a' }, 'kind'],
  ['POST', '/api/coverage/plans', { k: 0, candidates: [{ name: 'x', lng: 121.4, lat: 31.6 }] }, 'k'],
  ['POST', '/api/coverage/plans/export', { k: 1, candidates: [] }, 'candidates'],
  [
    'PUT',
    '/api/calendar/years/2027',
    {
      year: 2027,
      documentNo: '测试〔2026〕1号',
      title: '测试通知',
      publishedOn: '2026-11-20',
      source: 'https://example.org/notice',
      // Wednesday 10 February 2027 cannot be a 调休 working day.
      days: [{ date: '2027-02-10', kind: 'adjusted_workday', name: '测试' }],
      version: 0,
    },
    'days.0.kind',
  ],
  ['POST', '/api/ledger/records', { itemNo: 26, outcome: 'done', note: '来访' }, 'itemNo'],
  ['GET', '/api/ledger/records?itemNo=26', undefined, 'itemNo'],
  ['GET', '/api/ledger/records/not-an-id', undefined, 'id'],
  ['GET', '/api/ledger/summary?groupBy=village', undefined, 'groupBy'],
  ['GET', '/api/ledger/export.xlsx?month=2026-13', undefined, 'month'],
  ['GET', '/api/tasks?state=sleeping', undefined, 'state'],
  ['GET', '/api/inbox?unreadOnly=yes', undefined, 'unreadOnly'],
  ['POST', '/api/inbox/bad/read', undefined, 'id'],
  ['GET', '/api/tickets?view=all', undefined, 'view'],
  ['GET', '/api/tickets/not-an-id', undefined, 'id'],
  ['POST', '/api/tickets', { itemNo: 26, summary: '咨询' }, 'itemNo'],
  ['POST', '/api/tickets/bad/take', undefined, 'id'],
  ['POST', `/api/tickets/${ID}/contact`, { reason: '' }, 'reason'],
  ['POST', `/api/tickets/${ID}/hand-over`, { reason: '转交', version: 1 }, 'toStaffId'],
  ['POST', `/api/tickets/${ID}/resolve`, { resolution: '', version: 1 }, 'resolution'],
  ['POST', `/api/tickets/${ID}/reopen`, { version: 1 }, 'reason'],
  ['PUT', '/api/ticket-item-deadlines/26', { workingDays: 3 }, 'itemNo'],
  ['GET', '/api/public/tickets/ABC', undefined, 'code'],
  ['POST', '/api/public/tickets', { siteId: ID, summary: '咨询', contactName: '王阿姨', mobile: '12345' }, 'mobile'],
  ['GET', '/api/appointment-rules?siteId=x', undefined, 'siteId'],
  ['POST', '/api/appointment-rules', { capacity: 0 }, 'capacity'],
  ['PATCH', `/api/appointment-rules/${ID}`, { isActive: true }, 'version'],
  ['GET', '/api/appointment-slots?from=2026-12-01&to=2026-11-01', undefined, 'to'],
  ['GET', '/api/appointments?state=late', undefined, 'state'],
  ['GET', '/api/appointments/bad', undefined, 'id'],
  ['POST', '/api/appointments', { ruleId: ID, startsAt: 'soon', residentId: ID }, 'startsAt'],
  ['POST', `/api/appointments/${ID}/cancel`, {}, 'version'],
  ['POST', `/api/appointments/${ID}/check-in`, { version: 1, outcome: 'maybe' }, 'outcome'],
  ['POST', `/api/appointments/${ID}/no-show`, { version: 0 }, 'version'],
  ['POST', '/api/ledger/records/bad/feedback-link', undefined, 'id'],
  ['GET', '/api/public/feedback/short', undefined, 'token'],
  ['POST', `/api/public/feedback/${'A'.repeat(43)}`, { rating: 6 }, 'rating'],
  ['GET', '/api/jobs?kind=contract', undefined, 'kind'],
  ['GET', '/api/jobs/123', undefined, 'id'],
  ['GET', '/api/jobs/export.xlsx?state=lost', undefined, 'state'],
  ['POST', '/api/jobs', { kind: 'full_time', title: '' }, 'title'],
  ['POST', '/api/jobs/import/preview', { fileName: '岗位.pdf', contentBase64: 'AAAA' }, 'fileName'],
  ['POST', '/api/jobs/import', { fileName: '岗位.xlsx', contentBase64: 'AAAA', skipInvalid: 'yes' }, 'skipInvalid'],
  ['PATCH', `/api/jobs/${ID}`, { title: 'x' }, 'version'],
  ['POST', `/api/jobs/${ID}/open`, {}, 'version'],
  ['POST', `/api/jobs/${ID}/fill`, { version: 0 }, 'version'],
  ['POST', `/api/jobs/${ID}/close`, {}, 'version'],
  ['POST', `/api/jobs/${ID}/reopen`, {}, 'version'],
  ['GET', '/api/public/jobs?occupation=x', undefined, 'occupation'],
  ['GET', '/api/public/jobs/nope', undefined, 'id'],
  ['GET', `/api/matching/residents/${ID}/jobs?limit=500`, undefined, 'limit'],
  ['GET', '/api/matching/jobs/123/candidates', undefined, 'id'],
  ['GET', '/api/referrals?stage=lost', undefined, 'stage'],
  ['GET', '/api/referrals/board?siteId=x', undefined, 'siteId'],
  ['GET', '/api/referrals/123', undefined, 'id'],
  ['POST', '/api/referrals', { jobId: ID, residentId: ID, siteId: ID, channel: 'pigeon' }, 'channel'],
  ['POST', `/api/referrals/${ID}/steps`, { action: 'not_hire', version: 1 }, 'notHiredReason'],
  ['GET', '/api/gig-signups?date=tomorrow', undefined, 'date'],
  ['POST', '/api/gig-signups', { jobId: 'x', residentId: ID, siteId: ID }, 'jobId'],
  ['POST', `/api/gig-signups/${ID}/actions`, { action: 'confirm', version: 1, paidFen: 100 }, 'workerConfirmed'],
  ['GET', '/api/feedback/summary?siteId=x', undefined, 'siteId'],
  ['GET', '/api/complaints?state=lost', undefined, 'state'],
  ['GET', '/api/complaints/123', undefined, 'id'],
  ['POST', '/api/complaints', { category: 'rude' }, 'category'],
  ['POST', `/api/complaints/${ID}/reply`, { reply: '', version: 1 }, 'reply'],
  ['POST', `/api/complaints/${ID}/accept`, {}, 'version'],
  ['POST', `/api/complaints/${ID}/reopen`, { version: 1 }, 'note'],
  ['GET', '/api/policies?activeOn=soon', undefined, 'activeOn'],
  ['POST', '/api/policies', { code: 'Bad Code' }, 'code'],
  ['POST', '/api/policies/preview', { residentId: 'x' }, 'residentId'],
  ['GET', '/api/policies/123', undefined, 'id'],
  ['PATCH', `/api/policies/${ID}`, { name: 'x' }, 'version'],
  ['POST', `/api/policies/${ID}/versions`, { note: '改' }, 'rulePack'],
  ['POST', `/api/policies/${ID}/decisions`, { residentId: 'x' }, 'residentId'],
  ['GET', `/api/residents/${ID}/eligibility?on=soon`, undefined, 'on'],
  ['GET', '/api/residents/123/policy-decisions', undefined, 'id'],
  ['POST', '/api/outreach/screenings', { on: 'tonight' }, 'on'],
  ['GET', '/api/outreach/tasks?state=maybe', undefined, 'state'],
  ['GET', '/api/outreach/tasks/123', undefined, 'id'],
  ['POST', `/api/outreach/tasks/${ID}/moves`, { state: 'contacted' }, 'version'],
];

describe('input validation', () => {
  it.each(BAD_REQUESTS)('%s %s answers 400 naming the field', async (method, url, payload, field) => {
    const response = await admin.request({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.requestId).toBeTruthy();
    expect(Object.keys(body.details.fieldErrors)).toContain(field);
    expect(body.details.fieldErrors[field][0]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const response = await admin.request({
      method: 'POST',
      url: '/api/sites',
      payload: '{"kind":',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
  });

  it('covers every route that takes input', async () => {
    await t.app.ready();
    const spec = t.app.swagger() as { paths: Record<string, Record<string, { parameters?: unknown[]; requestBody?: unknown }>> };
    const covered = new Set(
      BAD_REQUESTS.map(
        ([method, url]) =>
          `${method} ${url
            .split('?')[0]
            ?.replace(ID, '{id}')
            .replace(/\/(not-an-id|bad|nope|123|x)(?=\/|$)/, '/{id}')
            .replace('/26', '/{no}')
            .replace('/ticket-item-deadlines/{no}', '/ticket-item-deadlines/{itemNo}')
            .replace(/\/calendar\/years\/\d+$/, '/calendar/years/{year}')
            .replace(/\/coverage\/village-centres\/\d+$/, '/coverage/village-centres/{villageCode}')
            .replace(/\/coverage\/imports\/[a-z-]+(?=\/preview$|$)/, '/coverage/imports/{kind}')
            .replace(/\/public\/tickets\/[^/]+$/, '/public/tickets/{code}')
            .replace(/\/public\/feedback\/[^/]+$/, '/public/feedback/{token}')}`,
      ),
    );
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const takesInput = (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined;
        const key = `${method.toUpperCase()} ${path.replace(/\/$/, '')}`;
        if (takesInput && !covered.has(key)) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });

  it('answers an unknown API path with the JSON 404', async () => {
    const response = await admin.get('/api/no-such-thing');
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOT_FOUND');
  });
});
