// Helpers shared by the browser journeys (TypeScript run by Node through tsx; no build step).
import { randomInt } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { CSRF_HEADER, type Me } from '@jobcircle/domain';
import {
  type APIRequestContext,
  type APIResponse,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  type Response,
  request,
} from 'playwright-core';

export const ARTIFACTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'artifacts');
export const DEMO_PASSWORD = 'Demo#Chongming2026';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const DESKTOP = { width: 1280, height: 900 } as const;
export const PHONE = { width: 360, height: 780 } as const;

export interface Viewport {
  width: number;
  height: number;
}

export interface AxeCheck {
  name: string;
  url: string;
  violations: number;
  ms: number;
}

export interface Report {
  axeChecks: AxeCheck[];
}

/** What every journey is handed: its own browser context and page, and ways to set up data through the API. */
export interface JourneyContext {
  page: Page;
  baseUrl: string;
  report: Report;
  /** A second browser context (its own cookies), set up like the journey's own and closed after the journey. */
  newContext(viewport?: Viewport): Promise<BrowserContext>;
  /** An API session signed in as `username` (closed after the journey): for setting up what the journey needs. */
  api(username: string, password?: string): Promise<ApiSession>;
}

export interface Journey {
  /** Short name for `node --import tsx e2e/run.ts <id>`. */
  id: string;
  name: string;
  viewport?: Viewport;
  run(context: JourneyContext): Promise<void>;
}

export class JourneyError extends Error {}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new JourneyError(message);
}

/** A locator's text, '' when it has none. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.textContent()) ?? '';
}

// ── animations off ───────────────────────────────────────────────────────────

/**
 * Every transition and animation ends at once. Durations are cut to (almost) zero rather than
 * removed, so the animationend/transitionend events antd's motion (rc-motion) waits for before it
 * unmounts a closed dialog or dropdown still fire; one iteration stops spinners from looping.
 */
export const NO_MOTION_CSS = `*, *::before, *::after {
  transition-duration: 0s !important;
  transition-delay: 0s !important;
  animation-duration: 1ms !important;
  animation-delay: 0s !important;
  animation-iteration-count: 1 !important;
  scroll-behavior: auto !important;
}`;

/**
 * Installs NO_MOTION_CSS before the app's scripts run. A string, not a function: tsx compiles with
 * keepNames, and the `__name` helper it would wrap inner functions in does not exist in the page.
 */
const NO_MOTION_SCRIPT = `(() => {
  const add = () => {
    if (document.getElementById('e2e-no-motion')) return;
    const style = document.createElement('style');
    style.id = 'e2e-no-motion';
    style.textContent = ${JSON.stringify(NO_MOTION_CSS)};
    (document.head || document.documentElement).append(style);
  };
  if (document.documentElement) add();
  else document.addEventListener('readystatechange', add, { once: true });
})();`;

/** A browser context as every journey gets it: zh-CN in Shanghai, reduced motion, animations off. */
export async function newJourneyBrowserContext(browser: Browser, viewport: Viewport = DESKTOP): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(15_000);
  await context.addInitScript({ content: NO_MOTION_SCRIPT });
  return context;
}

/** Resolves once no CSS animation or transition is running on the page. */
export async function animationsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

// ── checks ───────────────────────────────────────────────────────────────────

/** Every page a journey visits: zero axe violations under WCAG 2.0/2.1 A and AA. */
export async function checkA11y(page: Page, name: string, report: Report): Promise<void> {
  const started = Date.now();
  await page.waitForLoadState('networkidle');
  // Contrast is measured on final colours: nothing may be mid-fade.
  await animationsSettled(page);
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
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(path.join(ARTIFACTS, `axe-${report.axeChecks.length}-${slug(name)}.json`), JSON.stringify(result.violations, null, 2));
    throw new JourneyError(`axe found ${result.violations.length} violation(s) on ${name} (${page.url()}):\n${lines.join('\n')}`);
  }
}

/**
 * Waits until `condition` holds (polled every 100 ms, 5 s at most), then checks it once more so that
 * the failure names what was last seen: for state the page reaches after a render or a resize.
 */
export async function eventually(condition: () => Promise<boolean>, message: string | (() => Promise<string> | string)): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  check(await condition(), typeof message === 'string' ? message : await message());
}

/**
 * The page must not scroll sideways (WCAG 1.4.10 reflow; the console at 360 px). Measured once the
 * layout has answered a resize (antd switches the menu to a drawer from a breakpoint listener).
 */
export async function checkNoSidewaysScroll(page: Page, name: string): Promise<void> {
  const measure = () => page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  await eventually(
    async () => {
      const { scrollWidth, innerWidth } = await measure();
      return scrollWidth <= innerWidth + 1;
    },
    async () => {
      const { scrollWidth, innerWidth } = await measure();
      return `${name}: the page scrolls sideways at ${innerWidth}px (content is ${scrollWidth}px wide)`;
    },
  );
}

