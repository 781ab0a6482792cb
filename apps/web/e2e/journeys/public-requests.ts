// A request sent from a site's public page (issue 8 §2): a resident on a phone, no sign-in, gets a
// receipt code; the station's worker takes the waiting ticket, calls back with the full number
// (asked for with a reason) and resolves it; the public status page shows no personal data.
import type { Site } from '@jobcircle/domain';
import {
  buttonLabel,
  check,
  checkA11y,
  checkNoSidewaysScroll,
  DEMO_PASSWORD,
  dialogButton,
  eventually,
  expectPath,
  type JourneyContext,
  PHONE,
  screenshot,
  signIn,
  textOf,
  uniqueHan,
  uniqueTag,
} from '../lib.ts';

const STATION = 'demo.station.chengqiao';

/** 城桥镇's station page on a phone → a request → the station's worker takes it, calls back, resolves it. */
export async function publicRequestToResolution({ page, baseUrl, report, api, newContext }: JourneyContext): Promise<void> {
  const station = await api(STATION);
  const siteId = station.me.siteId;
  check(siteId, 'the demo station worker has a site');
  const site = await station.get<Site>(`/api/sites/${siteId}`);
  const tag = uniqueTag();
  const senderName = `${uniqueHan(1)}阿姨`;
  const mobile = `139${String(Date.now() % 100_000_000).padStart(8, '0')}`;
  const summary = `想咨询灵活就业社保补贴怎么申请（${tag}）`;

  // ── the resident, on a phone, without signing in ──
  const phone = await newContext(PHONE);
  const mobilePage = await phone.newPage();
  await mobilePage.goto(`${baseUrl}/s/${siteId}`);
  await mobilePage.getByRole('heading', { level: 2, name: '在线提交诉求' }).waitFor();
  await mobilePage.getByRole('button', { name: '提交诉求' }).click();
  await mobilePage.getByText('请写下您想咨询或办理的事情').waitFor();
  await checkA11y(mobilePage, 'public request form (refused on its fields)', report);
  await mobilePage.getByLabel('您的诉求').fill(summary);
  await mobilePage.getByLabel('您的称呼').fill(senderName);
  await mobilePage.getByLabel('手机号码').fill('1391234');
  await mobilePage.getByRole('button', { name: '提交诉求' }).click();
  await mobilePage.getByText('手机号应为 11 位数字').waitFor();
  await mobilePage.getByLabel('手机号码').fill(mobile);
  await mobilePage.getByRole('button', { name: '提交诉求' }).click();
  await mobilePage.getByRole('heading', { name: '诉求已提交' }).waitFor();
  const receiptCode = (await textOf(mobilePage.locator('.public-receipt-code'))).trim();
  check(/^[0-9A-Z]{6,}$/.test(receiptCode.replace(/\W/g, '')), `a receipt code is shown (${receiptCode})`);
  await checkNoSidewaysScroll(mobilePage, 'public request receipt at 360 px');
  await checkA11y(mobilePage, 'public request receipt (phone)', report);
  await screenshot(mobilePage, 'public-request-receipt');
  await mobilePage.getByRole('link', { name: '查看办理进度' }).click();
  await mobilePage.getByRole('heading', { level: 1, name: '办理进度查询' }).waitFor();
  await eventually(
    async () =>
      (await textOf(mobilePage.locator('main'))).includes('待接手') || (await textOf(mobilePage.locator('main'))).includes('办理中'),
    'the status page shows the request in progress',
  );
  const statusText = await textOf(mobilePage.locator('main'));
  check(
    !statusText.includes(senderName) && !statusText.includes(mobile) && !statusText.includes(mobile.slice(-4)),
    'the status page shows no personal data',
  );
  await checkA11y(mobilePage, 'public status page (phone)', report);

  // ── the station's worker: the ticket waits at the site; take it, call back, resolve ──
  await signIn(page, baseUrl, STATION, DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the station worker signs in');
  // Not yet anyone's: it waits among the station's tickets (本站点), not under 我负责的.
  await page.goto(`${baseUrl}/tickets?view=site`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const row = page.locator('.ant-table-row').filter({ hasText: summary.slice(0, 12) });
  await row.first().waitFor();
  check((await textOf(row.first())).includes('待接手'), 'the list shows the request as waiting to be taken');
  await row.first().getByRole('link').first().click();
  await expectPath(page, /^\/tickets\/[0-9a-f-]{36}$/, 'the ticket page opens');
  await page.getByRole('heading', { level: 1, name: /^受理单/ }).waitFor();
  await page.getByText(summary).waitFor();
  check((await textOf(page.locator('main'))).includes(site.name), 'the ticket waits at the station');
  check(!(await textOf(page.locator('main'))).includes(mobile), 'the number is masked before it is asked for');
  await checkA11y(page, 'public request waiting (ticket page)', report);
  await page.getByRole('button', { name: /^接手受理单/ }).click();
  await page.getByText('已接手，该受理单由您负责办理').waitFor();

  await page.getByRole('button', { name: '查看完整号码' }).click();
  const reveal = page.getByRole('dialog', { name: '查看完整号码' });
  await reveal.getByLabel('查看原因').fill('看');
  await reveal.getByRole('button', { name: buttonLabel('查看') }).click();
  await reveal.getByText('请写明查看原因（至少 4 个字）').waitFor();
  await checkA11y(page, 'reveal the sender’s number (reason refused)', report);
  await reveal.getByLabel('查看原因').fill('回电答复补贴申请材料');
  await reveal.getByRole('button', { name: buttonLabel('查看') }).click();
  await reveal.waitFor({ state: 'detached' });
  await eventually(
    async () => (await textOf(page.getByTestId('ticket-contact-mobile'))).includes(mobile),
    'the full number is shown for the call',
  );

  await page.getByRole('button', { name: buttonLabel('办结') }).click();
  await page.getByRole('dialog').waitFor();
  await checkA11y(page, 'resolve dialog (public request)', report);
  await page.getByLabel('办理结果说明').fill('已电话答复：灵活就业社保补贴的申请材料和办理地点。');
  await (await dialogButton(page, '办结')).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await eventually(async () => (await textOf(page.locator('main'))).includes('已办结'), 'the ticket is resolved');
  await screenshot(page, 'public-request-resolved');

  // The sender sees it resolved, still without personal data.
  await mobilePage.reload();
  await eventually(async () => (await textOf(mobilePage.locator('main'))).includes('已办结'), 'the status page shows it resolved');
}
