import {
  addCalendarDays,
  ageOn,
  idNumberCheckChar,
  ListResidentsQuerySchema,
  permissionsOf,
  type Resident,
  ResidentPageSchema,
  ResidentSchema,
  type ResidentSummary,
  shanghaiDate,
} from '@jobcircle/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../platform/context.ts';
import { type Agent, buildTestApp, CHENGQIAO, CHENGQIAO_VILLAGE, type TestApp } from '../../test/build-test-app.ts';
import { idNumberFor, residentBody } from '../../test/factories.ts';
import { actorFor } from '../accounts/index.ts';

/**
 * Issue 14: the masked number keeps the first 6 and last 4 characters; the 8 it hides are the birth
 * date. No combination of what a reader without `resident:unmask` sees may rebuild an ID number (or
 * a mobile). Each test plays the one who tries: masked number + any birth date shown (else every
 * day the age allows) + last 4, kept when the check character agrees.
 */

let t: TestApp;
let station: Agent;
let volunteer: Agent;
let pointWorker: Agent;
let today: string;

const NAME = '核对';
/** 13 residents, each with its ID number known to the test; two share name, birth date and village (a duplicate pair). */
const BIRTH_DATES = [
  '1958-01-01',
  '1966-12-31',
  '1972-07-15',
  '1980-05-17',
  '1985-11-26', // the birthday is today (the harness's clock: 2026-11-26 in Shanghai)
  '1985-11-27', // tomorrow
  '1990-02-02',
  '1990-02-02',
  '1996-02-29',
  '2000-02-29',
  '2001-03-01',
  '2004-10-08',
  '2008-06-30',
];
const known = new Map<string, { idNumber: string; mobile: string; birthDate: string }>();
const duplicateName = `${NAME}重复`;

beforeAll(async () => {
  t = await buildTestApp();
  station = await t.as('station_staff', CHENGQIAO);
  volunteer = await t.as('volunteer', CHENGQIAO_VILLAGE);
  pointWorker = await t.as('point_staff', CHENGQIAO_VILLAGE);
  today = shanghaiDate(t.clock.now);
  for (const [i, birthDate] of BIRTH_DATES.entries()) {
    const idNumber = idNumberFor(300 + i, { birthDate, female: i % 2 === 0 });
    const mobile = `1391600${String(1000 + i)}`;
    const name = birthDate === '1990-02-02' ? duplicateName : `${NAME}${'甲乙丙丁戊己庚辛壬癸子丑寅'[i]}`;
    const response = await station.post('/api/residents', residentBody(CHENGQIAO, CHENGQIAO_VILLAGE, { idNumber, mobile, name }));
    if (response.statusCode !== 201) throw new Error(`not registered: ${response.body}`);
    known.set(ResidentSchema.parse(response.json()).idNumberMasked, { idNumber, mobile, birthDate });
  }
});
afterAll(() => t.close());

/** What a reader saw of one resident. */
interface Seen {
  idNumberMasked: string;
  birthDate: string | null;
  age: number | null;
}

/** Every day on which someone of `age` on `on` was born. */
function datesOfAge(age: number, on: string): string[] {
  const dates: string[] = [];
  for (
    let day = `${Number(on.slice(0, 4)) - age - 1}-01-01`;
    day <= `${Number(on.slice(0, 4)) - age}-12-31`;
    day = addCalendarDays(day, 1)
  ) {
    if (ageOn(day, on) === age) dates.push(day);
  }
  return dates;
}

/** Every ID number consistent with what was seen; a rebuild is unique when there is one. */
function rebuilds(seen: Seen): string[] {
  const first6 = seen.idNumberMasked.slice(0, 6);
  const last4 = seen.idNumberMasked.slice(-4);
  const dates = seen.birthDate ? [seen.birthDate] : seen.age === null ? [] : datesOfAge(seen.age, today);
  return dates
    .map((date) => `${first6}${date.replaceAll('-', '')}${last4.slice(0, 3)}`)
    .filter((first17) => idNumberCheckChar(first17) === last4[3])
    .map((first17) => `${first17}${last4[3]}`);
}

function knownOf(masked: string) {
  const entry = known.get(masked);
  if (!entry) throw new Error(`not one of the test's residents: ${masked}`);
  return entry;
}

/** The attempt on each resident seen: the true number is among the candidates, and never alone. */
function expectNoneRebuilt(seen: readonly Seen[]) {
  expect(seen).toHaveLength(BIRTH_DATES.length);
  for (const one of seen) {
    const candidates = rebuilds(one);
    expect(candidates).toContain(knownOf(one.idNumberMasked).idNumber);
    expect(candidates.length, one.idNumberMasked).toBeGreaterThan(1);
  }
}

