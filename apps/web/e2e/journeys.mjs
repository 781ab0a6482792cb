// The browser journeys. Each gets a fresh browser context (its own cookies and storage) and a
// shared `state` for what one journey hands to the next (the point and the account it created).
import ExcelJS from 'exceljs';
import { check, checkA11y, checkNoSidewaysScroll, choose, DEMO_PASSWORD, heading, screenshot, signIn } from './lib.mjs';

const NEW_POINT_PASSWORD = 'Village#Works2026';

async function expectPath(page, pattern, what) {
  await page.waitForURL(pattern, { timeout: 15_000 }).catch(() => undefined);
  check(pattern.test(new URL(page.url()).pathname), `${what}: expected ${pattern}, at ${page.url()}`);
}

/** District admin: sign-in returns to the page asked for, then a point is created in a village with its items. */
export async function districtAdminCreatesPoint({ page, baseUrl, report, state }) {
  await page.goto(`${baseUrl}/sites/new`);
  await expectPath(page, /^\/sign-in$/, 'an anonymous visit goes to sign-in');
  check(new URL(page.url()).searchParams.get('next') === '/sites/new', 'sign-in remembers the page asked for');
  await page.getByRole('heading', { name: '工作人员登录' }).waitFor();
  await checkA11y(page, 'sign-in', report);
  await screenshot(page, 'sign-in');

  await signIn(page, baseUrl, 'demo.district', DEMO_PASSWORD);
  await expectPath(page, /^\/sites\/new$/, 'after sign-in the user is back on the page asked for');
  await page.getByRole('heading', { name: '新建站点' }).waitFor();

  // A village that has no demo point yet: the first village of 港沿镇.
  const tree = await (await page.request.get(`${baseUrl}/api/regions/tree`)).json();
  const town = tree.children.find((t) => t.name === '港沿镇');
  check(town && town.children.length > 0, 'the region tree lists 港沿镇 with its villages');
  const village = town.children[0];
  state.village = { code: village.code, name: village.name, townName: town.name };
  state.pointName = `${village.name.replace(/(村民|居民)委员会$/, '')}就业服务点（测试）`;

  await checkA11y(page, 'site form', report);
  // The form names the field it rejects, and keeps what was typed.
  await page.getByRole('button', { name: '创建站点' }).click();
  await page.getByText('请填写站点名称').waitFor();
  check(await page.getByText('请选择所属乡镇').isVisible(), 'the form names the missing town');

  await page.getByLabel('站点名称').fill(state.pointName);
  await page.getByLabel('管理单位').fill(`${town.name}社区事务受理服务中心、${village.name}`);
  await choose(page, '所属乡镇', town.name, { search: true });
  await choose(page, '所属村居', village.name, { search: true });
  await page.getByLabel('地址').fill(`崇明区${town.name}${village.name}村委会一楼`);
  await page.getByLabel('经度（WGS-84）').fill('121.6540');
  await page.getByLabel('纬度（WGS-84）').fill('31.5920');
  await page.getByLabel('联系电话（可不填）').fill('021-59000000');
  // Offer two extended items on top of the preselected basic ones, drop one basic item.
  await page.getByRole('checkbox', { name: /^8\. 提供职业指导服务/ }).check();
  await page.getByRole('checkbox', { name: /^9\. 协助开展面试/ }).check();
  await page.getByRole('checkbox', { name: /^22\. 提供专家预约咨询/ }).uncheck();
  await page.getByRole('button', { name: '创建站点' }).click();

  await expectPath(page, /^\/sites\/[0-9a-f-]{36}$/, 'creating the point opens its page');
  state.siteId = new URL(page.url()).pathname.split('/')[2];
  check((await heading(page)) === state.pointName, 'the new point’s page shows its name');
  const body = await page.locator('main').textContent();
  check(body.includes('提供职业指导服务') && body.includes('协助开展面试、体检等工作'), 'the point lists the extended items chosen');
  check(!body.includes('提供专家预约咨询或者坐诊服务'), 'the point does not list the item left out');
  check(body.includes(village.name), 'the point sits in the chosen village');
  await checkA11y(page, 'site page', report);
  await screenshot(page, 'site-page');

  // The API holds exactly what the form sent.
  const site = await (await page.request.get(`${baseUrl}/api/sites/${state.siteId}`)).json();
  check(site.kind === 'point' && site.villageCode === village.code, 'the API stored a point in the village');
  check(
    site.serviceItems.includes(8) && site.serviceItems.includes(9) && !site.serviceItems.includes(22),
    'the API stored the items chosen',
  );
  check(Math.abs(site.lng - 121.654) < 1e-6 && Math.abs(site.lat - 31.592) < 1e-6, 'the API stored the typed coordinates');

  // Someone else saves first: the form says so, keeps what was typed, and reloads only when asked.
  await page.getByRole('tab', { name: '编辑' }).click();
  const myAddress = `${site.address}（我的修改）`;
  await page.getByLabel('地址').fill(myAddress);
  const me = await (await page.request.get(`${baseUrl}/api/auth/me`)).json();
  const other = await page.request.patch(`${baseUrl}/api/sites/${state.siteId}`, {
    data: { version: site.version, managingUnit: '另一位同事改过的管理单位' },
    headers: { 'X-CSRF-Token': me.csrfToken },
  });
  check(other.ok(), `the concurrent update is accepted (${other.status()})`);
  await page.getByRole('button', { name: '保存修改' }).click();
  await page.getByText(/已被他人修改/).waitFor();
  check((await page.getByLabel('地址').inputValue()) === myAddress, 'after a version conflict the typed address is kept');
  await checkA11y(page, 'site form (version conflict)', report);
  await page.getByRole('button', { name: '载入最新内容' }).click();
  await page.getByText(/已被他人修改/).waitFor({ state: 'detached' });
  check((await page.getByLabel('管理单位').inputValue()) === '另一位同事改过的管理单位', 'reloading shows the colleague’s change');
  await page.getByLabel('地址').fill(myAddress);
  await page.getByRole('button', { name: '保存修改' }).click();
  await page.getByText('已保存').waitFor();

  // The village's point worker: an account created from the point's page.
  await page.getByRole('tab', { name: '人员' }).click();
  await page.getByRole('button', { name: '为此站点新建人员账号' }).click();
  await expectPath(page, /^\/staff\/new$/, 'the staff form opens');
  await page.getByLabel('用户名').fill('e2e.point');
  await page.getByLabel('姓名').fill('测试·服务点专员');
  await choose(page, '角色', '服务点工作人员');
  await page.getByLabel('所在站点（可不填）').waitFor();
  await checkA11y(page, 'staff form', report);
  await page.getByRole('button', { name: '创建账号' }).click();
  const dialog = page.getByRole('dialog', { name: '账号已创建' });
  await dialog.waitFor();
  state.oneTimePassword = (await dialog.locator('code').first().textContent())?.trim();
  check(state.oneTimePassword && state.oneTimePassword.length >= 8, 'the one-time password is shown once');
  await checkA11y(page, 'one-time password dialog', report);
  await dialog.getByRole('button', { name: '我已记下' }).click();
  await expectPath(page, /^\/staff\/[0-9a-f-]{36}$/, 'the new account’s page opens');

  // The other pages of the console, each checked and photographed.
  const pages = [
    ['/sites', '站点', 'console-sites'],
    ['/regions', '区域与网格', 'console-regions'],
    ['/service-items', '服务事项', 'console-service-items'],
    ['/staff', '人员账号', 'console-staff'],
    ['/audit', '审计日志', 'console-audit'],
    ['/map', '站点地图', 'console-map'],
    ['/', '工作台', 'console-home'],
    ['/no-such-page', '页面不存在', 'console-404'],
  ];
  for (const [path, title, shot] of pages) {
    await page.goto(`${baseUrl}${path}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await checkA11y(page, title, report);
    await screenshot(page, shot);
  }
  const rows = await page.request.get(`${baseUrl}/api/audit-logs?entityId=${state.siteId}`);
  check(rows.ok() && (await rows.json()).total >= 1, 'creating the point wrote an audit row');

  await page.goto(`${baseUrl}/sites/${state.siteId}/poster`);
  await page.getByRole('img', { name: /本站点信息的二维码/ }).waitFor();
  check((await page.getByRole('img', { name: /二维码/ }).count()) >= 3, 'the poster has QR codes for the site and the external platforms');
  await checkA11y(page, 'site poster', report);
  await screenshot(page, 'site-poster');

  await page.goto(`${baseUrl}/s/${state.siteId}`);
  await page.getByRole('heading', { level: 1, name: /15分钟就业服务圈·崇心乐业/ }).waitFor();
  await checkA11y(page, 'public site page', report);
  await screenshot(page, 'public-site');
}

/** The village's point worker: first sign-in forces a new password, then only that village is visible. */
export async function pointWorkerSeesOwnVillage({ page, baseUrl, report, state }) {
  check(state.oneTimePassword && state.siteId, 'needs the point and account of the district admin journey');
  await signIn(page, baseUrl, 'e2e.point', state.oneTimePassword);
  await expectPath(page, /^\/change-password$/, 'the first sign-in goes to the password change');
  await checkA11y(page, 'change password', report);
  await page.getByLabel('当前密码（管理员提供的临时密码）').fill(state.oneTimePassword);
  await page.getByLabel('新密码', { exact: true }).fill('short');
  await page.getByLabel('再次输入新密码').fill('short');
  await page.getByRole('button', { name: '保存新密码' }).click();
  await page.getByText(/新密码至少 8 个字符/).waitFor();
  await page.getByLabel('新密码', { exact: true }).fill(NEW_POINT_PASSWORD);
  await page.getByLabel('再次输入新密码').fill(NEW_POINT_PASSWORD);
  await page.getByRole('button', { name: '保存新密码' }).click();
  await expectPath(page, /^\/$/, 'after the change the worker reaches the console');

  const menu = await page.getByRole('navigation', { name: '主菜单' }).textContent();
  check(menu.includes('站点') && !menu.includes('审计日志'), 'the menu shows only what a point worker may do');

  await page.goto(`${baseUrl}/sites`);
  await page.getByRole('heading', { level: 1, name: '站点' }).waitFor();
  await page.getByRole('link', { name: state.pointName }).waitFor();
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  const count = await rows.count();
  check(count >= 1, 'the point worker sees the village’s point');
  for (let i = 0; i < count; i++) {
    const text = await rows.nth(i).textContent();
    check(text.includes(state.village.name), `every site listed is in ${state.village.name}, not: ${text}`);
  }
  const all = await (await page.request.get(`${baseUrl}/api/sites?pageSize=100`)).json();
  check(
    all.items.every((s) => s.villageCode === state.village.code),
    'the API answers only the village’s sites',
  );
  await checkA11y(page, 'sites (point worker)', report);

  await page.goto(`${baseUrl}/regions`);
  await page.getByRole('heading', { level: 1, name: '区域与网格' }).waitFor();
  const tree = await page.locator('.region-tree').textContent();
  check(tree.includes(state.village.name), 'the region tree shows the worker’s village');
  check(!tree.includes('城桥镇') && !tree.includes('堡镇'), 'the region tree hides other towns');
  await checkA11y(page, 'regions (point worker)', report);
  await screenshot(page, 'point-worker-regions');

  await page.goto(`${baseUrl}/audit`);
  await page.getByRole('heading', { level: 1, name: '没有权限' }).waitFor();
  await checkA11y(page, '403', report);
}

/** Five wrong passwords lock the account and say until when; an admin unlocks it. */
export async function lockout({ page, browser, baseUrl, report }) {
  await page.goto(`${baseUrl}/sign-in`);
  for (let attempt = 1; attempt <= 5; attempt++) {
    const response = await signIn(page, baseUrl, 'demo.volunteer', `Wrong#Password${attempt}`);
    const { code } = await response.json();
    check(code === (attempt < 5 ? 'INVALID_CREDENTIALS' : 'ACCOUNT_LOCKED'), `attempt ${attempt} is refused with ${code}`);
  }
  await page.waitForFunction(() => document.querySelector('[data-testid="sign-in-error"]')?.getAttribute('data-code') === 'ACCOUNT_LOCKED');
  const text = await page.getByTestId('sign-in-error').textContent();
  check(/锁定至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(text), `the lock message says until when: ${text}`);
  await checkA11y(page, 'sign-in (locked)', report);
  await screenshot(page, 'sign-in-locked');

  // Even the right password is refused while locked.
  const during = await signIn(page, baseUrl, 'demo.volunteer', DEMO_PASSWORD);
  check((await during.json()).code === 'ACCOUNT_LOCKED', 'the right password is refused during the lock');

  const admin = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  try {
    const adminPage = await admin.newPage();
    await signIn(adminPage, baseUrl, 'demo.district', DEMO_PASSWORD);
    await expectPath(adminPage, /^\/$/, 'the admin signs in');
    await adminPage.goto(`${baseUrl}/staff?q=demo.volunteer`);
    await adminPage.getByRole('link', { name: '演示·就业志愿者' }).click();
    await adminPage.getByText('已锁定').first().waitFor();
    await checkA11y(adminPage, 'staff page (locked account)', report);
    await adminPage.getByRole('button', { name: '解锁账号' }).click();
    await adminPage.getByRole('button', { name: '解锁账号' }).waitFor({ state: 'detached' });
  } finally {
    await admin.close();
  }

  await signIn(page, baseUrl, 'demo.volunteer', DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'once unlocked the volunteer signs in');
  const menu = await page.getByRole('navigation', { name: '主菜单' }).textContent();
  check(!menu.includes('人员账号') && !menu.includes('审计日志'), 'a volunteer’s menu has no staff or audit entries');
}

/** 长辈模式: ≥ 24 px text and ≥ 60 px targets, remembered after a reload and across sign-in. */
export async function elderMode({ page, baseUrl, report }) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByRole('switch', { name: '长辈模式' }).click();
  // antd animates size changes (transition: all 0.2s): measure once they are done.
  const sizes = async () => {
    await page.waitForTimeout(600);
    return page.evaluate(() => {
      const input = document.querySelector('#username') ?? document.querySelector('input');
      const button = document.querySelector('button[type="submit"]');
      return {
        font: Number.parseFloat(getComputedStyle(input).fontSize),
        inputHeight: (input.closest('.ant-input-affix-wrapper') ?? input).getBoundingClientRect().height,
        buttonHeight: button?.getBoundingClientRect().height ?? 0,
      };
    });
  };
  let s = await sizes();
  check(s.font >= 24, `elder mode text is at least 24 px (18 pt), got ${s.font}`);
  check(s.inputHeight >= 60 && s.buttonHeight >= 60, `elder mode targets are at least 60 px, got ${s.inputHeight} / ${s.buttonHeight}`);
  await checkA11y(page, 'sign-in (elder)', report);

  await page.reload();
  await page.getByRole('switch', { name: '长辈模式' }).waitFor();
  check(
    (await page.getByRole('switch', { name: '长辈模式' }).getAttribute('aria-checked')) === 'true',
    'elder mode is remembered after a reload',
  );
  s = await sizes();
  check(s.font >= 24, 'elder mode still applies after a reload');

  await signIn(page, baseUrl, 'demo.town.chengqiao', DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the town admin signs in');
  check(
    (await page.getByRole('switch', { name: '长辈模式' }).getAttribute('aria-checked')) === 'true',
    'elder mode stays on in the console',
  );
  await page.goto(`${baseUrl}/sites`);
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  const cellFont = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.querySelector('.ant-table-tbody td')).fontSize));
  check(cellFont >= 24, `table text in elder mode is at least 24 px, got ${cellFont}`);
  await checkA11y(page, 'sites (elder)', report);
  await screenshot(page, 'elder-sites');
  await page.goto(`${baseUrl}/sites/new`);
  await page.getByRole('heading', { level: 1, name: '新建站点' }).waitFor();
  await checkA11y(page, 'site form (elder)', report);

  await page.getByRole('switch', { name: '长辈模式' }).click();
  check((await page.getByRole('switch', { name: '长辈模式' }).getAttribute('aria-checked')) === 'false', 'elder mode can be switched off');
}

