import { type ImportJob, ImportJobSchema, ResidentPageSchema } from '@jobcircle/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, buildTestApp, CHENGQIAO, CHENGQIAO_VILLAGE, CHENGQIAO_VILLAGE_2, type TestApp } from '../../test/build-test-app.ts';
import { idNumberFor } from '../../test/factories.ts';
import { decodeCsv } from './residents.spreadsheet.ts';

let t: TestApp;
let townAdmin: Agent;
let villageName: string;

beforeAll(async () => {
  t = await buildTestApp();
  townAdmin = await t.as('town_admin', CHENGQIAO);
  villageName = (await t.services.regions.find(CHENGQIAO_VILLAGE))?.name ?? '';
});
afterAll(() => t.close());

const HEADERS = ['姓名', '身份证号', '手机号', '村居', '地址', '就业状态', '重点群体', '学历'];

/** A staff spreadsheet of `rows` people; every 33rd row (about 3 %) is broken in one of four ways. */
function spreadsheetRows(rows: number) {
  const planted = new Map<number, string>();
  const data: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const row = i + 2;
    // 500 people per birth date (the order digits), a new date every 500 rows: all distinct.
    const birth = new Date(Date.UTC(1960, 0, 1) + Math.floor(i / 500) * 37 * 86_400_000).toISOString().slice(0, 10);
    const id = idNumberFor(i % 500, { area: i % 2 ? '310230' : '310151', birthDate: birth });
    const cells = [
      `居民${i}`,
      id,
      `139${String(10_000_000 + i).slice(-8)}`,
      villageName,
      `城桥镇某路 ${i} 号`,
      i % 3 ? '失业' : '灵活就业',
      i % 7 ? '' : '就困',
      '高中',
    ];
    if (i % 33 === 5) {
      const kind = ((i / 33) % 4) | 0;
      if (kind === 0) {
        cells[1] = `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}`;
        planted.set(row, 'idNumber');
      } else if (kind === 1) {
        cells[2] = '14012345678';
        planted.set(row, 'mobile');
      } else if (kind === 2) {
        cells[0] = '';
        planted.set(row, 'name');
      } else {
        cells[3] = '不存在村';
        planted.set(row, 'villageName');
      }
    }
    data.push(cells);
  }
  return { data, planted };
}

async function xlsxBase64(data: string[][], headers = HEADERS): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(headers);
  for (const cells of data) sheet.addRow(cells);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

