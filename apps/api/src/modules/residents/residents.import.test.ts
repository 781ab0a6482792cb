import { type ImportJob, ImportJobSchema, type Permission, ResidentPageSchema, ResidentSchema } from '@jobcircle/domain';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ServiceContext } from '../../platform/context.ts';
import { decodeCsv } from '../../platform/spreadsheet-reader.ts';
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

async function getJob(agent: Agent, id: string): Promise<ImportJob> {
  return ImportJobSchema.parse((await agent.get(`/api/residents/imports/${id}`)).json());
}

/** Accepts through the API and awaits the background job (no polling). */
async function acceptAndWait(agent: Agent, id: string): Promise<ImportJob> {
  const accepted = await agent.post(`/api/residents/imports/${id}/accept`);
  expect(accepted.json().state).toBe('importing');
  await t.services.residents.imports.whenIdle();
  return getJob(agent, id);
}

async function preview(agent: Agent, rows: string[][], fileName = 'a.xlsx'): Promise<ImportJob> {
  const response = await agent.post('/api/residents/imports', { fileName, contentBase64: await xlsxBase64(rows) });
  expect(response.statusCode).toBe(201);
  return ImportJobSchema.parse(response.json());
}

/** A service context for an account, optionally with permissions its role lacks (to isolate another rule). */
async function contextOf(staffId: string, extra: Permission[] = []): Promise<ServiceContext> {
  const account = await t.services.accounts.staff.findAccount(staffId);
  if (!account) throw new Error('no account');
  const actor = actorFor(account);
  return {
    actor: { ...actor, permissions: new Set([...actor.permissions, ...extra]) },
    requestId: 'test',
    ip: '127.0.0.1',
    now: t.clock.now,
  };
}

/** The planted faults and the code each must be reported with. */
const PLANTED_CODES: Record<string, string> = {
  idNumber: 'id_number_invalid',
  mobile: 'mobile_invalid',
  name: 'required',
  villageName: 'village_unknown',
};

