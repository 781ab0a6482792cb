import { type ImportJob, ImportJobSchema, ImportSynonymsSchema } from '@jobcircle/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, buildTestApp, CHENGQIAO, CHENGQIAO_VILLAGE, DISTRICT, type TestApp } from '../../test/build-test-app.ts';
import { idNumberFor } from '../../test/factories.ts';

let t: TestApp;
let townAdmin: Agent;
let districtAdmin: Agent;
let villageName: string;

beforeAll(async () => {
  t = await buildTestApp();
  townAdmin = await t.as('town_admin', CHENGQIAO);
  districtAdmin = await t.as('district_admin', DISTRICT);
  villageName = (await t.services.regions.find(CHENGQIAO_VILLAGE))?.name ?? '';
});
afterAll(() => t.close());

const HEADERS = ['姓名', '身份证号', '村居', '地址', '户籍', '学历', '就业状态'];

async function xlsxBase64(rows: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(HEADERS);
  for (const cells of rows) sheet.addRow(cells);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

async function preview(agent: Agent, rows: string[][]): Promise<ImportJob> {
  const response = await agent.post('/api/residents/imports', { fileName: '台账.xlsx', contentBase64: await xlsxBase64(rows) });
  expect(response.statusCode, response.body).toBe(201);
  return ImportJobSchema.parse(response.json());
}

const row = (i: number, overrides: Partial<Record<'hukou' | 'education' | 'status' | 'address', string>> = {}) => [
  `同义${i}`,
  idNumberFor(600 + i, { birthDate: '1975-03-01' }),
  villageName,
  overrides.address ?? `城桥镇同义路 ${i} 号`,
  overrides.hukou ?? '',
  overrides.education ?? '',
  overrides.status ?? '',
];

describe('value synonyms of the import (issue 15 §5)', () => {
  it('stores 未就业 as unemployed (and 农村户口, 本科及以上 as their values), showing the mapping per column', async () => {
    const job = await preview(townAdmin, [row(1, { hukou: '农村户口', education: '本科及以上', status: '未就业' })]);
    expect(job.errorCount).toBe(0);
    expect(job.valueMappings).toEqual(
      expect.arrayContaining([
        { column: '就业状态', field: 'employmentStatus', text: '未就业', value: 'unemployed', source: 'built_in', rows: 1 },
        { column: '户籍', field: 'hukouType', text: '农村户口', value: 'local_agricultural', source: 'built_in', rows: 1 },
        { column: '学历', field: 'education', text: '本科及以上', value: 'bachelor', source: 'built_in', rows: 1 },
      ]),
    );
    expect((await townAdmin.post(`/api/residents/imports/${job.id}/accept`)).statusCode).toBe(200);
    await t.services.residents.imports.whenIdle();
    const stored = await t.database.db
      .selectFrom('residents')
      .select(['employment_status', 'hukou_type', 'education'])
      .where('name', '=', '同义1')
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ employment_status: 'unemployed', hukou_type: 'local_agricultural', education: 'bachelor' });
  });

  it('applies a synonym the district admin adds on the next preview', async () => {
    const before = await preview(townAdmin, [row(2, { status: '赋闲在家' })]);
    expect(before.errors.map((e) => [e.field, e.code])).toEqual([['employmentStatus', 'value_unknown']]);

    const put = await districtAdmin.request({
      method: 'PUT',
      url: '/api/residents/import-synonyms',
      payload: { synonyms: [{ field: 'employmentStatus', text: '赋闲在家', value: 'unemployed' }] },
    });
    expect(put.statusCode, put.body).toBe(200);
    const table = ImportSynonymsSchema.parse(put.json());
    expect(table.custom).toEqual([{ field: 'employmentStatus', text: '赋闲在家', value: 'unemployed' }]);
    expect(table.builtIn).toContainEqual({ field: 'employmentStatus', text: '未就业', value: 'unemployed' });
    expect(ImportSynonymsSchema.parse((await districtAdmin.get('/api/residents/import-synonyms')).json()).custom).toHaveLength(1);

    const after = await preview(townAdmin, [row(2, { status: '赋闲在家' })]);
    expect(after.errorCount).toBe(0);
    expect(after.valueMappings).toContainEqual({
      column: '就业状态',
      field: 'employmentStatus',
      text: '赋闲在家',
      value: 'unemployed',
      source: 'custom',
      rows: 1,
    });
    const audit = await t.database.db.selectFrom('audit_logs').select('action').where('action', '=', 'import_synonym.replace').execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses a value not of its field, and a word twice in a field, on the field', async () => {
    const response = await districtAdmin.request({
      method: 'PUT',
      url: '/api/residents/import-synonyms',
      payload: {
        synonyms: [
          { field: 'hukouType', text: '农民', value: 'unemployed' },
          { field: 'education', text: '大本', value: 'bachelor' },
          { field: 'education', text: '大本', value: 'master' },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
    expect(Object.keys(response.json().details.fieldErrors).sort()).toEqual(['synonyms.0.value', 'synonyms.2.text']);
  });

  it('refuses the table to an importer below the district (403)', async () => {
    const list = await townAdmin.get('/api/residents/import-synonyms');
    expect(list.statusCode).toBe(403);
    expect(list.json().code).toBe('FORBIDDEN');
    const put = await townAdmin.request({ method: 'PUT', url: '/api/residents/import-synonyms', payload: { synonyms: [] } });
    expect(put.statusCode).toBe(403);
    const volunteer = await t.as('volunteer', CHENGQIAO_VILLAGE);
    expect((await volunteer.get('/api/residents/import-synonyms')).statusCode).toBe(403);
  });
});

describe('the error rows of a preview as xlsx (issue 15 §5)', () => {
  it('gives the rows with errors, their own columns and a 错误原因 column, formula-safe', async () => {
    const bad = row(3, { address: '=HYPERLINK("http://e.cn","点")', status: '不知道' });
    bad[1] = `${String(bad[1]).slice(0, 17)}${String(bad[1]).endsWith('0') ? '1' : '0'}`;
    const job = await preview(townAdmin, [row(4), bad, row(5, { education: '博士' })]);
    expect(job.errorCount).toBe(2);

    const response = await townAdmin.get(`/api/residents/imports/${job.id}/errors`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADERS, '错误原因']);
    expect(sheet.rowCount).toBe(2);
    const values = sheet.getRow(2).values as unknown[];
    expect(values[1]).toBe('同义3');
    expect(values[4]).toBe(`'${bad[3]}`);
    // Both faults of the row, in one cell.
    expect(String(values[8]).split('；')).toHaveLength(2);

    const other = await t.as('town_admin', CHENGQIAO);
    expect((await other.get(`/api/residents/imports/${job.id}/errors`)).statusCode).toBe(404);
    expect((await townAdmin.post(`/api/residents/imports/${job.id}/cancel`)).statusCode).toBe(200);
    const cancelled = await townAdmin.get(`/api/residents/imports/${job.id}/errors`);
    expect(cancelled.statusCode).toBe(409);
    expect(cancelled.json().code).toBe('IMPORT_STATE_CONFLICT');
  });
});
