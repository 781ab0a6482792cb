// Outreach (政策找人, issue 11 §4): the town admin screens the town against the policies in force;
// the funnel per policy; the station worker moves a task to contacted with a note (ledger item 3).
import type { Page as ApiPage, OutreachFunnel, OutreachTask } from '@jobcircle/domain';
import { buttonLabel, check, checkA11y, DEMO_PASSWORD, dialogButton, eventually, expectPath, type JourneyContext, signIn } from '../lib.ts';

const TOWN = 'demo.town.chengqiao';
const STATION = 'demo.station.chengqiao';

export async function outreachFunnelAndContact({ page, baseUrl, report, api, newContext }: JourneyContext): Promise<void> {
  await signIn(page, baseUrl, TOWN, DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the town admin signs in');
  await page.goto(`${baseUrl}/outreach`);
  await page.getByRole('heading', { level: 1, name: '政策找人' }).waitFor();
  await page.getByRole('button', { name: buttonLabel('立即筛查') }).click();
  await page.getByText(/^已筛查 \d+ 人/).waitFor();
  const town = await api(TOWN);
  await eventually(async () => {
    const funnel = await town.get<OutreachFunnel>('/api/outreach/funnel');
    return funnel.some((row) => row.total > 0);
  }, 'the screening created outreach tasks');
  await page.locator('.ant-table-row').first().waitFor();
  await checkA11y(page, 'outreach funnel', report);

  const stationContext = await newContext();
  const worker = await stationContext.newPage();
  await signIn(worker, baseUrl, STATION, DEMO_PASSWORD);
  await expectPath(worker, /^\/$/, 'the station worker signs in');
  await worker.goto(`${baseUrl}/outreach`);
  await worker.getByRole('heading', { level: 1, name: '政策找人' }).waitFor();
  const move = worker.getByRole('button', { name: /^推进 / }).first();
  await move.waitFor();
  const label = (await move.getAttribute('aria-label')) ?? '';
  await move.click();
  const dialog = worker.getByRole('dialog');
  await dialog.getByLabel('情况说明').fill('电话告知政策，本人有意申请');
  await checkA11y(worker, 'outreach move dialog', report);
  await (await dialogButton(worker, '保存')).click();
  await worker.getByText(/^已记为“已联系”/).waitFor();
  const station = await api(STATION);
  await eventually(async () => {
    const tasks = await station.get<ApiPage<OutreachTask>>('/api/outreach/tasks?state=contacted&pageSize=100');
    return tasks.items.some((task) => label === `推进 ${task.residentName} 的 ${task.policyName}` && task.note !== null);
  }, 'the task is contacted with its note');
  check(label.length > 0, 'the moved task is named');
}
