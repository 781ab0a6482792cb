// Losing nothing (issue 15 §2): a session that ends while a form is open keeps the typed input as a
// draft in the tab (never the ID number) and puts it back after signing in again; navigation without
// network shows the no-network state with 重试, and back online the page loads.
import { CSRF_HEADER, type Me } from '@jobcircle/domain';
import { idNumberOf, villageOf } from '../fixtures.ts';
import {
  buttonLabel,
  check,
  checkA11y,
  choose,
  DEMO_PASSWORD,
  eventually,
  expectPath,
  type JourneyContext,
  screenshot,
  signIn,
  uniqueHan,
} from '../lib.ts';

const TOWN_ADMIN = 'demo.town.chengqiao';

/** The drafts this tab holds (sessionStorage): each key and its stored value. */
async function draftsOf(page: JourneyContext['page']): Promise<{ keys: string[]; values: string }> {
  return page.evaluate(() => {
    const keys = Object.keys(window.sessionStorage).filter((key) => key.startsWith('jobcircle:draft:'));
    return { keys, values: keys.map((key) => window.sessionStorage.getItem(key) ?? '').join('\n') };
  });
}

/** The resident form half typed, the session ended on the server, a save → sign in again → the input is back. */
export async function sessionEndsMidForm({ page, baseUrl, report, api }: JourneyContext): Promise<void> {
  const townAdmin = await api(TOWN_ADMIN);
  const { village } = await villageOf(townAdmin, '城桥镇');
  const name = `草稿${uniqueHan(3)}`;
  const address = `崇明区城桥镇草稿路 ${String(Date.now() % 1000)} 号`;
  const idNumber = idNumberOf('1988-05-17', `${String(Date.now() % 100).padStart(2, '0')}3`);

  await signIn(page, baseUrl, TOWN_ADMIN, DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the town admin signs in');
  await page.goto(`${baseUrl}/residents/new`);
  await page.getByRole('heading', { level: 1, name: '登记人员' }).waitFor();
  await page.getByLabel('身份证号').fill(idNumber);
  await page.getByLabel('姓名').fill(name);
  await page.getByLabel('居住地址').fill(address);
  await choose(page, '所在村居', village.name, { search: true });
  await eventually(async () => (await draftsOf(page)).values.includes(name), 'the typed name is kept as a draft');
  const drafts = await draftsOf(page);
  check(
    drafts.keys.some((key) => key.endsWith(':/residents/new')),
    `the draft is keyed by the route (${drafts.keys.join(', ')})`,
  );
  const values = drafts.values.replace(/\d{4}-\d{2}-\d{2}/g, '');
  check(!values.includes(idNumber) && !/\d{7}/.test(values), 'the draft holds no ID number (nor any run of seven digits)');

  // The session ends on the server (as an idle timeout would): signed out with the page's own cookie.
  const me = (await (await page.context().request.get(`${baseUrl}/api/auth/me`)).json()) as Me;
  const signOut = await page.context().request.post(`${baseUrl}/api/auth/sign-out`, { data: {}, headers: { [CSRF_HEADER]: me.csrfToken } });
  check(signOut.ok(), `the session is signed out through the API (${signOut.status()})`);

  // Saving now meets the ended session: the console sends the user to sign in, back to the form afterwards.
  // (A background request may meet the ended session first and send the user to sign in already.)
  if (!page.url().includes('/sign-in')) {
    await page
      .getByRole('button', { name: buttonLabel('登记') })
      .click({ timeout: 5_000 })
      .catch(() => undefined);
  }
  await expectPath(page, /^\/sign-in$/, 'the ended session sends the user to sign in');
  check(new URL(page.url()).searchParams.get('next') === '/residents/new', 'sign-in will return to the form');
  await signIn(page, baseUrl, TOWN_ADMIN, DEMO_PASSWORD);
  await expectPath(page, /^\/residents\/new$/, 'signing in again returns to the form');
  await page.getByText('已恢复上次未保存的输入').waitFor();
  await eventually(async () => (await page.getByLabel('姓名').inputValue()) === name, 'the typed name is restored');
  check((await page.getByLabel('居住地址').inputValue()) === address, 'the typed address is restored');
  check((await page.getByLabel('身份证号').inputValue()) === '', 'the ID number is not restored (never kept in the draft)');
  await checkA11y(page, 'resident form with a restored draft', report);
  await screenshot(page, 'draft-restored');

  // 放弃草稿 empties the form and the draft.
  await page.getByRole('button', { name: buttonLabel('放弃草稿') }).click();
  await eventually(async () => (await page.getByLabel('姓名').inputValue()) === '', 'the discarded draft leaves the form empty');
  check(!(await draftsOf(page)).values.includes(name), 'the discarded draft is gone from the tab');
}

/** Offline: a page that cannot be fetched says 网络未连接 with 重试; back online, 重试 loads it. */
export async function offlineNavigation({ page, baseUrl, report }: JourneyContext): Promise<void> {
  await signIn(page, baseUrl, TOWN_ADMIN, DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the town admin signs in');
  await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();

  await page.context().setOffline(true);
  // 用人单位 has not been visited: neither its code nor its data is in the browser yet.
  await page.getByRole('link', { name: '用人单位' }).first().click();
  const offline = page.getByRole('heading', { name: '网络未连接' });
  await offline.waitFor();
  check((await page.getByText('页面出错了').count()) === 0, 'no crash page while offline');
  await checkA11y(page, 'no-network state', report);
  await screenshot(page, 'offline');
  // Still offline: 重试 says so instead of leaving the page for the browser's own error.
  await page.getByRole('button', { name: buttonLabel('重试') }).click();
  await eventually(
    async () => (await offline.count()) === 1 && new URL(page.url()).origin === baseUrl,
    'retrying while offline keeps the no-network state',
  );

  await page.context().setOffline(false);
  await page.getByRole('button', { name: buttonLabel('重试') }).click();
  await page.getByRole('heading', { level: 1, name: '用人单位' }).waitFor();
  check((await offline.count()) === 0, 'back online the page loads');
  await expectPath(page, /^\/employers$/, 'the page asked for is the one loaded');
}