async function residentCount(): Promise<number> {
  const row = await t.database.db
    .selectFrom('residents')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function waitUntilDone(id: string): Promise<ImportJob> {
  for (let i = 0; i < 600; i++) {
    const job = ImportJobSchema.parse((await townAdmin.get(`/api/residents/imports/${id}`)).json());
    if (job.state !== 'importing') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('import did not finish');
}

describe('importing a 10,000-row spreadsheet with 3 % bad rows', () => {
  const rows = 10_000;
  let planted: Map<number, string>;
  let content: string;

  it('previews every bad row exactly and writes nothing', async () => {
    const sheet = spreadsheetRows(rows);
    planted = sheet.planted;
    content = await xlsxBase64(sheet.data);
    const before = await residentCount();
    const response = await townAdmin.post('/api/residents/imports', { fileName: '城桥镇台账.xlsx', contentBase64: content });
    expect(response.statusCode).toBe(201);
    const job = ImportJobSchema.parse(response.json());
    expect(job.mapping).toMatchObject({ 姓名: 'name', 身份证号: 'idNumber', 手机号: 'mobile', 村居: 'villageName', 地址: 'address' });
    expect(job.errorCount).toBe(planted.size);
    expect(planted.size / rows).toBeCloseTo(0.03, 2);
    expect(new Map(job.errors.map((e) => [e.row, e.field]))).toEqual(planted);
    expect(job).toMatchObject({ totalRows: rows, validRows: rows - planted.size, newRows: rows - planted.size, state: 'previewed' });
    expect(await residentCount()).toBe(before);
    (globalThis as { jobId?: string }).jobId = job.id;
  }, 120_000);

  it('imports all valid rows once accepted, with progress to the end', async () => {
    const id = (globalThis as { jobId?: string }).jobId as string;
    const before = await residentCount();
    const accepted = await townAdmin.post(`/api/residents/imports/${id}/accept`);
    expect(accepted.json().state).toBe('importing');
    const done = await waitUntilDone(id);
    expect(done).toMatchObject({ state: 'done', processedRows: rows - planted.size, errorCount: planted.size });
    expect(await residentCount()).toBe(before + rows - planted.size);
    const audit = await t.database.db.selectFrom('audit_logs').selectAll().where('action', '=', 'resident.import').execute();
    expect(audit).toHaveLength(1);
    expect((await townAdmin.post(`/api/residents/imports/${id}/accept`)).json().code).toBe('IMPORT_STATE_CONFLICT');
  }, 180_000);

  it('changes nothing when the same file is imported again', async () => {
    const versions = await t.database.db.selectFrom('residents').select(['id', 'version', 'updated_at']).orderBy('id').execute();
    const response = await townAdmin.post('/api/residents/imports', { fileName: '城桥镇台账.xlsx', contentBase64: content });
    const job = ImportJobSchema.parse(response.json());
    expect(job).toMatchObject({ newRows: 0, changedRows: 0, unchangedRows: rows - planted.size, errorCount: planted.size });
    await townAdmin.post(`/api/residents/imports/${job.id}/accept`);
    await waitUntilDone(job.id);
    expect(await t.database.db.selectFrom('residents').select(['id', 'version', 'updated_at']).orderBy('id').execute()).toEqual(versions);
  }, 180_000);
});

describe('import details', () => {
  it('asks for the mapping when headings are unknown, and previews again once mapped', async () => {
    const content = await xlsxBase64(
      [['王五', idNumberFor(1, { birthDate: '1970-01-01' }), villageName, '地址 1']],
      ['名', '证件', '村', '住'],
    );
    const job = ImportJobSchema.parse(
      (await townAdmin.post('/api/residents/imports', { fileName: 'a.xlsx', contentBase64: content })).json(),
    );
    expect(job.errors.map((e) => [e.row, e.field])).toEqual(
      expect.arrayContaining([
        [1, 'name'],
        [1, 'idNumber'],
        [1, 'address'],
      ]),
    );
    const remapped = await townAdmin.request({
      method: 'PUT',
      url: `/api/residents/imports/${job.id}/mapping`,
      payload: { mapping: { 名: 'name', 证件: 'idNumber', 村: 'villageName', 住: 'address' } },
    });
    expect(ImportJobSchema.parse(remapped.json())).toMatchObject({ errorCount: 0, newRows: 1 });
    const cancelled = await townAdmin.post(`/api/residents/imports/${job.id}/cancel`);
    expect(cancelled.json().state).toBe('cancelled');
  });

  it('refuses rows outside the importer’s village, and a file that is not a spreadsheet', async () => {
    const pointWorker = await t.as('point_staff', CHENGQIAO_VILLAGE_2);
    const content = await xlsxBase64([['赵六', idNumberFor(2, { birthDate: '1971-01-01' }), '', villageName, '地址', '', '', '']]);
    expect((await pointWorker.post('/api/residents/imports', { fileName: 'b.xlsx', contentBase64: content })).statusCode).toBe(403);
    const station = await t.as('station_staff', CHENGQIAO);
    const job = ImportJobSchema.parse(
      (await station.post('/api/residents/imports', { fileName: 'b.xlsx', contentBase64: content })).json(),
    );
    expect(job.errorCount).toBe(0);
    const garbage = await station.post('/api/residents/imports', {
      fileName: 'c.xlsx',
      contentBase64: Buffer.from('not a spreadsheet').toString('base64'),
    });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().code).toBe('IMPORT_FILE_UNREADABLE');
    expect((await townAdmin.get(`/api/residents/imports/${job.id}`)).statusCode).toBe(404);
  });

  it('resumes an import a restart interrupted, as its owner, and finishes it', async () => {
    const content = await xlsxBase64([['孙七', idNumberFor(3, { birthDate: '1972-01-01' }), '', villageName, '地址', '', '', '']]);
    const job = ImportJobSchema.parse(
      (await townAdmin.post('/api/residents/imports', { fileName: 'd.xlsx', contentBase64: content })).json(),
    );
    // As if the server had stopped just after the user accepted.
    await t.database.db.updateTable('resident_imports').set({ state: 'importing' }).where('id', '=', job.id).execute();
    expect(await t.services.residents.imports.resumeImports(new Date())).toBe(1);
    const done = await waitUntilDone(job.id);
    expect(done).toMatchObject({ state: 'done', processedRows: 1 });
    expect(ResidentPageSchema.parse((await townAdmin.get(`/api/residents?q=${encodeURIComponent('孙七')}`)).json()).total).toBe(1);
  });

  it('reads CSV saved by Excel in GB18030 as well as UTF-8', () => {
    expect(decodeCsv(Buffer.from([0xd0, 0xd5, 0xc3, 0xfb]))).toBe('姓名');
    expect(decodeCsv(Buffer.from('\uFEFF姓名', 'utf8'))).toBe('姓名');
  });
});

describe('ledger export', () => {
  it('is refused to a point worker (403)', async () => {
    const pointWorker = await t.as('point_staff', CHENGQIAO_VILLAGE);
    expect((await pointWorker.get('/api/residents/export')).statusCode).toBe(403);
  });

  it('exports masked by default and unmasked with a reason, auditing both', async () => {
    const masked = await townAdmin.get(`/api/residents/export?villageCode=${CHENGQIAO_VILLAGE}&q=${encodeURIComponent('居民1')}`);
    expect(masked.statusCode).toBe(200);
    expect(masked.headers['content-type']).toContain('spreadsheetml');
    const read = async (body: Buffer) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(body as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      return sheet ? sheet.getRow(2).values : [];
    };
    const maskedRow = (await read(masked.rawPayload)) as string[];
    expect(maskedRow[2]).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    expect(maskedRow[5]).toMatch(/^\d{3}\*{4}\d{4}$/);
    const full = await townAdmin.get(
      `/api/residents/export?villageCode=${CHENGQIAO_VILLAGE}&q=${encodeURIComponent('居民1')}&reason=${encodeURIComponent('报区人社局核对')}`,
    );
    const fullRow = (await read(full.rawPayload)) as string[];
    expect(fullRow[2]).toMatch(/^\d{17}[\dX]$/);
    const audits = await t.database.db.selectFrom('audit_logs').select('details').where('action', '=', 'resident.export').execute();
    expect(audits.map((a) => JSON.parse(a.details).unmasked)).toEqual([false, true]);
    const volunteer = await t.as('volunteer', CHENGQIAO_VILLAGE);
    expect((await volunteer.get('/api/residents/export')).statusCode).toBe(403);
  });
});
