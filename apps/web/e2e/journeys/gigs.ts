// The gig market (零工市场, issue 9 §2): a day job posted through the quick dialog — a deposit refused
// on its field while typing —, a worker signed up, checked in and out, work and pay confirmed.
import { randomInt } from 'node:crypto';
import { shanghaiDate } from '@jobcircle/domain';
import { createHomestay, createResident, idNumberOf, villageOf } from '../fixtures.ts';
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
  textOf,
  uniqueHan,
  uniqueTag,
} from '../lib.ts';

const STATION = 'demo.station.chengqiao';

/** 城桥镇's station posts a day job in the dialog and takes one worker through the day to the confirmed pay. */
export async function gigDayToConfirmedPay({ page, baseUrl, report, api }: JourneyContext): Promise<void> {
  const station = await api(STATION);
  const tag = uniqueTag();
  const employer = await createHomestay(station, tag);
  const place = await villageOf(station, '城桥镇');
  const workerName = `${uniqueHan(1)}${uniqueHan(2)}`;
  await createResident(station, place, {
    name: workerName,
    idNumber: idNumberOf('1969-09-03', `${String(randomInt(100)).padStart(2, '0')}5`),
  });
  const today = shanghaiDate(new Date());
  const gigTitle = `柑橘采摘 ${tag}`;

  await signIn(page, baseUrl, STATION, DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the station worker signs in');
  await page.goto(`${baseUrl}/gigs?date=${today}`);
  await page.getByRole('heading', { level: 1, name: '零工市场' }).waitFor();
  check((await textOf(page.locator('main'))).includes('不得向零工收取押金'), 'the gig board shows the anti-fraud rules');
  await checkA11y(page, 'gig board', report);

  // ── the quick post: what, where, when, pay, how many ──
  await page.getByRole('button', { name: '快速发布零工' }).click();
  const dialog = page.getByRole('dialog', { name: '快速发布零工' });
  await dialog.waitFor();
  await choose(page, '用工单位', employer.name, { search: true });
  await dialog.getByLabel('做什么').fill(gigTitle);
  const description = dialog.getByLabel('说明');
  await description.fill('日结，自带手套；报名需交押金 50 元。');
  const refusal = dialog.getByText(/含有不当用语 “押金”/);
  await refusal.waitFor();
  await checkA11y(page, 'gig post dialog (deposit refused)', report);
  await description.fill('日结，自带手套，早上 7 点在果园门口集合。');
  await refusal.waitFor({ state: 'detached' });
  await dialog.getByLabel('在哪里').fill('城桥镇果园');
  await dialog.getByLabel('要几人').fill('2');
  await dialog.getByLabel('报酬（元）').fill('200');
  await dialog.getByLabel('联系人').fill('果园负责人');
  await dialog.getByLabel('联系电话').fill('13916005678');
  await dialog.getByRole('button', { name: buttonLabel('发布') }).click();
  await dialog.waitFor({ state: 'detached' });
  const card = page.locator('.ant-card').filter({ has: page.getByRole('link', { name: gigTitle }) });
  await card.waitFor();
  check((await textOf(card)).includes('已报名 0 / 2 人'), 'the new day job is on the board with its headcount');

  // ── a worker signed up, checked in and out ──
  await card.getByRole('button', { name: `为“${gigTitle}”报名` }).click();
  const picker = page.getByRole('dialog', { name: `为“${gigTitle}”报名` });
  await picker.getByPlaceholder(/姓名、拼音首字母/).fill(workerName);
  await picker.getByRole('button', { name: buttonLabel('查找') }).click();
  await picker.getByRole('button', { name: `选择 ${workerName}` }).click();
  await picker.waitFor({ state: 'detached' });
  await card.getByText(workerName).waitFor();
  await eventually(async () => (await textOf(card)).includes('已报名 1 / 2 人'), 'the sign-up counts toward the headcount');
  await checkA11y(page, 'gig board with a worker', report);

  await card.getByRole('button', { name: `${workerName}：签到` }).click();
  await card.getByRole('button', { name: `${workerName}：签退` }).click();

  // ── the worker confirms the work done and the pay received ──
  await card.getByRole('button', { name: `${workerName}：工人确认完工和报酬` }).click();
  const confirm = page.getByRole('dialog', { name: '工人确认完工和报酬' });
  await confirm.getByLabel('实际收到（元）').fill('180');
  await checkA11y(page, 'gig pay confirmation', report);
  await confirm.getByRole('button', { name: '工人已确认' }).click();
  await confirm.waitFor({ state: 'detached' });
  await card.getByText('报酬 180.00 元').waitFor();
  check((await card.getByRole('button', { name: `${workerName}：签到` }).count()) === 0, 'a confirmed worker has no check-in left to do');
  await screenshot(page, 'gig-board');
}
