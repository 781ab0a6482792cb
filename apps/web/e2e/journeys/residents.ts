// The labour-force registry (劳动力资源): import, the resident's file, registration.
import { randomInt } from 'node:crypto';
import { type AssistanceFile, type AuditLog, maskIdNumber, type ResidentSummary, type Sex } from '@jobcircle/domain';
import ExcelJS from 'exceljs';
import { createResident, idNumberOf, type PageOf, villageOf, withWrongCheckChar } from '../fixtures.ts';
import {
  check,
  checkA11y,
  checkNoSidewaysScroll,
  choose,
  DEMO_PASSWORD,
  expectPath,
  idInPath,
  type JourneyContext,
  PHONE,
  screenshot,
  signIn,
  textOf,
  uniqueHan,
} from '../lib.ts';

const two = (n: number) => String(n).padStart(2, '0');

/** A random birth date in `year` (YYYY-MM-DD). */
function randomBirthDate(year: number): string {
  return `${year}-${two(1 + randomInt(12))}-${two(1 + randomInt(28))}`;
}

/** A valid ID number (check character from the domain) no other run has used, of the given year and sex. */
function randomIdNumber(year: number, sex: Sex, birthDate = randomBirthDate(year)): string {
  const sexDigit = 2 * randomInt(5) + (sex === 'male' ? 1 : 0);
  return idNumberOf(birthDate, `${two(randomInt(100))}${sexDigit}`);
}

function randomMobile(): string {
  return `139${String(randomInt(100_000_000)).padStart(8, '0')}`;
}

