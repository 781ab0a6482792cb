// Accounts: lockout and unlock.
import { createAccount, readyAccount, villageOf } from '../fixtures.ts';
import { check, checkA11y, DEMO_PASSWORD, expectPath, type JourneyContext, screenshot, signIn, textOf, uniqueHan } from '../lib.ts';

/** Five wrong passwords lock the account and say until when; an admin unlocks it. */
export async function lockout(context: JourneyContext): Promise<void> {
  const { page, baseUrl, report, api } = context;
  // A volunteer of its own, past its first sign-in: a lock left by a failed run harms nobody else.
  const admin = await api('demo.district');
  const { village } = await villageOf(admin, '城桥镇');
  const volunteer = await readyAccount(
    context,
    await createAccount(admin, {
      prefix: 'e2e.volunteer',
      displayName: `测试·志愿者${uniqueHan(3)}`,
      role: 'volunteer',
      position: 'volunteer',
      regionCode: village.code,
    }),
    'Helper#Island2026',
  );

  await page.goto(`${baseUrl}/sign-in`);
  for (let attempt = 1; attempt <= 5; attempt++) {
    const response = await signIn(page, baseUrl, volunteer.username, `Wrong#Password${attempt}`);
    const { code } = (await response.json()) as { code: string };
    check(code === (attempt < 5 ? 'INVALID_CREDENTIALS' : 'ACCOUNT_LOCKED'), `attempt ${attempt} is refused with ${code}`);
  }
  await page.waitForFunction(() => document.querySelector('[data-testid="sign-in-error"]')?.getAttribute('data-code') === 'ACCOUNT_LOCKED');
  const text = await textOf(page.getByTestId('sign-in-error'));
  check(/锁定至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(text), `the lock message says until when: ${text}`);
  await checkA11y(page, 'sign-in (locked)', report);
  await screenshot(page, 'sign-in-locked');

  // Even the right password is refused while locked.
  const during = await signIn(page, baseUrl, volunteer.username, volunteer.password);
  check(((await during.json()) as { code: string }).code === 'ACCOUNT_LOCKED', 'the right password is refused during the lock');

  const adminPage = await (await context.newContext()).newPage();
  await signIn(adminPage, baseUrl, 'demo.district', DEMO_PASSWORD);
  await expectPath(adminPage, /^\/$/, 'the admin signs in');
  await adminPage.goto(`${baseUrl}/staff?q=${volunteer.username}`);
  await adminPage.getByRole('link', { name: volunteer.displayName }).click();
  await adminPage.getByText('已锁定').first().waitFor();
  await checkA11y(adminPage, 'staff page (locked account)', report);
  await adminPage.getByRole('button', { name: '解锁账号' }).click();
  await adminPage.getByRole('button', { name: '解锁账号' }).waitFor({ state: 'detached' });

  await signIn(page, baseUrl, volunteer.username, volunteer.password);
  await expectPath(page, /^\/$/, 'once unlocked the volunteer signs in');
  const menu = await textOf(page.getByRole('navigation', { name: '主菜单' }));
  check(!menu.includes('人员账号') && !menu.includes('审计日志'), 'a volunteer’s menu has no staff or audit entries');
}
