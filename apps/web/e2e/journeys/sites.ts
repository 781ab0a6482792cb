// Sites (服务站点) and the accounts tied to them.
import type { AuditLog, Me, Site } from '@jobcircle/domain';
import { createAccount, createPoint, type PageOf, pointNameOf, villageOf } from '../fixtures.ts';
import {
  check,
  checkA11y,
  choose,
  DEMO_PASSWORD,
  eventually,
  expectPath,
  heading,
  idInPath,
  type JourneyContext,
  screenshot,
  signIn,
  textOf,
  uniqueTag,
} from '../lib.ts';

/** District admin: sign-in returns to the page asked for, then a point is created in a village with its items. */
export async function districtAdminCreatesPoint({ page, baseUrl, report, api }: JourneyContext): Promise<void> {
  const tag = uniqueTag();
  await page.goto(`${baseUrl}/sites/new`);
  await expectPath(page, /^\/sign-in$/, 'an anonymous visit goes to sign-in');
  check(new URL(page.url()).searchParams.get('next') === '/sites/new', 'sign-in remembers the page asked for');
  await page.getByRole('heading', { name: '工作人员登录' }).waitFor();
  await checkA11y(page, 'sign-in', report);
  await screenshot(page, 'sign-in');

  await signIn(page, baseUrl, 'demo.district', DEMO_PASSWORD);
  await expectPath(page, /^\/sites\/new$/, 'after sign-in the user is back on the page asked for');
  await page.getByRole('heading', { name: '新建站点' }).waitFor();

  // A village that has no demo point: the first village of 港沿镇.
  const { town, village } = await villageOf(await api('demo.district'), '港沿镇');
  const pointName = pointNameOf(village, tag);

  await checkA11y(page, 'site form', report);
  // The form names the field it rejects, and keeps what was typed.
  await page.getByRole('button', { name: '创建站点' }).click();
  await page.getByText('请填写站点名称').waitFor();
  check(await page.getByText('请选择所属乡镇').isVisible(), 'the form names the missing town');

  await page.getByLabel('站点名称').fill(pointName);
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
  const siteId = idInPath(page);
  // The address changes before the lazily loaded site page replaces the form.
  await page.getByRole('tab', { name: '概况' }).waitFor();
  const title = await heading(page);
  check(title === pointName, `the new point’s page shows its name, not ${title}`);
  const body = await textOf(page.locator('main'));
  check(body.includes('提供职业指导服务') && body.includes('协助开展面试、体检等工作'), 'the point lists the extended items chosen');
  check(!body.includes('提供专家预约咨询或者坐诊服务'), 'the point does not list the item left out');
  check(body.includes(village.name), 'the point sits in the chosen village');
  await checkA11y(page, 'site page', report);
  await screenshot(page, 'site-page');

  // The API holds exactly what the form sent.
  const site = (await (await page.request.get(`${baseUrl}/api/sites/${siteId}`)).json()) as Site;
  check(site.kind === 'point' && site.villageCode === village.code, 'the API stored a point in the village');
  check(
    site.serviceItems.includes(8) && site.serviceItems.includes(9) && !site.serviceItems.includes(22),
    'the API stored the items chosen',
  );
  check(Math.abs((site.lng ?? 0) - 121.654) < 1e-6 && Math.abs((site.lat ?? 0) - 31.592) < 1e-6, 'the API stored the typed coordinates');

  // Someone else saves first: the form says so, keeps what was typed, and reloads only when asked.
  await page.getByRole('tab', { name: '编辑' }).click();
  const myAddress = `${site.address}（我的修改）`;
  await page.getByLabel('地址').fill(myAddress);
  const me = (await (await page.request.get(`${baseUrl}/api/auth/me`)).json()) as Me;
  const other = await page.request.patch(`${baseUrl}/api/sites/${siteId}`, {
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
  await eventually(
    async () => (await page.getByLabel('管理单位').inputValue()) === '另一位同事改过的管理单位',
    'reloading shows the colleague’s change',
  );
  await page.getByLabel('地址').fill(myAddress);
  await page.getByRole('button', { name: '保存修改' }).click();
  await page.getByText('已保存').waitFor();

  // The village's point worker: an account created from the point's page.
  await page.getByRole('tab', { name: '人员' }).click();
  await page.getByRole('button', { name: '为此站点新建人员账号' }).click();
  await expectPath(page, /^\/staff\/new$/, 'the staff form opens');
  await page.getByLabel('用户名').fill(`e2e.point.${tag}`);
  await page.getByLabel('姓名').fill('测试·服务点专员');
  await choose(page, '角色', '服务点工作人员');
  await page.getByLabel('所在站点（可不填）').waitFor();
  await checkA11y(page, 'staff form', report);
  await page.getByRole('button', { name: '创建账号' }).click();
  const dialog = page.getByRole('dialog', { name: '账号已创建' });
  await dialog.waitFor();
  const oneTimePassword = (await textOf(dialog.locator('code').first())).trim();
  check(oneTimePassword.length >= 8, 'the one-time password is shown once');
  await checkA11y(page, 'one-time password dialog', report);
  await dialog.getByRole('button', { name: '我已记下' }).click();
  await expectPath(page, /^\/staff\/[0-9a-f-]{36}$/, 'the new account’s page opens');

  const rows = await page.request.get(`${baseUrl}/api/audit-logs?entityId=${siteId}`);
  check(rows.ok() && ((await rows.json()) as PageOf<AuditLog>).total >= 1, 'creating the point wrote an audit row');

  await page.goto(`${baseUrl}/sites/${siteId}/poster`);
  await page.getByRole('img', { name: /本站点信息的二维码/ }).waitFor();
  check((await page.getByRole('img', { name: /二维码/ }).count()) >= 3, 'the poster has QR codes for the site and the external platforms');
  await checkA11y(page, 'site poster', report);
  await screenshot(page, 'site-poster');

  await page.goto(`${baseUrl}/s/${siteId}`);
  await page.getByRole('heading', { level: 1, name: /15分钟就业服务圈·崇心乐业/ }).waitFor();
  await checkA11y(page, 'public site page', report);
  await screenshot(page, 'public-site');
}

/** District admin: every page of the console, checked and photographed. */
export async function districtAdminVisitsEveryPage({ page, baseUrl, report }: JourneyContext): Promise<void> {
  await signIn(page, baseUrl, 'demo.district', DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the district admin signs in');
  const pages = [
    ['/sites', '站点', 'console-sites'],
    ['/regions', '区域与网格', 'console-regions'],
    ['/service-items', '服务事项', 'console-service-items'],
    ['/staff', '人员账号', 'console-staff'],
    ['/audit', '审计日志', 'console-audit'],
    ['/map', '站点地图', 'console-map'],
    ['/', '工作台', 'console-home'],
    ['/no-such-page', '页面不存在', 'console-404'],
  ] as const;
  for (const [path, title, shot] of pages) {
    await page.goto(`${baseUrl}${path}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await checkA11y(page, title, report);
    await screenshot(page, shot);
  }
}

const NEW_POINT_PASSWORD = 'Village#Works2026';

/** A village's point worker: first sign-in forces a new password, then only that village is visible. */
export async function pointWorkerSeesOwnVillage({ page, baseUrl, report, api }: JourneyContext): Promise<void> {
  // Set up by the district admin: a point in the second village of 港沿镇 and its worker's account.
  const admin = await api('demo.district');
  const place = await villageOf(admin, '港沿镇', 1);
  const { village } = place;
  const point = await createPoint(admin, place, pointNameOf(village, uniqueTag()));
  const account = await createAccount(admin, {
    prefix: 'e2e.point',
    displayName: '测试·服务点专员',
    role: 'point_staff',
    position: 'service_worker',
    regionCode: village.code,
    siteId: point.id,
  });

  await signIn(page, baseUrl, account.username, account.oneTimePassword);
  await expectPath(page, /^\/change-password$/, 'the first sign-in goes to the password change');
  await checkA11y(page, 'change password', report);
  await page.getByLabel('当前密码（管理员提供的临时密码）').fill(account.oneTimePassword);
  await page.getByLabel('新密码', { exact: true }).fill('short');
  await page.getByLabel('再次输入新密码').fill('short');
  await page.getByRole('button', { name: '保存新密码' }).click();
  await page.getByText(/新密码至少 8 个字符/).waitFor();
  await page.getByLabel('新密码', { exact: true }).fill(NEW_POINT_PASSWORD);
  await page.getByLabel('再次输入新密码').fill(NEW_POINT_PASSWORD);
  await page.getByRole('button', { name: '保存新密码' }).click();
  await expectPath(page, /^\/$/, 'after the change the worker reaches the console');

  const menu = await textOf(page.getByRole('navigation', { name: '主菜单' }));
  check(menu.includes('站点') && !menu.includes('审计日志'), 'the menu shows only what a point worker may do');

  await page.goto(`${baseUrl}/sites`);
  await page.getByRole('heading', { level: 1, name: '站点' }).waitFor();
  await page.getByRole('link', { name: point.name }).waitFor();
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  const count = await rows.count();
  check(count >= 1, 'the point worker sees the village’s point');
  for (let i = 0; i < count; i++) {
    const text = await textOf(rows.nth(i));
    check(text.includes(village.name), `every site listed is in ${village.name}, not: ${text}`);
  }
  const all = (await (await page.request.get(`${baseUrl}/api/sites?pageSize=100`)).json()) as PageOf<Site>;
  check(
    all.items.every((s) => s.villageCode === village.code),
    'the API answers only the village’s sites',
  );
  await checkA11y(page, 'sites (point worker)', report);

  await page.goto(`${baseUrl}/regions`);
  await page.getByRole('heading', { level: 1, name: '区域与网格' }).waitFor();
  const tree = await textOf(page.locator('.region-tree'));
  check(tree.includes(village.name), 'the region tree shows the worker’s village');
  check(!tree.includes('城桥镇') && !tree.includes('堡镇'), 'the region tree hides other towns');
  await checkA11y(page, 'regions (point worker)', report);
  await screenshot(page, 'point-worker-regions');

  await page.goto(`${baseUrl}/audit`);
  await page.getByRole('heading', { level: 1, name: '没有权限' }).waitFor();
  await checkA11y(page, '403', report);
}
