// Employers (用人单位): registration with the credit-code check, contacts and visits.
import type { Employer } from '@jobcircle/domain';
import { newCreditCode } from '../fixtures.ts';
import {
  check,
  checkA11y,
  checkNoSidewaysScroll,
  DEMO_PASSWORD,
  expectPath,
  idInPath,
  type JourneyContext,
  screenshot,
  signIn,
  textOf,
  uniqueTag,
} from '../lib.ts';

/** 城桥镇's admin registers a homestay (民宿): a mistyped credit code is caught on the field, then a contact and a visit. */
export async function townAdminRegistersEmployer({ page, baseUrl, report }: JourneyContext): Promise<void> {
  const creditCode = newCreditCode();
  await signIn(page, baseUrl, 'demo.town.chengqiao', DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the town admin signs in');
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '用人单位' }).click();
  await page.getByRole('heading', { level: 1, name: '用人单位' }).waitFor();
  await checkA11y(page, 'employers', report);

  await page.getByRole('button', { name: '新增用人单位' }).click();
  await expectPath(page, /^\/employers\/new$/, 'the employer form opens');
  await page.getByRole('heading', { level: 1, name: '新增用人单位' }).waitFor();
  await checkA11y(page, 'employer form', report);

  const name = `城桥镇揽月民宿（测试 ${uniqueTag()}）`;
  await page.locator('.kind-radio label', { hasText: /^民宿$/ }).click();
  check(await page.getByRole('radio', { name: '民宿', exact: true }).isChecked(), 'the kind is 民宿');
  await page.getByLabel('单位名称').fill(name);
  // A wrong check character: the field says so while typing, and the form is not sent.
  const creditCodeField = page.getByLabel('统一社会信用代码');
  await creditCodeField.fill(creditCode.wrong);
  const creditCodeItem = page.locator('.ant-form-item').filter({ has: creditCodeField });
  await creditCodeItem.getByText('统一社会信用代码校验位不正确，请核对是否输错').waitFor();
  check((await creditCodeField.getAttribute('aria-invalid')) === 'true', 'the credit-code field is marked invalid');
  await page.getByRole('button', { name: '登记单位' }).click();
  await page.getByText('请选择所属行业').waitFor();
  check(new URL(page.url()).pathname === '/employers/new', 'a form with a wrong credit code is not sent');
  await checkA11y(page, 'employer form (errors)', report);

  await creditCodeField.fill(creditCode.right);
  await creditCodeItem.getByText('统一社会信用代码校验位不正确，请核对是否输错').waitFor({ state: 'detached' });
  await creditCodeItem.getByText(/校验通过/).waitFor();
  await page.getByLabel('所属行业（门类 / 大类）').click();
  await page.locator('.ant-cascader-menu-item', { hasText: 'H 住宿和餐饮业' }).click();
  await page.locator('.ant-cascader-menu-item', { hasText: '61 住宿业' }).click();
  await page.getByLabel('职工人数（可不填）').fill('6');
  await page.getByRole('switch', { name: '重点企业' }).click();
  await page.getByLabel('地址').fill('崇明区城桥镇揽月路 8 号');
  await page.getByLabel('经度（WGS-84）').fill('121.4000');
  await page.getByLabel('纬度（WGS-84）').fill('31.6300');
  await page.getByRole('button', { name: '登记单位' }).click();

  await expectPath(page, /^\/employers\/[0-9a-f-]{36}$/, 'registering the employer opens its page');
  const employerId = idInPath(page);
  await page.getByRole('heading', { level: 1, name }).waitFor();
  const basics = await textOf(page.locator('main'));
  for (const text of ['民宿', '重点企业', creditCode.right, 'H 住宿和餐饮业 / 61 住宿业', '城桥镇', '6 人']) {
    check(basics.includes(text), `the employer’s page shows ${text}`);
  }
  const stored = (await (await page.request.get(`${baseUrl}/api/employers/${employerId}`)).json()) as Employer;
  check(
    stored.kind === 'homestay' && stored.creditCode === creditCode.right && stored.industryDivision === '61' && stored.isKeyEmployer,
    'the API stored the homestay as typed',
  );

  // A contact: the phone is shown masked only.
  await page.getByRole('button', { name: '添加联系人' }).click();
  const contactDialog = page.getByRole('dialog', { name: `添加联系人：${name}` });
  await contactDialog.waitFor();
  await contactDialog.getByLabel('姓名').fill('陆晓燕');
  await contactDialog.getByLabel('职务').fill('店主');
  await contactDialog.getByLabel('联系电话').fill('139 1234 5678');
  await checkA11y(page, 'contact dialog', report);
  await contactDialog.getByRole('button', { name: /添\s*加/ }).click();
  await contactDialog.waitFor({ state: 'detached' });
  const contacts = page.getByRole('region', { name: /联系人/ });
  await contacts.getByRole('cell', { name: '139****5678' }).waitFor();
  check((await textOf(contacts)).includes('陆晓燕'), 'the contact is listed by name');
  check(!(await textOf(page.locator('main'))).includes('13912345678'), 'the full phone number is not shown');

  // A visit with the jobs it collected, listed newest first.
  await page.getByRole('button', { name: '登记走访联系' }).click();
  const logDialog = page.getByRole('dialog', { name: `登记走访联系：${name}` });
  await logDialog.waitFor();
  await logDialog.getByLabel('收集岗位数').fill('2');
  const summary = '走访店主，旺季需要客房服务员 2 名，已登记岗位需求。';
  await logDialog.getByLabel('联系情况').fill(summary);
  await checkA11y(page, 'contact log dialog', report);
  await logDialog.getByRole('button', { name: /登\s*记/ }).click();
  await logDialog.waitFor({ state: 'detached' });
  const history = page.getByRole('region', { name: '走访联系记录' });
  await history.getByRole('cell', { name: summary }).waitFor();
  const row = await textOf(history.locator('.ant-table-tbody tr.ant-table-row').first());
  check(row.includes('上门走访') && row.includes('2 个') && row.includes('演示·城桥镇管理员'), `the visit is logged: ${row}`);
  await checkA11y(page, 'employer page', report);
  await screenshot(page, 'employer-page');

  await page.goto(`${baseUrl}/employers?kind=homestay`);
  await page.getByRole('link', { name }).waitFor();
  await checkA11y(page, 'employers (homestays)', report);
  await screenshot(page, 'console-employers');

  await page.setViewportSize({ width: 360, height: 780 });
  await checkNoSidewaysScroll(page, 'employers at 360 px');
  await page.goto(`${baseUrl}/employers/${employerId}`);
  await page.getByRole('region', { name: '走访联系记录' }).getByRole('cell', { name: summary }).waitFor();
  await checkNoSidewaysScroll(page, 'employer page at 360 px');
  await page.goto(`${baseUrl}/employers/${employerId}/edit`);
  await page.getByRole('heading', { level: 1, name: `编辑：${name}` }).waitFor();
  await checkNoSidewaysScroll(page, 'employer form at 360 px');
  await checkA11y(page, 'employer form (360 px)', report);
}
