import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, buildTestApp, CHENGQIAO, DISTRICT, type TestApp } from '../../test/build-test-app.ts';
import { createSite, stationBody } from '../../test/factories.ts';
import { isWorkingDay } from './calendar.rules.ts';

/**
 * The district enters a year's State Council notice. The days are made up for the tests, NOT the
 * 2027 notice (which is not known): Saturday 6 to Sunday 14 February off, Saturday 20 February a
 * 调休 working day.
 */
const YEAR_2027 = {
  year: 2027,
  documentNo: '测试〔2026〕1号',
  title: '测试用节假日安排通知',
  publishedOn: '2026-11-20',
  source: 'https://example.org/test-notice',
  days: [
    ...['06', '07', '08', '09', '10', '11', '12', '13', '14'].map((d) => ({ date: `2027-02-${d}`, kind: 'holiday', name: '测试假期' })),
    { date: '2027-02-20', kind: 'adjusted_workday', name: '测试假期' },
  ],
  version: 0,
};

let t: TestApp;
let district: Agent;
let stationId: string;
beforeAll(async () => {
  t = await buildTestApp();
  district = await t.as('district_admin', DISTRICT);
  stationId = (await createSite(district, stationBody(CHENGQIAO))).id;
});
afterAll(() => t.close());

function putYear(agent: Agent, year: number, body: unknown) {
  return agent.request({ method: 'PUT', url: `/api/calendar/years/${year}`, payload: body as Record<string, unknown> });
}