/** 城桥镇's admin imports a spreadsheet (one bad row), then opens a file: unmask, a note, an assistance file. */
export async function townAdminImportsResidents({ page, baseUrl, report, api }: JourneyContext): Promise<void> {
  await signIn(page, baseUrl, 'demo.town.chengqiao', DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the town admin signs in');

  const { village } = await villageOf(await api('demo.town.chengqiao'), '城桥镇');

  // Six people no other run has imported; the fourth (spreadsheet row 5) has a mistyped check character.
  const suffix = uniqueHan(3);
  const people = (
    [
      ['陆测', 1972, 'male', '失业'],
      ['施测', 1988, 'female', '灵活就业'],
      ['黄测', 1993, 'male', '单位就业'],
      ['龚测', 1969, 'female', '失业'],
      ['倪测', 2001, 'male', ''],
      ['沈测', 1999, 'female', '失业（无业）'],
    ] as const
  ).map(([name, year, sex, status]) => ({ name: `${name}${suffix}`, idNumber: randomIdNumber(year, sex), mobile: randomMobile(), status }));
  const [first, second, , fourth] = people;
  check(first && second && fourth, 'six people');
  const bad = { ...fourth, idNumber: withWrongCheckChar(fourth.idNumber) };
  people[3] = bad;
  const badRow = 5;
  const imported = people.filter((p) => p !== bad);

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('劳动力名单');
  sheet.addRow(['姓名', '身份证号', '手机号', '村居', '地址', '就业状态']);
  for (const p of people)
    sheet.addRow([p.name, p.idNumber, p.mobile, village.name, `崇明区城桥镇${village.name}测试路 ${p.mobile.slice(-2)} 号`, p.status]);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

  // The menu's 劳动力资源 group leads to the import wizard.
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '导入', exact: true }).click();
  await expectPath(page, /^\/residents\/import$/, 'the import wizard opens from the menu');
  await page.getByRole('heading', { level: 1, name: '导入劳动力资源' }).waitFor();
  check((await textOf(page.locator('main'))).includes('也可写作 身份证号码'), 'the upload step lists the usual headings');
  await checkA11y(page, 'resident import (upload)', report);
  await screenshot(page, 'resident-import-upload');

  await page.locator('input[type="file"]').setInputFiles({
    name: '城桥镇劳动力名单.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await expectPath(page, /^\/residents\/import\/[0-9a-f-]{36}$/, 'the preview keeps the job in the address');
  await page.getByText('这是预览，尚未写入任何数据。').waitFor();
  // The error table's rows (the preview also lists the values mapped, 取值对应, in a table of its own).
  const errorRows = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: /第 \d+ 行/ });
  await errorRows.first().waitFor();
  check((await errorRows.count()) === 1, `the preview lists exactly one bad row, not ${await errorRows.count()}`);
  const errorText = await textOf(errorRows.first());
  check(
    errorText.includes(`第 ${badRow} 行`) && errorText.includes('身份证号') && errorText.includes('校验位'),
    `the bad row is named: ${errorText}`,
  );
  const counts = await textOf(page.locator('.ant-descriptions').first());
  check(counts.includes('总行数6') && counts.includes('可导入5') && counts.includes('新增5'), `the preview counts the rows: ${counts}`);
  check((await page.getByLabel('列“身份证号”导入为').count()) === 1, 'each heading has its own column mapping');
  const before = (await (
    await page.request.get(`${baseUrl}/api/residents?last4=${first.idNumber.slice(-4)}`)
  ).json()) as PageOf<ResidentSummary>;
  check(!before.items.some((r) => r.name === first.name), 'nothing is written before the import is accepted');
  await checkA11y(page, 'resident import (preview)', report);
  await screenshot(page, 'resident-import-preview');

  await page.getByRole('button', { name: '确认导入' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '确认导入' }).click();
  await page.getByRole('heading', { name: '导入完成' }).waitFor({ timeout: 60_000 });
  check((await page.getByRole('progressbar', { name: '导入进度' }).getAttribute('aria-valuenow')) === '100', 'the progress reaches 100 %');
  check((await textOf(page.locator('main'))).includes('新增 5 人'), 'the summary says five were added');
  await checkA11y(page, 'resident import (done)', report);
  await screenshot(page, 'resident-import-done');

  await page.getByRole('button', { name: '查看劳动力资源' }).click();
  await expectPath(page, /^\/residents$/, 'the summary links to the list');
  await page.getByRole('heading', { level: 1, name: '劳动力资源' }).waitFor();
  await page.getByRole('link', { name: first.name, exact: true }).waitFor();
  const table = await textOf(page.locator('.ant-table-tbody'));
  for (const p of imported) {
    check(table.includes(p.name), `the list shows ${p.name}`);
    check(!table.includes(p.idNumber) && !table.includes(p.mobile), 'the list shows only masked numbers');
  }
  check(!table.includes(bad.name), 'the bad row was not imported');
  check(table.includes(maskIdNumber(first.idNumber)), 'the ID numbers are masked 6 + 4');
  await checkA11y(page, 'residents', report);
  await screenshot(page, 'console-residents');

  // The ledger, masked by default: the file holds the masked numbers only.
  await page.getByRole('button', { name: '导出台账' }).click();
  const exportDialog = page.getByRole('dialog', { name: '导出台账' });
  await exportDialog.waitFor();
  await checkA11y(page, 'export dialog', report);
  const downloading = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: '下载 Excel 台账' }).click();
  const download = await downloading;
  check(download.suggestedFilename().endsWith('.xlsx'), `the ledger is an xlsx file: ${download.suggestedFilename()}`);
  const ledger = new ExcelJS.Workbook();
  await ledger.xlsx.readFile(await download.path());
  const ledgerText = JSON.stringify(ledger.worksheets[0]?.getSheetValues());
  check(ledgerText.includes(maskIdNumber(first.idNumber)), 'the ledger lists the imported people, masked');
  check(!ledgerText.includes(first.idNumber), 'the masked ledger has no full ID number');
  await exportDialog.waitFor({ state: 'detached' });

  // Search by the last four of the ID number.
  await page.getByLabel('证件/手机末4位').fill(second.idNumber.slice(-4));
  await page.getByLabel('证件/手机末4位').press('Enter');
  await page.waitForURL(/last4=/);
  await page.getByRole('link', { name: second.name, exact: true }).waitFor();

  // The file page: masked, audited; full numbers only for a stated reason.
  const person = first;
  await page.goto(`${baseUrl}/residents?q=${encodeURIComponent(person.name)}`);
  await page.getByRole('link', { name: person.name, exact: true }).click();
  await expectPath(page, /^\/residents\/[0-9a-f-]{36}$/, 'the file page opens');
  const residentId = idInPath(page);
  await page.getByText('查看已留痕').waitFor();
  check((await textOf(page.getByTestId('resident-id-number'))) === maskIdNumber(person.idNumber), 'the file shows the masked ID number');
  await checkA11y(page, 'resident file', report);
  await screenshot(page, 'resident-file');

  await page.getByRole('button', { name: '查看完整号码' }).click();
  const dialog = page.getByRole('dialog', { name: '查看完整号码' });
  await dialog.waitFor();
  await dialog.getByLabel('查看原因').fill('查');
  await dialog.getByRole('button', { name: /^查\s*看$/ }).click();
  await dialog.getByText('请写明查看原因（至少 4 个字）').waitFor();
  await checkA11y(page, 'unmask dialog', report);
  await dialog.getByLabel('查看原因').fill('协助办理失业登记，核对身份证号');
  await dialog.getByRole('button', { name: /^查\s*看$/ }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByTestId('resident-id-number').getByText(person.idNumber).waitFor();
  const audit = (await (await page.request.get(`${baseUrl}/api/audit-logs?entityId=${residentId}&pageSize=50`)).json()) as PageOf<AuditLog>;
  const actions = audit.items.map((row) => row.action);
  check(
    actions.includes('resident.read') && actions.includes('resident.unmask'),
    `opening and unmasking are audited: ${actions.join(', ')}`,
  );

  await page.getByRole('tab', { name: '就业状态' }).click();
  await page.getByRole('button', { name: '变更就业状态' }).waitFor();
  await checkA11y(page, 'resident file (status)', report);

  await page.getByRole('tab', { name: '服务时间线' }).click();
  const note = '电话回访：本人希望参加育婴员培训，已告知报名方式。';
  await page.getByLabel('服务内容').fill(note);
  await page.getByRole('button', { name: '添加记录' }).click();
  await page.locator('.ant-timeline').getByText(note).waitFor();
  check((await textOf(page.locator('.ant-timeline'))).includes('导入'), 'the timeline shows the import');
  await checkA11y(page, 'resident file (timeline)', report);

  await page.getByRole('tab', { name: '援助档案' }).click();
  await page.getByRole('heading', { name: '建立个性化就业援助档案' }).waitFor();
  await page.locator('label', { hasText: '需要帮扶' }).click();
  await page.getByLabel('情况评估').fill('年龄偏大，有务农经验，希望就近就业；家庭负担较重。');
  await page.getByLabel('援助计划').fill('推荐本镇公益性岗位；报名家政服务培训；每月电话跟进一次。');
  await choose(page, '责任人（可不填）', '演示·城桥镇管理员', { search: true });
  await page.getByLabel('下次跟进日期（可不填）').fill('2030-06-01');
  // Tab, not Enter: leaving the field keeps the typed date, and Enter would also submit the form
  // (a second save once the first is done).
  await page.getByLabel('下次跟进日期（可不填）').press('Tab');
  await page.getByRole('button', { name: '保存援助档案' }).click();
  await page.getByText('援助档案已保存').waitFor();
  await page.getByRole('heading', { name: '个性化就业援助档案', exact: true }).waitFor();
  const file = (await (await page.request.get(`${baseUrl}/api/residents/${residentId}/assistance-file`)).json()) as AssistanceFile | null;
  check(
    file?.classification === 'needs_support' && file.nextFollowUpDate === '2030-06-01' && file.responsibleStaffName === '演示·城桥镇管理员',
    `the API stored the assistance file: ${JSON.stringify(file)}`,
  );
  await checkA11y(page, 'resident file (assistance file)', report);

  await page.getByRole('tab', { name: '编辑' }).click();
  await page.getByRole('button', { name: '保存修改' }).waitFor();
  await checkA11y(page, 'resident file (edit)', report);

  await page.setViewportSize(PHONE);
  await page.goto(`${baseUrl}/residents`);
  await page.getByRole('link', { name: person.name, exact: true }).waitFor();
  await checkNoSidewaysScroll(page, 'residents at 360 px');
  await checkA11y(page, 'residents (360 px)', report);
  await page.goto(`${baseUrl}/residents/${residentId}`);
  await page.getByText('查看已留痕').waitFor();
  await checkNoSidewaysScroll(page, 'resident file at 360 px');
  await page.goto(`${baseUrl}/residents/import`);
  await page.getByRole('heading', { level: 1, name: '导入劳动力资源' }).waitFor();
  await checkNoSidewaysScroll(page, 'resident import at 360 px');
}