/** A phone 360 px wide: the menu is a drawer, nothing scrolls sideways. */
export async function phone({ page, baseUrl, report }) {
  await page.goto(`${baseUrl}/sign-in`);
  await checkNoSidewaysScroll(page, 'sign-in at 360 px');
  await signIn(page, baseUrl, 'demo.town.chengqiao', DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the town admin signs in on a phone');
  await checkNoSidewaysScroll(page, 'home at 360 px');
  await page.getByRole('button', { name: '打开菜单' }).click();
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '站点', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: '站点' }).waitFor();
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  await checkNoSidewaysScroll(page, 'sites at 360 px');
  await checkA11y(page, 'sites (360 px)', report);
  await screenshot(page, 'phone-sites');
  await page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
  await page.getByRole('tab', { name: '概况' }).waitFor();
  await checkNoSidewaysScroll(page, 'site page at 360 px');
  await checkA11y(page, 'site page (360 px)', report);
  await page.goto(`${baseUrl}/sites/new`);
  await page.getByRole('heading', { level: 1, name: '新建站点' }).waitFor();
  await checkNoSidewaysScroll(page, 'site form at 360 px');
  await screenshot(page, 'phone-site-form');
  await page.goto(`${baseUrl}/staff`);
  await page.getByRole('heading', { level: 1, name: '人员账号' }).waitFor();
  await checkNoSidewaysScroll(page, 'staff at 360 px');
}

