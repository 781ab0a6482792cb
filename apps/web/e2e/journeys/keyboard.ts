// Keyboard alone (issue 15 §6) and the way back to a list (§4): the sign-in page's tab order, the
// village tree picker of the resident form, the resident file's breadcrumb and the list's 重置.
import { randomInt } from 'node:crypto';
import type { Page } from 'playwright-core';
import { createResident, idNumberOf, villageOf } from '../fixtures.ts';
import { check, checkA11y, DEMO_PASSWORD, eventually, expectPath, type JourneyContext, signIn, uniqueHan } from '../lib.ts';

/** What has the keyboard focus: its role (or tag), accessible name where it has one, and id. */
function focused(page: Page): Promise<{ role: string; label: string; id: string }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { role: 'body', label: '', id: '' };
    const label = element.getAttribute('aria-label') ?? '';
    const byFor = element.id ? (document.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent ?? '') : '';
    return { role: element.getAttribute('role') ?? element.tagName.toLowerCase(), label: label || byFor, id: element.id };
  });
}

/** The code of the tree node the arrow keys reached (rc-tree-select announces it in a live region). */
async function activeNode(page: Page): Promise<string> {
  return ((await page.locator('.ant-select-dropdown:visible [aria-live="assertive"]').first().textContent()) ?? '').trim();
}

/** Presses `key` until the tree's active node is `code` (at most `limit` presses). */
async function moveTo(page: Page, key: 'ArrowDown' | 'ArrowUp', code: string, limit: number): Promise<void> {
  for (let i = 0; i < limit && (await activeNode(page)) !== code; i++) await page.keyboard.press(key);
  check((await activeNode(page)) === code, `the arrow keys reach ${code} in the village tree (at ${await activeNode(page)})`);
}

export async function keyboardOnly({ page, baseUrl, report, api }: JourneyContext): Promise<void> {
  // The sign-in page: nothing takes the focus by itself, so the first Tab lands on 长辈模式.
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByRole('switch', { name: '长辈模式' }).waitFor();
  const positive = await page.evaluate(
    () => [...document.querySelectorAll('[tabindex]')].filter((e) => Number(e.getAttribute('tabindex')) > 0).length,
  );
  check(positive === 0, `no element of the sign-in page jumps the tab order (${positive} with a positive tabindex)`);
  await page.keyboard.press('Tab');
  await eventually(
    async () => (await focused(page)).role === 'switch',
    async () => `the first Tab reaches the elder-mode switch, not ${JSON.stringify(await focused(page))}`,
  );
  check((await focused(page)).label.includes('长辈模式'), 'the first focused control is the elder-mode switch');
  await page.keyboard.press('Space');
  await page.locator('html[data-elder="on"]').waitFor({ state: 'attached' });
  await page.keyboard.press('Space');
  await page.locator('html[data-elder="off"]').waitFor({ state: 'attached' });
  await page.keyboard.press('Tab');
  await eventually(async () => (await focused(page)).id === 'username', 'the second Tab reaches the user name');

  await signIn(page, baseUrl, 'demo.town.chengqiao', DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the town admin signs in');
  const townApi = await api('demo.town.chengqiao');
  const place = await villageOf(townApi, '城桥镇', 1);

  // The village picker of the resident form, by keyboard alone: ArrowDown opens it, the arrows move
  // (ArrowRight opens a town), Enter chooses.
  await page.goto(`${baseUrl}/residents/new`);
  await page.getByRole('heading', { level: 1, name: '登记人员' }).waitFor();
  const picker = page.getByLabel('所在村居', { exact: true });
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  await page.locator('.ant-select-dropdown:visible .ant-select-tree').first().waitFor();
  await page.keyboard.press('ArrowDown');
  await eventually(async () => (await activeNode(page)) !== '', 'an arrow key makes a node of the tree active (the district)');
  // ArrowRight opens a closed node, or goes to the first child of an open one: either way on to the towns.
  await page.keyboard.press('ArrowRight');
  await moveTo(page, 'ArrowDown', place.town.code, 200);
  await page.keyboard.press('ArrowRight');
  await moveTo(page, 'ArrowDown', place.village.code, 200);
  const outline = await page
    .locator('.ant-select-dropdown:visible .ant-select-tree-treenode-active .ant-select-tree-node-content-wrapper')
    .first()
    .evaluate((node) => getComputedStyle(node).outlineStyle);
  check(outline !== 'none', 'the node the arrows reached is outlined');
  await page.keyboard.press('Enter');
  await page.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'hidden' });
  const field = page.locator('.ant-form-item', { has: page.getByLabel('所在村居', { exact: true }) });
  await eventually(
    async () => ((await field.textContent()) ?? '').includes(place.village.name),
    async () => `the village chosen by keyboard is shown (${await field.textContent()})`,
  );
  await checkA11y(page, 'resident form (village chosen by keyboard)', report);

  // The way back: the file's breadcrumb leads to the list with the filters it was opened from, and
  // 重置 clears them.
  const name = `键测${uniqueHan(3)}`;
  const resident = await createResident(townApi, place, {
    name,
    idNumber: idNumberOf(
      `19${70 + randomInt(20)}-0${1 + randomInt(9)}-1${randomInt(10)}`,
      `${randomInt(10)}${randomInt(10)}${2 * randomInt(5) + 1}`,
    ),
  });
  await page.goto(`${baseUrl}/residents?q=${encodeURIComponent(name)}&status=unknown`);
  await page.getByRole('link', { name, exact: true }).click();
  await expectPath(page, new RegExp(`^/residents/${resident.id}$`), 'the file opens from the list');
  const crumbs = page.getByRole('navigation', { name: '当前位置' });
  await crumbs.waitFor();
  check(((await crumbs.textContent()) ?? '').includes('劳动力资源'), 'the breadcrumb names the menu group');
  await page.getByTestId('resident-summary').waitFor();
  await crumbs.getByRole('link', { name: '人员名册' }).click();
  await expectPath(page, /^\/residents$/, 'the breadcrumb goes back to the list');
  const search = new URL(page.url()).searchParams;
  check(search.get('q') === name && search.get('status') === 'unknown', `the list keeps its filters (${page.url()})`);
  await page.getByRole('link', { name, exact: true }).waitFor();
  await page.getByRole('button', { name: /重\s*置/ }).click();
  await eventually(
    async () => new URL(page.url()).search === '',
    () => `重置 clears the filters (${page.url()})`,
  );
  await eventually(async () => (await page.getByLabel('姓名或拼音首字母').inputValue()) === '', '重置 empties the search box too');
}