/** Nothing answered holds a birth date, an ID number or a mobile in full, nor any 11-digit mobile. */
function expectNothingWhole(body: unknown) {
  // Record ids (UUIDs) may hold runs of digits by chance: they are not what is looked for.
  const text = JSON.stringify(body).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '');
  expect(text).not.toMatch(/1[3-9]\d{9}/);
  for (const { idNumber, mobile, birthDate } of known.values()) {
    expect(text).not.toContain(idNumber);
    expect(text).not.toContain(mobile);
    expect(text).not.toContain(birthDate);
    expect(text).not.toContain(birthDate.replaceAll('-', ''));
  }
}

async function list(agent: Agent): Promise<ResidentSummary[]> {
  const response = await agent.get(`/api/residents?q=${encodeURIComponent(NAME)}&pageSize=100`);
  expect(response.statusCode).toBe(200);
  return ResidentPageSchema.parse(response.json()).items;
}

async function files(agent: Agent, summaries: readonly ResidentSummary[]): Promise<Resident[]> {
  const opened: Resident[] = [];
  for (const summary of summaries) {
    const response = await agent.get(`/api/residents/${summary.id}`);
    expect(response.statusCode).toBe(200);
    opened.push(ResidentSchema.parse(response.json()));
  }
  return opened;
}