/** In order: the second journey uses what the first created. */
export const JOURNEYS = [
  { name: 'district admin creates a point in a village with its items', run: districtAdminCreatesPoint },
  { name: 'the village’s point worker changes the password and sees only the village', run: pointWorkerSeesOwnVillage },
  { name: 'lockout after five wrong passwords, unlock by an admin', run: lockout },
  { name: 'elder mode: large text and targets, remembered', run: elderMode },
  { name: 'a phone 360 px wide', run: phone, viewport: { width: 360, height: 780 } },
  { name: 'town admin registers a homestay with a contact and a visit', run: townAdminRegistersEmployer },
  { name: 'town admin imports residents, then opens a file: unmask, a note, an assistance file', run: townAdminImportsResidents },
];

/** 城桥镇's admin registers a homestay (民宿): a mistyped credit code is caught on the field, then a contact and a visit. */
export async function townAdminRegistersEmployer({ page, baseUrl, report }) {
  await signIn(page, baseUrl, 'demo.town.chengqiao', DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the town admin signs in');
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '用人单位' }).click();
  await page.getByRole('heading', { level: 1, name: '用人单位' }).waitFor();
  await checkA11y(page, 'employers', report);

  await page.getByRole('button', { name: '新增用人单位' }).click();
  await expectPath(page, /^\/employers\/new$/, 'the employer form opens');
  await page.getByRole('heading', { level: 1, name: '新增用人单位' }).waitFor();
  await checkA11y(page, 'employer form', report);

  const name = '城桥镇揽月民宿（测试）';
  await page.locator('.kind-radio label', { hasText: /^民宿$/ }).click();
  check(await page.getByRole('radio', { name: '民宿', exact: true }).isChecked(), 'the kind is 民宿');
  await page.getByLabel('单位名称').fill(name);
  // A wrong check character: the field says so while typing, and the form is not sent.
  const creditCode = page.getByLabel('统一社会信用代码');
  await creditCode.fill('91110000600037341N');
  const creditCodeItem = page.locator('.ant-form-item').filter({ has: creditCode });
  await creditCodeItem.getByText('统一社会信用代码校验位不正确，请核对是否输错').waitFor();
  check((await creditCode.getAttribute('aria-invalid')) === 'true', 'the credit-code field is marked invalid');
  await page.getByRole('button', { name: '登记单位' }).click();
  await page.getByText('请选择所属行业').waitFor();
  check(new URL(page.url()).pathname === '/employers/new', 'a form with a wrong credit code is not sent');
  await checkA11y(page, 'employer form (errors)', report);

  await creditCode.fill('91110000600037341L');
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
  const employerId = new URL(page.url()).pathname.split('/')[2];
  await page.getByRole('heading', { level: 1, name }).waitFor();
  const basics = await page.locator('main').textContent();
  for (const text of ['民宿', '重点企业', '91110000600037341L', 'H 住宿和餐饮业 / 61 住宿业', '城桥镇', '6 人']) {
    check(basics.includes(text), `the employer’s page shows ${text}`);
  }
  const stored = await (await page.request.get(`${baseUrl}/api/employers/${employerId}`)).json();
  check(
    stored.kind === 'homestay' && stored.creditCode === '91110000600037341L' && stored.industryDivision === '61' && stored.isKeyEmployer,
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
  check((await contacts.textContent()).includes('陆晓燕'), 'the contact is listed by name');
  check(!(await page.locator('main').textContent()).includes('13912345678'), 'the full phone number is not shown');

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
  const row = await history.locator('.ant-table-tbody tr.ant-table-row').first().textContent();
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

// ── labour-force registry (劳动力资源) ────────────────────────────────────────

/** The ISO 7064 MOD 11-2 check character of an ID number's first 17 digits (GB 11643; as idNumberCheckChar). */
function idCheckChar(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i];
  return '10X98765432'[sum % 11];
}

