// Helpers shared by the browser journeys (plain ESM run by Node; no build step).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';

export const ARTIFACTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'artifacts');
export const DEMO_PASSWORD = 'Demo#Chongming2026';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export class JourneyError extends Error {}

export function check(condition, message) {
  if (!condition) throw new JourneyError(message);
}

/** Every page a journey visits: zero axe violations under WCAG 2.0/2.1 A and AA. */
export async function checkA11y(page, name, report) {
  const started = Date.now();
  await page.waitForLoadState('networkidle');
  // antd fades elements in; let the animations finish so that contrast is measured on final colours.
  await page.waitForTimeout(400);
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  report.axeChecks.push({ name, url: page.url(), violations: result.violations.length, ms: Date.now() - started });
  if (result.violations.length > 0) {
    const lines = result.violations.map(
      (v) =>
        `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `      ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`)
          .join('\n')}`,
    );
    await writeFile(path.join(ARTIFACTS, `axe-${report.axeChecks.length}-${slug(name)}.json`), JSON.stringify(result.violations, null, 2));
    throw new JourneyError(`axe found ${result.violations.length} violation(s) on ${name} (${page.url()}):\n${lines.join('\n')}`);
  }
}

export function slug(text) {
  return (
    text
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'page'
  );
}

export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export async function signIn(page, baseUrl, username, password) {
  if (!page.url().includes('/sign-in')) await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  const response = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in') && r.request().method() === 'POST');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  return response;
}

/** Chooses an option of an antd Select (or TreeSelect) found by its label; typing filters searchable ones. */
export async function choose(page, label, optionText, { search = false } = {}) {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  if (search) await field.fill(optionText);
  const option = page.locator(
    '.ant-select-dropdown:visible .ant-select-item-option, .ant-select-dropdown:visible .ant-select-tree-node-content-wrapper',
    {
      hasText: optionText,
    },
  );
  await option.first().click();
}

/** The page must not scroll sideways (WCAG 1.4.10 reflow; the console at 360 px). */
export async function checkNoSidewaysScroll(page, name) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  check(scrollWidth <= innerWidth + 1, `${name}: the page scrolls sideways at ${innerWidth}px (content is ${scrollWidth}px wide)`);
}

export async function heading(page) {
  return (await page.getByRole('heading', { level: 1 }).first().textContent())?.trim() ?? '';
}
