import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, CHENGQIAO, CHENGQIAO_VILLAGE, type TestApp } from '../../test/build-test-app.ts';
import { idNumberFor, residentBody } from '../../test/factories.ts';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('the registry ledger export is office-ready (issue 15 §5)', () => {
  it('has a title, the unit and date, a frozen heading row with an auto-filter, widths and Beijing time', async () => {
    // 17:30 UTC is 01:30 the next day in Beijing: the date and the time must be Beijing's.
    t.clock.advanceMinutes(15 * 60 + 30);
    expect(t.clock.now.toISOString()).toBe('2026-11-26T17:30:00.000Z');
    const townAdmin = await t.as('town_admin', CHENGQIAO);
    const created = await townAdmin.post(
      '/api/residents',
      residentBody(CHENGQIAO, CHENGQIAO_VILLAGE, { idNumber: idNumberFor(431), name: '台账人' }),
    );
    expect(created.statusCode, created.body).toBe(201);

    const response = await townAdmin.get(`/api/residents/export?q=${encodeURIComponent('台账人')}`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('A1').value).toBe('劳动力资源台账');
    expect(sheet.getCell('A2').value).toBe(`制表单位：${(await t.services.regions.find(CHENGQIAO))?.name}`);
    const headings = sheet.getRow(3).values as unknown[];
    expect(sheet.getRow(2).getCell(headings.length - 1).value).toBe('制表日期：2026-11-27');
    expect(headings.slice(1, 3)).toEqual(['姓名', '身份证号']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    // 13 columns, A to M, filtered on the heading row.
    expect(sheet.autoFilter).toBe('A3:M3');
    expect(sheet.getColumn(2).width).toBe(22);
    expect(sheet.rowCount).toBe(4);
    const row = sheet.getRow(4).values as unknown[];
    expect(row[1]).toBe('台账人');
    expect(row[headings.indexOf('更新时间（北京时间）')]).toBe('2026-11-27 01:30');
  });
});