/** 城桥镇's admin imports a spreadsheet (one bad row), then opens a file: unmask, a note, an assistance file. */
export async function townAdminImportsResidents({ page, baseUrl, report }) {
  await signIn(page, baseUrl, 'demo.town.chengqiao', DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the town admin signs in');

  const tree = await (await page.request.get(`${baseUrl}/api/regions/tree`)).json();
  const town = tree.children.find((t) => t.name === '城桥镇');
  check(town && town.children.length > 0, 'the region tree lists 城桥镇 with its villages');
  const village = town.children[0];

  // Six people; the fourth (spreadsheet row 5) has a mistyped check character.
  const people = [
    ['陆测华', '19720305', '712', '13912345601', '失业'],
    ['施测玲', '19880614', '724', '13912345602', '灵活就业'],
    ['黄测强', '19930921', '735', '13912345603', '单位就业'],
    ['龚测英', '19690108', '746', '13912345604', '失业'],
    ['倪测东', '20010415', '757', '13912345605', ''],
    ['沈测怡', '19991130', '768', '13912345606', '失业（无业）'],
  ].map(([name, birth, seq, mobile, status]) => {
    const first17 = `310230${birth}${seq}`;
    return { name, idNumber: first17 + idCheckChar(first17), mobile, status };
  });
  const bad = people[3];
  const right = bad.idNumber.slice(-1);
  bad.idNumber = bad.idNumber.slice(0, 17) + (right === '0' ? '1' : '0');
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
  check((await page.locator('main').textContent()).includes('也可写作 身份证号码'), 'the upload step lists the usual headings');
  await checkA11y(page, 'resident import (upload)', report);
  await screenshot(page, 'resident-import-upload');

  await page.locator('input[type="file"]').setInputFiles({
    name: '城桥镇劳动力名单.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await expectPath(page, /^\/residents\/import\/[0-9a-f-]{36}$/, 'the preview keeps the job in the address');
  await page.getByText('这是预览，尚未写入任何数据。').waitFor();
  const errorRows = page.locator('.ant-table-tbody tr.ant-table-row');
  await errorRows.first().waitFor();
  check((await errorRows.count()) === 1, `the preview lists exactly one bad row, not ${await errorRows.count()}`);
  const errorText = await errorRows.first().textContent();
  check(
    errorText.includes(`第 ${badRow} 行`) && errorText.includes('身份证号') && errorText.includes('校验位'),
    `the bad row is named: ${errorText}`,
  );
  const counts = await page.locator('.ant-descriptions').first().textContent();
  check(counts.includes('总行数6') && counts.includes('可导入5') && counts.includes('新增5'), `the preview counts the rows: ${counts}`);
  check((await page.getByLabel('列“身份证号”导入为').count()) === 1, 'each heading has its own column mapping');
  const before = await (await page.request.get(`${baseUrl}/api/residents?last4=${imported[0].idNumber.slice(-4)}`)).json();
  check(!before.items.some((r) => r.name === imported[0].name), 'nothing is written before the import is accepted');
  await checkA11y(page, 'resident import (preview)', report);
  await screenshot(page, 'resident-import-preview');

  await page.getByRole('button', { name: '确认导入' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '确认导入' }).click();
  await page.getByRole('heading', { name: '导入完成' }).waitFor({ timeout: 60_000 });
  check((await page.getByRole('progressbar', { name: '导入进度' }).getAttribute('aria-valuenow')) === '100', 'the progress reaches 100 %');
  check((await page.locator('main').textContent()).includes('新增 5 人'), 'the summary says five were added');
  await checkA11y(page, 'resident import (done)', report);
  await screenshot(page, 'resident-import-done');

  await page.getByRole('button', { name: '查看劳动力资源' }).click();
  await expectPath(page, /^\/residents$/, 'the summary links to the list');
  await page.getByRole('heading', { level: 1, name: '劳动力资源' }).waitFor();
  await page.getByRole('link', { name: imported[0].name, exact: true }).waitFor();
  const table = await page.locator('.ant-table-tbody').textContent();
  for (const p of imported) {
    check(table.includes(p.name), `the list shows ${p.name}`);
    check(!table.includes(p.idNumber) && !table.includes(p.mobile), 'the list shows only masked numbers');
  }
  check(!table.includes(bad.name), 'the bad row was not imported');
  check(table.includes(`${maskedId(imported[0].idNumber)}`), 'the ID numbers are masked 6 + 4');
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
  const ledgerText = JSON.stringify(ledger.worksheets[0].getSheetValues());
  check(ledgerText.includes(maskedId(imported[0].idNumber)), 'the ledger lists the imported people, masked');
  check(!ledgerText.includes(imported[0].idNumber), 'the masked ledger has no full ID number');
  await exportDialog.waitFor({ state: 'detached' });

  // Search by the last four of the ID number.
  await page.getByLabel('证件/手机末4位').fill(imported[1].idNumber.slice(-4));
  await page.getByLabel('证件/手机末4位').press('Enter');
  await page.waitForURL(/last4=/);
  await page.getByRole('link', { name: imported[1].name, exact: true }).waitFor();

  // The file page: masked, audited; full numbers only for a stated reason.
  const person = imported[0];
  await page.goto(`${baseUrl}/residents?q=${encodeURIComponent(person.name)}`);
  await page.getByRole('link', { name: person.name, exact: true }).click();
  await expectPath(page, /^\/residents\/[0-9a-f-]{36}$/, 'the file page opens');
  const residentId = new URL(page.url()).pathname.split('/')[2];
  await page.getByText('查看已留痕').waitFor();
  check((await page.getByTestId('resident-id-number').textContent()) === maskedId(person.idNumber), 'the file shows the masked ID number');
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
  const audit = await (await page.request.get(`${baseUrl}/api/audit-logs?entityId=${residentId}&pageSize=50`)).json();
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
  check((await page.locator('.ant-timeline').textContent()).includes('导入'), 'the timeline shows the import');
  await checkA11y(page, 'resident file (timeline)', report);

  await page.getByRole('tab', { name: '援助档案' }).click();
  await page.getByRole('heading', { name: '建立个性化就业援助档案' }).waitFor();
  await page.locator('label', { hasText: '需要帮扶' }).click();
  await page.getByLabel('情况评估').fill('年龄偏大，有务农经验，希望就近就业；家庭负担较重。');
  await page.getByLabel('援助计划').fill('推荐本镇公益性岗位；报名家政服务培训；每月电话跟进一次。');
  await choose(page, '责任人（可不填）', '演示·城桥镇管理员', { search: true });
  await page.getByLabel('下次跟进日期（可不填）').fill('2030-06-01');
  await page.getByLabel('下次跟进日期（可不填）').press('Enter');
  await page.getByRole('button', { name: '保存援助档案' }).click();
  await page.getByText('援助档案已保存').waitFor();
  await page.getByRole('heading', { name: '个性化就业援助档案', exact: true }).waitFor();
  const file = await (await page.request.get(`${baseUrl}/api/residents/${residentId}/assistance-file`)).json();
  check(
    file?.classification === 'needs_support' && file.nextFollowUpDate === '2030-06-01' && file.responsibleStaffName === '演示·城桥镇管理员',
    `the API stored the assistance file: ${JSON.stringify(file)}`,
  );
  await checkA11y(page, 'resident file (assistance file)', report);

  await page.getByRole('tab', { name: '编辑' }).click();
  await page.getByRole('button', { name: '保存修改' }).waitFor();
  await checkA11y(page, 'resident file (edit)', report);

  // Registration: the ID number is checked while typing, and what it says is shown; a number already
  // registered is refused by the server on that field, and what was typed stays.
  await page.goto(`${baseUrl}/residents/new`);
  await page.getByRole('heading', { level: 1, name: '登记人员' }).waitFor();
  await page.getByLabel('身份证号').fill(bad.idNumber);
  await page.getByText('身份证号校验位不正确，请核对是否输错').waitFor();
  await page.getByLabel('身份证号').fill(imported[2].idNumber);
  await page.getByText('出生日期：1993-09-21，性别：男').waitFor();
  await page.getByLabel('姓名').fill('黄测强');
  await choose(page, '所在村居', village.name, { search: true });
  await page.getByLabel('居住地址').fill(`崇明区城桥镇${village.name}测试路 3 号`);
  await checkA11y(page, 'resident form', report);
  await page.getByRole('button', { name: /^登\s*记$/ }).click();
  const idItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('身份证号') });
  await idItem.getByText('该身份证号已登记').waitFor();
  check((await page.getByLabel('姓名').inputValue()) === '黄测强', 'after the refusal the typed name is kept');
  check(new URL(page.url()).pathname === '/residents/new', 'the refused form stays open');
  await checkA11y(page, 'resident form (ID number taken)', report);

  await page.goto(`${baseUrl}/residents/duplicates`);
  await page.getByRole('heading', { level: 1, name: '疑似重复人员' }).waitFor();
  await checkA11y(page, 'resident duplicates', report);

  await page.setViewportSize({ width: 360, height: 780 });
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

/** 310230********1234: the first six and the last four characters. */
function maskedId(idNumber) {
  return `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`;
}
