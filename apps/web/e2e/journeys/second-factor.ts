import { Secret, TOTP } from 'otpauth';
import { createAccount, readyAccount, villageOf } from '../fixtures.ts';
import { check, checkA11y, expectPath, type JourneyContext, screenshot, signIn, textOf } from '../lib.ts';

const PASSWORD = 'Harbour#Gate2027';

function codeOf(secret: string, offsetSeconds = 0): string {
  const totp = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
  return totp.generate({ timestamp: Date.now() + offsetSeconds * 1000 });
}

/**
 * A new town admin must bind an authenticator before anything else (QR code, a first code, ten
 * recovery codes shown once); the next sign-in asks for a code, refuses a wrong one, and takes a
 * recovery code instead.
 */
export async function townAdminEnrolsSecondFactor(context: JourneyContext): Promise<void> {
  const { page, baseUrl, report, api, newContext } = context;
  const district = await api('demo.district');
  const { town } = await villageOf(district, '城桥镇');
  const account = await createAccount(district, {
    prefix: 'e2e.totp',
    displayName: '测试·镇管理员',
    role: 'town_admin',
    position: 'administrator',
    regionCode: town.code,
  });
  const ready = await readyAccount(context, account, PASSWORD);

  await signIn(page, baseUrl, ready.username, PASSWORD);
  await expectPath(page, /^\/security$/, 'a town admin is sent to bind an authenticator first');
  await checkA11y(page, 'account security (before binding)', report);
  await page.getByRole('button', { name: /开始绑定/ }).click();
  await page.getByRole('img', { name: /身份验证器绑定的二维码/ }).waitFor();
  const secret = (await textOf(page.getByTestId('totp-secret'))).trim();
  check(/^[A-Z2-7]{32}$/.test(secret), `the secret is shown for manual entry: ${secret}`);
  await checkA11y(page, 'account security (QR code)', report);
  await page.getByLabel('动态验证码（6 位数字）').fill(codeOf(secret));
  await page.getByRole('button', { name: '确认绑定' }).click();
  const list = page.getByTestId('recovery-codes');
  await list.waitFor();
  const codes = (await list.locator('code').allTextContents()).map((code) => code.trim());
  check(codes.length === 10, `ten recovery codes are shown once, not ${codes.length}`);
  await checkA11y(page, 'recovery codes', report);
  await screenshot(page, 'second-factor-recovery-codes');
  await page.getByRole('button', { name: '我已保存恢复码' }).click();
  await expectPath(page, /^\/$/, 'after binding the admin reaches the console');

  // A second device: the password alone is no longer enough.
  const other = await (await newContext()).newPage();
  await signIn(other, baseUrl, ready.username, PASSWORD);
  const codeField = other.getByLabel('动态验证码');
  await codeField.waitFor();
  await checkA11y(other, 'sign-in (second step)', report);
  const wrong = codeOf(secret) === '000000' ? '111111' : '000000';
  await codeField.fill(wrong);
  await other.getByRole('button', { name: '验证并登录' }).click();
  const refused = other.getByTestId('sign-in-error');
  await refused.waitFor();
  check((await refused.getAttribute('data-code')) === 'INVALID_SECOND_FACTOR', 'a wrong code is refused');
  await other.getByRole('button', { name: /使用恢复码/ }).click();
  await other.getByLabel('恢复码').fill(codes[0] ?? '');
  await other.getByRole('button', { name: '验证并登录' }).click();
  await expectPath(other, /^\/$/, 'a recovery code signs in instead of the code');
}
