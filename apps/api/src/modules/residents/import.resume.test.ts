import { type ImportJob, ImportJobSchema } from '@jobcircle/domain';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Agent, buildTestApp, CHENGQIAO, CHENGQIAO_VILLAGE, type TestApp } from '../../test/build-test-app.ts';
import { idNumberFor } from '../../test/factories.ts';
import { IMPORT_BATCH } from './import.job.ts';

let t: TestApp;
let townAdmin: Agent;
let villageName: string;

beforeAll(async () => {
  t = await buildTestApp();
  townAdmin = await t.as('town_admin', CHENGQIAO);
  villageName = (await t.services.regions.find(CHENGQIAO_VILLAGE))?.name ?? '';
});
afterAll(() => t.close());
afterEach(() => vi.restoreAllMocks());

/** Two full batches and a part of a third; `offset` keeps the ID numbers of two files apart. */
const ROWS = IMPORT_BATCH * 2 + 500;

async function upload(offset: number): Promise<ImportJob> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(['姓名', '身份证号', '村居', '地址', '就业状态']);
  for (let i = 0; i < ROWS; i += 1) {
    const n = offset + i;
    const birth = new Date(Date.UTC(1960, 0, 1) + Math.floor(n / 500) * 37 * 86_400_000).toISOString().slice(0, 10);
    sheet.addRow([`续导${n}`, idNumberFor(n % 500, { birthDate: birth }), villageName, `城桥镇某路 ${n} 号`, '失业']);
  }
  const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  const response = await townAdmin.post('/api/residents/imports', { fileName: '续导.xlsx', contentBase64 });
  expect(response.statusCode).toBe(201);
  return ImportJobSchema.parse(response.json());
}

async function processedRows(id: string): Promise<number> {
  const row = await t.database.db.selectFrom('resident_imports').select('processed_rows').where('id', '=', id).executeTakeFirstOrThrow();
  return Number(row.processed_rows);
}

async function count(table: 'residents' | 'employment_status_history' | 'resident_timeline', prefix?: string): Promise<number> {
  let query = t.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n'));
  if (table === 'residents' && prefix) query = query.where('name', 'like', `${prefix}%`);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

describe('a registry import interrupted and resumed', () => {
  it('resumes an import interrupted after batch 2 at batch 3: no duplicate rows, progress never backwards', async () => {
    const job = await upload(0);
    expect(job.validRows).toBe(ROWS);
    // The third transaction (batch 3) dies as a crash would kill it: batches 1 and 2 are committed.
    const transaction = t.database.db.transaction.bind(t.database.db);
    let calls = 0;
    const spy = vi.spyOn(t.database.db, 'transaction').mockImplementation(() => {
      calls += 1;
      if (calls === 3) throw new Error('crash during batch 3');
      return transaction();
    });
    vi.spyOn(t.services.log, 'error').mockImplementation(() => undefined);
    await townAdmin.post(`/api/residents/imports/${job.id}/accept`);
    await t.services.residents.imports.whenIdle();
    expect(await processedRows(job.id)).toBe(IMPORT_BATCH * 2);
    expect(await count('residents', '续导')).toBe(IMPORT_BATCH * 2);
    const timelineBefore = await count('resident_timeline');

    // After the restart the import is found still importing; it goes on from batch 3 only.
    await t.database.db.updateTable('resident_imports').set({ state: 'importing' }).where('id', '=', job.id).execute();
    calls = 0;
    const progress: number[] = [];
    spy.mockImplementation(() => {
      calls += 1;
      return transaction();
    });
    const observe = setInterval(() => void processedRows(job.id).then((n) => progress.push(n)), 0);
    t.clock.advanceMinutes(5);
    expect(await t.services.residents.imports.resumeImports(t.clock.now)).toBe(1);
    await t.services.residents.imports.whenIdle();
    clearInterval(observe);
    // One batch transaction (the third) and the closing one: batches 1 and 2 were not written again.
    expect(calls).toBe(2);
    const done = ImportJobSchema.parse((await townAdmin.get(`/api/residents/imports/${job.id}`)).json());
    expect(done).toMatchObject({ state: 'done', processedRows: ROWS, errorCount: 0 });
    expect(await count('residents', '续导')).toBe(ROWS);
    expect(await count('resident_timeline')).toBe(timelineBefore + 500);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((n, i) => n >= IMPORT_BATCH * 2 && n >= (progress[i - 1] ?? 0))).toBe(true);
  }, 60_000);

  it('answers a request made during an import before the import ends (it yields between batches)', async () => {
    const job = await upload(10_000);
    const order: string[] = [];
    const accepted = await townAdmin.post(`/api/residents/imports/${job.id}/accept`);
    expect(accepted.json().state).toBe('importing');
    const health = t.app.inject({ method: 'GET', url: '/api/health' }).then((response) => {
      order.push(`health ${response.statusCode}`);
    });
    const list = townAdmin.get('/api/residents?pageSize=5').then((response) => {
      order.push(`list ${response.statusCode}`);
    });
    const idle = t.services.residents.imports.whenIdle().then(() => {
      order.push('import done');
    });
    await Promise.all([health, list, idle]);
    expect(order.at(-1)).toBe('import done');
    expect(order.slice(0, 2).sort()).toEqual(['health 200', 'list 200']);
    expect(await count('residents', '续导')).toBe(ROWS * 2);
  }, 60_000);
});