describe('a calendar year entered by the district', () => {
  it('lists the packaged years before any is entered, covered through 2026', async () => {
    const response = await district.get('/api/calendar/years');
    expect(response.statusCode).toBe(200);
    const { years, coveredThrough } = response.json();
    expect(coveredThrough).toBe(2026);
    expect(years[0]).toMatchObject({ year: 2004, origin: 'package', documentNo: null, version: 0 });
    expect(years.at(-1)).toMatchObject({ year: 2026, origin: 'package' });
    const calendar = (await district.get('/api/calendar?from=2027-02-01&to=2027-02-28')).json();
    expect(calendar.coveredThrough).toBe(2026);
    expect(calendar.years).toEqual([]);
    expect(calendar.days[7]).toMatchObject({ date: '2027-02-08', kind: 'workday', covered: false });
  });

  it('enters 2027 with a holiday and a 调休 Saturday: the calendar shows them with the source, audited', async () => {
    const response = await putYear(district, 2027, YEAR_2027);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ year: 2027, documentNo: '测试〔2026〕1号', version: 1 });
    expect(response.json().days).toHaveLength(10);

    const calendar = (await district.get('/api/calendar?from=2027-02-01&to=2027-02-28')).json();
    expect(calendar.coveredThrough).toBe(2027);
    expect(calendar.years).toEqual([
      expect.objectContaining({
        year: 2027,
        origin: 'entered',
        documentNo: '测试〔2026〕1号',
        source: 'https://example.org/test-notice',
        publishedOn: '2026-11-20',
        holidayCount: 9,
        adjustedWorkdayCount: 1,
        overridesPackage: false,
      }),
    ]);
    expect(calendar.days[7]).toEqual({ date: '2027-02-08', isWorkingDay: false, kind: 'holiday', holidayName: '测试假期', covered: true });
    expect(calendar.days[19]).toMatchObject({ date: '2027-02-20', isWorkingDay: true, kind: 'adjusted_workday' });
    expect(calendar.days[14]).toMatchObject({ date: '2027-02-15', isWorkingDay: true, kind: 'workday' });

    const { years } = (await district.get('/api/calendar/years')).json();
    expect(years.at(-1)).toMatchObject({ year: 2027, origin: 'entered', version: 1, title: '测试用节假日安排通知' });

    const audit = await t.database.db
      .selectFrom('audit_logs')
      .select(['action', 'entity_id', 'actor_id'])
      .where('entity_type', '=', 'calendar_year')
      .execute();
    expect(audit).toEqual([{ action: 'calendar.enter_year', entity_id: '2027', actor_id: district.staffId }]);
  });

  it('refuses a town admin (403): the calendar is the district’s', async () => {
    const townAdmin = await t.as('town_admin', CHENGQIAO);
    expect((await townAdmin.get('/api/calendar/years')).statusCode).toBe(200);
    const response = await putYear(townAdmin, 2028, {
      ...YEAR_2027,
      year: 2028,
      days: [{ date: '2028-01-03', kind: 'holiday', name: '元旦' }],
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('FORBIDDEN');
  });

  it('refuses bad days on their field: outside the year, a weekday marked 调休上班, a date twice, another year', async () => {
    const fieldsOf = async (year: number, body: unknown) => {
      const response = await putYear(district, year, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      return Object.keys(response.json().details.fieldErrors);
    };
    const day = (date: string, kind = 'holiday') => ({ date, kind, name: '测试' });
    expect(await fieldsOf(2028, { ...YEAR_2027, year: 2028, days: [day('2028-01-03'), day('2027-12-31')] })).toEqual(['days.1.date']);
    // Wednesday 2028-01-05.
    expect(await fieldsOf(2028, { ...YEAR_2027, year: 2028, days: [day('2028-01-03'), day('2028-01-05', 'adjusted_workday')] })).toEqual([
      'days.1.kind',
    ]);
    expect(await fieldsOf(2028, { ...YEAR_2027, year: 2028, days: [day('2028-01-03'), day('2028-01-04'), day('2028-01-03')] })).toEqual([
      'days.2.date',
    ]);
    expect(await fieldsOf(2028, { ...YEAR_2027, days: YEAR_2027.days })).toEqual(['year']);
    expect((await district.get('/api/calendar/years')).json().coveredThrough).toBe(2027);
  });

  it('answers a stale version with 409 and keeps the year as it was', async () => {
    const again = await putYear(district, 2027, YEAR_2027);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: 1 } });
    const corrected = await putYear(district, 2027, { ...YEAR_2027, version: 1, days: YEAR_2027.days.slice(0, 5) });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().version).toBe(2);
    expect(isWorkingDay('2027-02-20')).toBe(false);
    expect((await putYear(district, 2027, { ...YEAR_2027, version: 1 })).json().code).toBe('VERSION_CONFLICT');
    const restored = await putYear(district, 2027, { ...YEAR_2027, version: 2 });
    expect(restored.statusCode).toBe(200);
    expect(isWorkingDay('2027-02-20')).toBe(true);
    const actions = await t.database.db.selectFrom('audit_logs').select('action').where('entity_type', '=', 'calendar_year').execute();
    expect(actions.map((row) => row.action)).toEqual(['calendar.enter_year', 'calendar.update_year', 'calendar.update_year']);
  });

  it('lets a packaged year be corrected: the entered one overrides the package', async () => {
    const years = (await district.get('/api/calendar/years')).json().years;
    expect(years.find((year: { year: number }) => year.year === 2004)).toMatchObject({ origin: 'package', version: 0 });
    const response = await putYear(district, 2004, {
      ...YEAR_2027,
      year: 2004,
      days: [{ date: '2004-01-01', kind: 'holiday', name: '元旦' }],
    });
    expect(response.statusCode, response.body).toBe(200);
    const after = (await district.get('/api/calendar/years')).json().years;
    expect(after.find((year: { year: number }) => year.year === 2004)).toMatchObject({
      origin: 'entered',
      overridesPackage: true,
      version: 1,
    });
    // 2004-10-04 (Monday) was in the package's National Day holiday; the correction names only 1 January.
    expect(isWorkingDay('2004-10-04')).toBe(true);
  });

  it('reloads the entered years when another process wrote (the cheap version check)', async () => {
    expect(await t.services.calendar.refreshIfChanged()).toBe(false);
    // Another server process changes the year: here, straight in the database.
    await t.database.db.deleteFrom('calendar_year_days').where('date', '=', '2027-02-20').execute();
    await t.database.db
      .updateTable('calendar_years')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('year', '=', 2027)
      .execute();
    expect(isWorkingDay('2027-02-20')).toBe(true);
    expect(await t.services.calendar.refreshIfChanged()).toBe(true);
    expect(isWorkingDay('2027-02-20')).toBe(false);
    const current = (await district.get('/api/calendar/years')).json().years.at(-1);
    const restored = await putYear(district, 2027, { ...YEAR_2027, version: current.version });
    expect(restored.statusCode).toBe(200);
    expect(isWorkingDay('2027-02-20')).toBe(true);
  });

  it('computes a ticket’s deadline across the entered holiday: it lands after it', async () => {
    // Friday 2027-02-05, 10:00 in Shanghai; the account is made then (sessions and passwords age).
    t.clock.now = new Date('2027-02-05T02:00:00.000Z');
    const staff = await t.as('station_staff', CHENGQIAO, { siteId: stationId });
    const response = await staff.post('/api/tickets', { itemNo: 3, summary: '咨询就业政策' });
    expect(response.statusCode, response.body).toBe(201);
    // 8–14 February off: Mon 15 (1) … Fri 19 (5). Weekends only would give Fri 12 February.
    expect(response.json().dueDate).toBe('2027-02-19');
    t.clock.now = new Date('2027-02-18T02:00:00.000Z');
    const second = await (await t.signIn(staff.username)).post('/api/tickets', { itemNo: 3, summary: '咨询就业政策' });
    expect(second.statusCode, second.body).toBe(201);
    // From Thursday 18 February the 调休 Saturday counts: Fri 19, Sat 20 (调休), Mon 22, Tue 23, Wed 24.
    expect(second.json().dueDate).toBe('2027-02-24');
  });
});