describe('importing a 10,000-row spreadsheet with 3 % bad rows', () => {
  const rows = 10_000;
  let planted: Map<number, string>;
  let content: string;
  let jobId: string;

  beforeAll(async () => {
    const sheet = spreadsheetRows(rows);
    planted = sheet.planted;
    content = await xlsxBase64(sheet.data);
  });

  it('previews every bad row exactly, with its code, and writes nothing', async () => {
    const before = await residentCount();
    const response = await townAdmin.post('/api/residents/imports', { fileName: '城桥镇台账.xlsx', contentBase64: content });
    expect(response.statusCode).toBe(201);
    const job = ImportJobSchema.parse(response.json());
    jobId = job.id;
    expect(job.mapping).toMatchObject({ 姓名: 'name', 身份证号: 'idNumber', 手机号: 'mobile', 村居: 'villageName', 地址: 'address' });
    expect(job.errorCount).toBe(planted.size);
    expect(new Map(job.errors.map((e) => [e.row, e.field]))).toEqual(planted);
    expect(job.errors.map((e) => e.code)).toEqual([...planted.values()].map((field) => PLANTED_CODES[field]));
    expect(job).toMatchObject({ totalRows: rows, validRows: rows - planted.size, newRows: rows - planted.size, state: 'previewed' });
    expect(await residentCount()).toBe(before);
  }, 120_000);

  it('imports all valid rows once accepted, with progress to the end', async () => {
    const before = await residentCount();
    const done = await acceptAndWait(townAdmin, jobId);
    expect(done).toMatchObject({ state: 'done', processedRows: rows - planted.size, errorCount: planted.size });
    expect(await residentCount()).toBe(before + rows - planted.size);
    const audit = await t.database.db.selectFrom('audit_logs').selectAll().where('action', '=', 'resident.import').execute();
    expect(audit).toHaveLength(1);
    const again = await townAdmin.post(`/api/residents/imports/${jobId}/accept`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('IMPORT_STATE_CONFLICT');
  }, 180_000);

  it('changes nothing when the same file is imported again', async () => {
    const versions = await t.database.db.selectFrom('residents').select(['id', 'version', 'updated_at']).orderBy('id').execute();
    const response = await townAdmin.post('/api/residents/imports', { fileName: '城桥镇台账.xlsx', contentBase64: content });
    const job = ImportJobSchema.parse(response.json());
    expect(job).toMatchObject({ newRows: 0, changedRows: 0, unchangedRows: rows - planted.size, errorCount: planted.size });
    expect((await acceptAndWait(townAdmin, job.id)).state).toBe('done');
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
    expect(job.errors.map((e) => [e.row, e.field, e.code])).toEqual(
      expect.arrayContaining([
        [1, 'name', 'column_missing'],
        [1, 'idNumber', 'column_missing'],
        [1, 'address', 'column_missing'],
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
    expect((await townAdmin.post(`/api/residents/imports/${job.id}/accept`)).json().code).toBe('IMPORT_STATE_CONFLICT');
  });

  it('is refused without the import permission (403 FORBIDDEN)', async () => {
    const pointWorker = await t.as('point_staff', CHENGQIAO_VILLAGE);
    const content = await xlsxBase64([['赵六', idNumberFor(2, { birthDate: '1971-01-01' }), '', villageName, '地址', '', '', '']]);
    const response = await pointWorker.post('/api/residents/imports', { fileName: 'b.xlsx', contentBase64: content });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('FORBIDDEN');
  });

  it('refuses rows outside the importer’s village, even to one who may import', async () => {
    // A village worker given the import permission: only the scope rule can refuse the first row.
    const { id } = await t.createAccount({ role: 'point_staff', regionCode: CHENGQIAO_VILLAGE_2 });
    const ctx = await contextOf(id, ['resident:import']);
    const ownVillage = (await t.services.regions.find(CHENGQIAO_VILLAGE_2))?.name ?? '';
    const rows = [
      ['赵六', idNumberFor(2, { birthDate: '1971-01-01' }), '', villageName, '地址', '', '', ''],
      ['赵七', idNumberFor(3, { birthDate: '1971-01-01' }), '', ownVillage, '地址', '', '', ''],
    ];
    const before = await residentCount();
    const job = await t.services.residents.imports.createImport(ctx, 'b.xlsx', await xlsxBase64(rows));
    expect(job.errors.map((e) => [e.row, e.field, e.code])).toEqual([[2, 'villageName', 'village_unknown']]);
    expect(job).toMatchObject({ validRows: 1, newRows: 1 });
    await t.services.residents.imports.acceptImport(ctx, job.id);
    await t.services.residents.imports.whenIdle();
    expect(await residentCount()).toBe(before + 1);
    // The same file from the town's station is all in scope.
    const station = await t.as('station_staff', CHENGQIAO);
    expect((await preview(station, rows)).errorCount).toBe(0);
  });

  it('refuses an ID number registered in another town: nothing written, nothing of it shown', async () => {
    const district = await t.as('district_admin', DISTRICT);
    const idNumber = idNumberFor(4, { birthDate: '1968-04-04' });
    const registered = await district.post('/api/residents', residentBody(BAOZHEN, BAOZHEN_VILLAGE, { idNumber, name: '堡镇甲' }));
    expect(registered.statusCode).toBe(201);
    const other = ResidentSchema.parse(registered.json());
    const before = await residentCount();
    const job = await preview(townAdmin, [['城桥乙', idNumber, '', villageName, '城桥镇某路', '', '', '']]);
    expect(job.errors.map((e) => [e.row, e.field, e.code])).toEqual([[2, 'idNumber', 'registered_elsewhere']]);
    expect(job).toMatchObject({ validRows: 0, newRows: 0, changedRows: 0, unchangedRows: 0 });
    for (const secret of ['堡镇甲', other.id, other.villageName, other.townName]) expect(JSON.stringify(job)).not.toContain(secret);
    expect((await acceptAndWait(townAdmin, job.id)).state).toBe('done');
    expect(await residentCount()).toBe(before);
    const after = ResidentSchema.parse((await district.get(`/api/residents/${other.id}`)).json());
    expect(after).toMatchObject({ name: '堡镇甲', townCode: BAOZHEN, villageCode: BAOZHEN_VILLAGE, version: other.version });
  });

  it('re-checks at write time: a number registered elsewhere after the preview is refused then', async () => {
    const district = await t.as('district_admin', DISTRICT);
    const idNumber = idNumberFor(5, { birthDate: '1968-05-05' });
    const job = await preview(townAdmin, [['城桥丙', idNumber, '', villageName, '城桥镇某路', '', '', '']]);
    expect(job).toMatchObject({ errorCount: 0, newRows: 1 });
    const registered = await district.post('/api/residents', residentBody(BAOZHEN, BAOZHEN_VILLAGE, { idNumber, name: '堡镇丙' }));
    const other = ResidentSchema.parse(registered.json());
    const done = await acceptAndWait(townAdmin, job.id);
    expect(done.errors.map((e) => [e.row, e.code])).toEqual([[2, 'registered_elsewhere']]);
    const after = ResidentSchema.parse((await district.get(`/api/residents/${other.id}`)).json());
    expect(after).toMatchObject({ name: '堡镇丙', townCode: BAOZHEN, version: other.version });
  });

  it('refuses a file that is not a spreadsheet, and hides a job from everyone but its owner', async () => {
    const station = await t.as('station_staff', CHENGQIAO);
    const job = await preview(station, [['钱八', idNumberFor(6, { birthDate: '1972-06-06' }), '', villageName, '地址', '', '', '']]);
    const garbage = await station.post('/api/residents/imports', {
      fileName: 'c.xlsx',
      contentBase64: Buffer.from('not a spreadsheet').toString('base64'),
    });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().code).toBe('IMPORT_FILE_UNREADABLE');
    const foreign = await townAdmin.get(`/api/residents/imports/${job.id}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('NOT_FOUND');
  });

  it('resumes an import a restart interrupted, as its owner, and finishes it', async () => {
    const job = await preview(
      townAdmin,
      [['孙七', idNumberFor(7, { birthDate: '1972-01-01' }), '', villageName, '地址', '', '', '']],
      'd.xlsx',
    );
    // As if the server had stopped just after the user accepted.
    await t.database.db.updateTable('resident_imports').set({ state: 'importing' }).where('id', '=', job.id).execute();
    expect(await t.services.residents.imports.resumeImports(t.clock.now)).toBe(1);
    await t.services.residents.imports.whenIdle();
    expect(await getJob(townAdmin, job.id)).toMatchObject({ state: 'done', processedRows: 1 });
    expect(ResidentPageSchema.parse((await townAdmin.get(`/api/residents?q=${encodeURIComponent('孙七')}`)).json()).total).toBe(1);
  });

  it('logs a job that fails and marks it failed', async () => {
    const job = await preview(townAdmin, [['吴十', idNumberFor(9, { birthDate: '1974-01-01' }), '', villageName, '地址', '', '', '']]);
    await t.database.db
      .updateTable('resident_imports')
      .set({ state: 'importing', records_cipher: 'v1:not-cipher-text' })
      .where('id', '=', job.id)
      .execute();
    const logged = vi.spyOn(t.services.log, 'error');
    await t.services.residents.imports.resumeImports(t.clock.now);
    await t.services.residents.imports.whenIdle();
    expect((await getJob(townAdmin, job.id)).state).toBe('failed');
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ importId: job.id }), expect.any(String));
  });

  it('stamps the rows it writes with the injected clock, not the wall clock', async () => {
    const job = await preview(townAdmin, [['周九', idNumberFor(8, { birthDate: '1973-01-01' }), '', villageName, '地址', '', '', '']]);
    expect((await acceptAndWait(townAdmin, job.id)).state).toBe('done');
    const row = await t.database.db.selectFrom('residents').select('created_at').where('name', '=', '周九').executeTakeFirstOrThrow();
    expect(row.created_at).toBe(t.clock.now.toISOString());
  });

  it('reads CSV saved by Excel in GB18030 as well as UTF-8', () => {
    expect(decodeCsv(Buffer.from([0xd0, 0xd5, 0xc3, 0xfb]))).toBe('姓名');
    expect(decodeCsv(Buffer.from('\uFEFF姓名', 'utf8'))).toBe('姓名');
  });
});

describe('residents export', () => {
  it('is refused to a point worker (403)', async () => {
    const pointWorker = await t.as('point_staff', CHENGQIAO_VILLAGE);
    const response = await pointWorker.get('/api/residents/export');
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('FORBIDDEN');
  });

  it('exports masked by default and unmasked with a reason, auditing both', async () => {
    const masked = await townAdmin.get(`/api/residents/export?villageCode=${CHENGQIAO_VILLAGE}&q=${encodeURIComponent('居民1')}`);
    expect(masked.statusCode).toBe(200);
    expect(masked.headers['content-type']).toContain('spreadsheetml');
    const read = async (body: Buffer) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(body as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      // Rows 1–3: the title, the unit line and the headings.
      return sheet ? sheet.getRow(4).values : [];
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
