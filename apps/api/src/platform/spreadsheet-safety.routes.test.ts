import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, CHENGQIAO, CHENGQIAO_VILLAGE, DISTRICT, type TestApp } from '../test/build-test-app.ts';
import { idNumberFor, residentBody } from '../test/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('exports against formula injection (issue 14)', () => {
  it('writes a resident named =HYPERLINK(…) as text, prefixed with an apostrophe', async () => {
    const admin = await t.as('district_admin', DISTRICT);
    const name = '=HYPERLINK("http://e.cn","点")';
    const address = '+1+cmd|calc!A0';
    const created = await admin.post(
      '/api/residents',
      residentBody(CHENGQIAO, CHENGQIAO_VILLAGE, { idNumber: idNumberFor(421), name, address }),
    );
    expect(created.statusCode, created.body).toBe(201);

    const response = await admin.get(`/api/residents/export?villageCode=${CHENGQIAO_VILLAGE}`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row, index) => {
      if (index > 1) row.eachCell((cell) => cells.push(cell));
    });
    expect(cells.length).toBeGreaterThan(0);
    const texts = cells.map((cell) => cell.value);
    expect(texts).toContain(`'${name}`);
    expect(texts).toContain(`'${address}`);
    // No cell is a formula, and no text cell starts with a formula character.
    expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula)).toEqual([]);
    expect(texts.filter((value) => typeof value === 'string' && /^[=+\-@\t\r]/.test(value))).toEqual([]);
  });
});