export async function expectPath(page: Page, pattern: RegExp, what: string): Promise<void> {
  await page.waitForURL((url) => pattern.test(url.pathname), { timeout: 15_000 }).catch(() => undefined);
  check(pattern.test(new URL(page.url()).pathname), `${what}: expected ${pattern}, at ${page.url()}`);
}

/** The id at the end of the page's path (/sites/<id>). */
export function idInPath(page: Page): string {
  const id = new URL(page.url()).pathname.split('/')[2];
  check(id, `no id in ${page.url()}`);
  return id;
}

export async function heading(page: Page): Promise<string> {
  return (await textOf(page.getByRole('heading', { level: 1 }).first())).trim();
}

// ── actions ──────────────────────────────────────────────────────────────────

export function slug(text: string): string {
  return (
    text
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'page'
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<Response> {
  if (!page.url().includes('/sign-in')) await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  const response = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in') && r.request().method() === 'POST');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  return response;
}

/**
 * A button's name: antd puts a space between the two characters of a two-character label (转 交),
 * and a loading icon that is fading out still names itself (loading 保 存).
 */
export function buttonLabel(text: string): RegExp {
  return new RegExp(`(^|\\s)${[...text].join('\\s*')}\\s*$`);
}

/** The button named `text` in the open dialog. */
export async function dialogButton(page: Page, text: string): Promise<Locator> {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog.getByRole('button', { name: buttonLabel(text) });
}

/** Chooses an option of an antd Select (or TreeSelect) found by its label; typing filters searchable ones. */
export async function choose(page: Page, label: string, optionText: string, { search = false } = {}): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  if (search) await field.fill(optionText);
  const option = page.locator(
    '.ant-select-dropdown:visible .ant-select-item-option, .ant-select-dropdown:visible .ant-select-tree-node-content-wrapper',
    { hasText: optionText },
  );
  await option.first().click();
  // A single select closes on the choice; until its dropdown is gone the empty a11y listbox antd keeps
  // in it is still in the page (and axe would flag it), so a check right after would be flaky.
  await page.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'hidden' });
}

// ── unique test data ─────────────────────────────────────────────────────────

/** Six lower-case letters and digits, different in every call: for user names and codes. */
export function uniqueTag(): string {
  return (
    (Date.now() % 36 ** 3).toString(36).padStart(3, '0') +
    randomInt(36 ** 3)
      .toString(36)
      .padStart(3, '0')
  );
}

const HAN = '安宝春丹东芳刚桂海红华慧佳建江杰静娟凯兰磊丽林玲敏明娜宁平琴清荣瑞森涛婷伟文霞祥欣秀雪燕阳毅英勇玉云珍志忠';

/** `count` Chinese characters, random: for names that no other run has used. */
export function uniqueHan(count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += HAN[randomInt(HAN.length)];
  return text;
}

// ── API sessions for setting up data ─────────────────────────────────────────

export class ApiSession {
  private constructor(
    readonly request: APIRequestContext,
    readonly me: Me,
  ) {}

  static async signIn(baseUrl: string, username: string, password: string): Promise<ApiSession> {
    const context = await request.newContext({ baseURL: baseUrl });
    // Before sign-in any CSRF value is accepted; the header must be there.
    const response = await context.post('/api/auth/sign-in', { data: { username, password }, headers: { [CSRF_HEADER]: 'sign-in' } });
    if (!response.ok()) {
      const body = await response.text();
      await context.dispose();
      throw new JourneyError(`API sign-in as ${username} failed (${response.status()}): ${body}`);
    }
    return new ApiSession(context, (await response.json()) as Me);
  }

  get<T>(url: string): Promise<T> {
    return this.answer<T>('GET', url, this.request.get(url));
  }

  post<T>(url: string, data: unknown): Promise<T> {
    return this.answer<T>('POST', url, this.request.post(url, { data, headers: { [CSRF_HEADER]: this.me.csrfToken } }));
  }

  patch<T>(url: string, data: unknown): Promise<T> {
    return this.answer<T>('PATCH', url, this.request.patch(url, { data, headers: { [CSRF_HEADER]: this.me.csrfToken } }));
  }

  /** The first sign-in of a new account: replaces the one-time password (the session token rotates). */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const me = await this.post<Me>('/api/auth/password', { currentPassword, newPassword });
    Object.assign(this.me, me);
  }

  dispose(): Promise<void> {
    return this.request.dispose();
  }

  private async answer<T>(method: string, url: string, pending: Promise<APIResponse>): Promise<T> {
    const response = await pending;
    if (!response.ok()) throw new JourneyError(`${method} ${url} answered ${response.status()}: ${await response.text()}`);
    return (await response.json()) as T;
  }
}
