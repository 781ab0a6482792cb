// How the console adapts: 长辈模式 (elder mode) and a phone's narrow screen.
import type { Page } from 'playwright-core';
import { check, checkA11y, checkNoSidewaysScroll, DEMO_PASSWORD, expectPath, type JourneyContext, screenshot, signIn } from '../lib.ts';

/** The app marks <html data-elder="on|off"> once the theme of the mode has been rendered. */
async function elderModeRendered(page: Page, on: boolean): Promise<void> {
  await page.locator(`html[data-elder="${on ? 'on' : 'off'}"]`).waitFor({ state: 'attached' });
}

/** 长辈模式: ≥ 24 px text and ≥ 60 px targets, remembered after a reload and across sign-in. */
export async function elderMode({ page, baseUrl, report }: JourneyContext): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  const elderSwitch = page.getByRole('switch', { name: '长辈模式' });
  await elderSwitch.click();
  // Measured once the elder theme is rendered (animations are off, so sizes are final at once).
  const sizes = async () => {
    await elderModeRendered(page, true);
    return page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#username') ?? document.querySelector('input');
      const button = document.querySelector('button[type="submit"]');
      if (!input) return { font: 0, inputHeight: 0, buttonHeight: 0 };
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
  await elderSwitch.waitFor();
  check((await elderSwitch.getAttribute('aria-checked')) === 'true', 'elder mode is remembered after a reload');
  s = await sizes();
  check(s.font >= 24, 'elder mode still applies after a reload');

  await signIn(page, baseUrl, 'demo.town.chengqiao', DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the town admin signs in');
  check((await elderSwitch.getAttribute('aria-checked')) === 'true', 'elder mode stays on in the console');
  await page.goto(`${baseUrl}/sites`);
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  await elderModeRendered(page, true);
  const cellFont = await page.evaluate(() => {
    const cell = document.querySelector('.ant-table-tbody td');
    return cell ? Number.parseFloat(getComputedStyle(cell).fontSize) : 0;
  });
  check(cellFont >= 24, `table text in elder mode is at least 24 px, got ${cellFont}`);
  await checkA11y(page, 'sites (elder)', report);
  await screenshot(page, 'elder-sites');
  await page.goto(`${baseUrl}/sites/new`);
  await page.getByRole('heading', { level: 1, name: '新建站点' }).waitFor();
  await checkA11y(page, 'site form (elder)', report);

  await elderSwitch.click();
  await elderModeRendered(page, false);
  check((await elderSwitch.getAttribute('aria-checked')) === 'false', 'elder mode can be switched off');
}

/** A phone 360 px wide: the menu is a drawer, nothing scrolls sideways. */
export async function phone({ page, baseUrl, report }: JourneyContext): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByRole('heading', { name: '工作人员登录' }).waitFor();
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