/**
 * Registration: the ID number is checked while typing, and what it says is shown; a number already
 * registered is refused by the server on that field, and what was typed stays.
 */
export async function townAdminRegistersResident({ page, baseUrl, report, api }: JourneyContext): Promise<void> {
  // Someone already registered (set up through the API): the form must refuse their number.
  const townAdmin = await api('demo.town.chengqiao');
  const place = await villageOf(townAdmin, '城桥镇');
  const { village } = place;
  const birthDate = randomBirthDate(1993);
  const registered = { name: `黄测${uniqueHan(3)}`, idNumber: randomIdNumber(1993, 'male', birthDate) };
  await createResident(townAdmin, place, registered);

  await signIn(page, baseUrl, 'demo.town.chengqiao', DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the town admin signs in');
  await page.goto(`${baseUrl}/residents/new`);
  await page.getByRole('heading', { level: 1, name: '登记人员' }).waitFor();
  await page.getByLabel('身份证号').fill(withWrongCheckChar(registered.idNumber));
  await page.getByText('身份证号校验位不正确，请核对是否输错').waitFor();
  await page.getByLabel('身份证号').fill(registered.idNumber);
  await page.getByText(`出生日期：${birthDate}，性别：男`).waitFor();
  await page.getByLabel('姓名').fill(registered.name);
  await choose(page, '所在村居', village.name, { search: true });
  await page.getByLabel('居住地址').fill(`崇明区城桥镇${village.name}测试路 3 号`);
  await checkA11y(page, 'resident form', report);
  await page.getByRole('button', { name: /^登\s*记$/ }).click();
  const idItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('身份证号') });
  await idItem.getByText('该身份证号已登记').waitFor();
  check((await page.getByLabel('姓名').inputValue()) === registered.name, 'after the refusal the typed name is kept');
  check(new URL(page.url()).pathname === '/residents/new', 'the refused form stays open');
  await checkA11y(page, 'resident form (ID number taken)', report);

  await page.goto(`${baseUrl}/residents/duplicates`);
  await page.getByRole('heading', { level: 1, name: '疑似重复人员' }).waitFor();
  await checkA11y(page, 'resident duplicates', report);
}