/** The export's rows as whoever holds the file sees them, by header. */
async function exported(query: string): Promise<{ headers: string[]; seen: Seen[]; cells: unknown[] }> {
  const response = await station.get(`/api/residents/export?q=${encodeURIComponent(NAME)}${query}`);
  expect(response.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  // Rows 1–3: the title, the unit line and the headings.
  const headers = (sheet.getRow(3).values as unknown[]).map((value) => String(value ?? ''));
  const column = (header: string) => headers.indexOf(header);
  const seen: Seen[] = [];
  const cells: unknown[] = [];
  sheet.eachRow((row, index) => {
    if (index <= 3) return;
    const values = row.values as unknown[];
    cells.push(...values.filter((value) => value !== undefined));
    seen.push({
      idNumberMasked: String(values[column('身份证号')]),
      birthDate: column('出生日期') >= 0 ? String(values[column('出生日期')]) : null,
      age: column('年龄') >= 0 ? Number(values[column('年龄')]) : null,
    });
  });
  return { headers, seen, cells };
}

describe('a volunteer (no resident:unmask) cannot rebuild an ID number (issue 14)', () => {
  it('from the list: ages, no birth dates', async () => {
    const items = await list(volunteer);
    expectNoneRebuilt(items);
    expect(items.every((item) => item.birthDate === null)).toBe(true);
    for (const item of items) expect(item.age).toBe(ageOn(knownOf(item.idNumberMasked).birthDate, today));
    expectNothingWhole(items);
  });

  it('from the file: no birth date in it nor in its household members', async () => {
    const opened = await files(volunteer, await list(volunteer));
    expectNoneRebuilt(opened);
    expect(opened.every((file) => file.birthDate === null)).toBe(true);
    expectNothingWhole(opened);
  });

  it('from a search by the last four characters', async () => {
    const masked = [...known.keys()][3] as string;
    const response = await volunteer.get(`/api/residents?last4=${masked.slice(-4)}`);
    const items = ResidentPageSchema.parse(response.json()).items;
    expect(items.map((item) => item.idNumberMasked)).toEqual([masked]);
    expect(rebuilds(items[0] as Seen).length).toBeGreaterThan(1);
    expect(items[0]?.birthDate).toBeNull();
  });

  it('from the order of a sort by birth date: same-age residents are in id order, not in order of their days', async () => {
    // Both 46 today, registered so that the order of their ids is the reverse of their birth days.
    const june = await station.post(
      '/api/residents',
      residentBody(CHENGQIAO, CHENGQIAO_VILLAGE, { idNumber: idNumberFor(401, { birthDate: '1980-06-01' }), name: '同龄者', mobile: null }),
    );
    const march = await station.post(
      '/api/residents',
      residentBody(CHENGQIAO, CHENGQIAO_VILLAGE, { idNumber: idNumberFor(402, { birthDate: '1980-03-01' }), name: '同龄者', mobile: null }),
    );
    const ids = [june.json().id, march.json().id] as string[];
    const sorted = async (agent: Agent, order: 'asc' | 'desc') =>
      ResidentPageSchema.parse(
        (await agent.get(`/api/residents?q=${encodeURIComponent('同龄者')}&sort=birthDate&order=${order}`)).json(),
      ).items.map((item) => item.id);
    expect(await sorted(volunteer, 'asc')).toEqual(ids);
    expect(await sorted(volunteer, 'desc')).toEqual(ids);
    // Who may unmask sees the birth dates, so the order of the days tells nothing more.
    expect(await sorted(station, 'asc')).toEqual([ids[1], ids[0]]);
    expect(await sorted(station, 'desc')).toEqual(ids);
  });
});

describe('the masked export, as anyone who holds the file sees it (issue 14)', () => {
  it('has 年龄 instead of 出生日期, and no ID number can be rebuilt from it', async () => {
    const { headers, seen, cells } = await exported('');
    expectNoneRebuilt(seen);
    expect(headers).toContain('年龄');
    expect(headers).not.toContain('出生日期');
    for (const one of seen) expect(one.age).toBe(ageOn(knownOf(one.idNumberMasked).birthDate, today));
    expectNothingWhole(cells);
  });

  it('keeps the birth date beside the full numbers in the unmasked export (a reason given, audited)', async () => {
    const { headers, seen } = await exported(`&reason=${encodeURIComponent('报区人社局核对')}`);
    expect(headers).toContain('出生日期');
    expect(headers).not.toContain('年龄');
    expect(seen.length).toBe(BIRTH_DATES.length);
    // Here the 身份证号 column holds the full number.
    const births = new Map([...known.values()].map((k) => [k.idNumber, k.birthDate]));
    for (const one of seen) expect(one.birthDate).toBe(births.get(one.idNumberMasked));
  });
});

describe('a point worker whose account lacks resident:unmask (issue 14)', () => {
  /** The point worker's actor with the one permission taken away: the rule follows the permission, not the role. */
  async function withoutUnmask(agent: Agent): Promise<ServiceContext> {
    const account = await t.services.accounts.staff.findAccount(agent.staffId);
    if (!account) throw new Error('no account');
    const actor = actorFor(account);
    expect(actor.permissions.has('resident:unmask')).toBe(true);
    const permissions = new Set([...actor.permissions].filter((p) => p !== 'resident:unmask'));
    return { actor: { ...actor, permissions }, requestId: 'test', ip: '127.0.0.1', now: t.clock.now };
  }

  it('reads the list, the file and the duplicates review without birth dates, and rebuilds none', async () => {
    expect(permissionsOf('point_staff')).toContain('resident:unmask');
    const ctx = await withoutUnmask(pointWorker);
    const { residents, duplicates } = t.services.residents;
    const page = await residents.listResidents(ctx, ListResidentsQuerySchema.parse({ q: NAME, pageSize: 100 }));
    expectNoneRebuilt(page.items);
    expect(page.items.every((item) => item.birthDate === null)).toBe(true);
    const opened: Resident[] = [];
    for (const item of page.items) opened.push(await residents.getResident(ctx, item.id));
    expectNoneRebuilt(opened);
    expect(opened.every((file) => file.birthDate === null)).toBe(true);
    expectNothingWhole([page, opened]);

    const pairs = (await duplicates.listDuplicates(ctx)).filter((pair) => pair.residents.some((r) => r.name === duplicateName));
    const inPairs = pairs.flatMap((pair) => pair.residents);
    expect(inPairs.length).toBe(2);
    expect(inPairs.map((r) => rebuilds(r).length > 1)).toEqual([true, true]);
    expect(inPairs.every((r) => r.birthDate === null && r.age === ageOn('1990-02-02', today))).toBe(true);
  });
});

describe('who may unmask keeps the birth date (issue 14)', () => {
  it('a point worker (resident:unmask) sees it in the list and the file, with the age', async () => {
    const items = await list(pointWorker);
    expect(items.length).toBe(BIRTH_DATES.length);
    for (const item of items) {
      const { birthDate, idNumber } = knownOf(item.idNumberMasked);
      expect(item.birthDate).toBe(birthDate);
      expect(item.age).toBe(ageOn(birthDate, today));
      // The test's rebuild works: with the birth date, the number is one.
      expect(rebuilds(item)).toEqual([idNumber]);
    }
    const [file] = await files(pointWorker, items.slice(0, 1));
    expect(file?.birthDate).toBe(knownOf(file?.idNumberMasked as string).birthDate);
  });
});
