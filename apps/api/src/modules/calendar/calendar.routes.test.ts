import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, buildTestApp, CHENGQIAO_VILLAGE, type TestApp } from '../../test/build-test-app.ts';

let t: TestApp;
let worker: Agent;
beforeAll(async () => {
  t = await buildTestApp();
  worker = await t.as('point_staff', CHENGQIAO_VILLAGE);
});
afterAll(() => t.close());

describe('GET /api/calendar', () => {
  it('lists the days with holidays and 调休 working days, and names its source', async () => {
    const response = await worker.get('/api/calendar?from=2026-10-01&to=2026-10-11');
    expect(response.statusCode).toBe(200);
    const { days, source } = response.json();
    expect(days).toHaveLength(11);
    expect(days[0]).toEqual({ date: '2026-10-01', isWorkingDay: false, kind: 'holiday', holidayName: '国庆节', covered: true });
    expect(days[9]).toMatchObject({ date: '2026-10-10', isWorkingDay: true, kind: 'adjusted_workday' });
    expect(days[10]).toMatchObject({ date: '2026-10-11', isWorkingDay: false, kind: 'weekend' });
    expect(source).toMatchObject({ package: 'chinese-days', version: '1.5.7', lastYear: 2026 });
  });

  it('refuses a reversed or overlong range on the field, and anyone not signed in', async () => {
    const reversed = await worker.get('/api/calendar?from=2026-10-10&to=2026-10-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().details.fieldErrors).toHaveProperty('to');
    expect((await worker.get('/api/calendar?from=2026-01-01&to=2027-12-31')).json().details.fieldErrors).toHaveProperty('to');
    expect((await worker.get('/api/calendar?from=2026-02-30&to=2026-03-01')).json().details.fieldErrors).toHaveProperty('from');
    expect((await t.app.inject({ method: 'GET', url: '/api/calendar?from=2026-10-01&to=2026-10-02' })).statusCode).toBe(401);
  });
});
