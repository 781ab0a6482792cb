import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, buildTestApp, CHENGQIAO_VILLAGE, type TestApp } from '../../test/build-test-app.ts';

let t: TestApp;
let worker: Agent;
beforeAll(async () => {
  t = await buildTestApp();
  worker = await t.as('point_staff', CHENGQIAO_VILLAGE);
});
afterAll(() => t.close());

describe('GET /api/public/calendar/today', () => {
  it('answers today on the Shanghai date without sign-in: a holiday, then a 调休 working day before UTC’s midnight', async () => {
    const before = t.clock.now;
    t.clock.now = new Date('2026-10-01T02:00:00Z');
    const holiday = await t.app.inject({ method: 'GET', url: '/api/public/calendar/today' });
    expect(holiday.statusCode).toBe(200);
    expect(holiday.json()).toMatchObject({ date: '2026-10-01', isWorkingDay: false, kind: 'holiday' });
    // 00:30 on 10 October in Shanghai is still 9 October in UTC.
    t.clock.now = new Date('2026-10-09T16:30:00Z');
    const adjusted = await t.app.inject({ method: 'GET', url: '/api/public/calendar/today' });
    expect(adjusted.json()).toMatchObject({ date: '2026-10-10', isWorkingDay: true, kind: 'adjusted_workday' });
    t.clock.now = before;
  });
});

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
