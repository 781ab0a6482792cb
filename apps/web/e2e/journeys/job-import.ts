// Jobs from a job-fair list (issue 9 §6): a spreadsheet previewed (a row with discriminatory wording
// named by row and column, nothing written), the faulty row skipped, the rest imported.
import type { Page as ApiPage, Job } from '@jobcircle/domain';
import ExcelJS from 'exceljs';
import { createHomestay } from '../fixtures.ts';
import {
  buttonLabel,
  check,
  checkA11y,
  DEMO_PASSWORD,
  eventually,
  expectPath,
  type JourneyContext,
  screenshot,
  signIn,
  textOf,
  uniqueTag,
} from '../lib.ts';

const STATION = 'demo.station.chengqiao';

/** 城桥镇's station imports two jobs of a homestay: one refused for its wording, the other imported. */
export async function jobFairListImported({ page, baseUrl, report, api }: JourneyContext): Promise<void> {
  const station = await api(STATION);
  const tag = uniqueTag();
  const employer = await createHomestay(station, tag);
  const good = `前台接待 ${tag}`;
  const refused = `保洁员（限女性）${tag}`;

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('招聘会岗位');
  sheet.addRow(['岗位名称', '统一社会信用代码', '职业', '薪酬', '招聘人数', '截止日期', '工作地点', '联系人', '联系电话']);
  sheet.addRow([good, employer.creditCode, '客房服务员', '4500-5500', '2', '2027-03-31', '城桥镇揽星路 8 号', '陆店长', '13912345678']);
  sheet.addRow([refused, employer.creditCode, '客房服务员', '4000', '1', '2027-03-31', '城桥镇揽星路 8 号', '陆店长', '13912345678']);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

  await signIn(page, baseUrl, STATION, DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the station worker signs in');
  await page.goto(`${baseUrl}/jobs`);
  await page.getByRole('heading', { level: 1, name: '岗位' }).waitFor();
  await page.getByRole('button', { name: '导入岗位' }).click();
  const dialog = page.getByRole('dialog', { name: '导入岗位' });
  await dialog.waitFor();
  await checkA11y(page, 'job import (choose a file)', report);
  await dialog.locator('input[type="file"]').setInputFiles({
    name: '招聘会岗位.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await dialog.getByText('这是预览，尚未写入任何数据。').waitFor();
  const errors = dialog.locator('.ant-table-row');
  await errors.first().waitFor();
  check((await errors.count()) === 1, `the preview lists one faulty row, not ${await errors.count()}`);
  const errorRow = await textOf(errors.first());
  check(errorRow.includes('3') && errorRow.includes('限女性'), `the faulty row is named with its words: ${errorRow}`);
  const before = await station.get<ApiPage<Job>>(`/api/jobs?employerId=${employer.id}`);
  check(before.total === 0, 'the preview wrote nothing');
  await checkA11y(page, 'job import preview (a row refused)', report);
  await screenshot(page, 'job-import-preview');

  const confirm = dialog.getByRole('button', { name: /确认导入 1 个岗位/ });
  check(await confirm.isDisabled(), 'a file with a faulty row is not imported unless it is skipped');
  await dialog.getByRole('checkbox', { name: /跳过有错误的 1 行/ }).check();
  await confirm.click();
  await dialog.getByRole('heading', { name: '导入完成' }).waitFor();
  await checkA11y(page, 'job import done', report);
  await dialog.getByRole('button', { name: buttonLabel('完成') }).click();
  await dialog.waitFor({ state: 'detached' });

  await eventually(async () => (await page.getByRole('link', { name: good }).count()) === 1, 'the imported job is in the list');
  const after = await station.get<ApiPage<Job>>(`/api/jobs?employerId=${employer.id}`);
  check(
    after.total === 1 && after.items[0]?.title === good && after.items[0]?.source === 'import' && after.items[0]?.payMinFen === 450_000,
    'only the good row was imported, from the import, with its pay in fen',
  );
}
