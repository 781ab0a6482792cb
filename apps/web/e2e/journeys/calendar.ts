// The working-day calendar as data (issue 8 §2): the district enters a year's holiday notice. The
// data entered here is test data in the journey's own database (only New Year's Day, which is a
// statutory holiday every year), not the State Council's notice for the year.
import type { Calendar } from '@jobcircle/domain';
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
} from '../lib.ts';

/** The district admin sees next year is missing, enters it (a weekday refused as 调休上班), and the calendar counts it. */
export async function districtEntersHolidayYear({ page, baseUrl, report, api }: JourneyContext): Promise<void> {
  const admin = await api('demo.district');
  const before = await admin.get<Calendar>('/api/calendar?from=2026-12-01&to=2026-12-31');
  const next = before.coveredThrough + 1;

  await signIn(page, baseUrl, 'demo.district', DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the district admin signs in');
  await page.goto(`${baseUrl}/calendar`);
  await page.getByRole('heading', { level: 1, name: '工作日历' }).waitFor();
  await checkA11y(page, '工作日历', report);
  await page.getByRole('button', { name: `录入 ${next} 年` }).click();
  await expectPath(page, new RegExp(`^/calendar/years/${next}$`), 'the year form opens');
  await checkA11y(page, 'calendar year form', report);

  await page.getByLabel('文号').fill('测试文号〔E2E〕1号');
  await page.getByLabel('标题').fill('浏览器测试数据：仅元旦');
  await page.getByLabel('发布日期').fill('2026-11-10');
  await page.getByLabel('发布日期').press('Tab');
  await page.getByLabel('来源').fill('浏览器测试，非国务院办公厅通知');
  // A Monday entered as a working weekend is refused on its range.
  await page.getByLabel('第 1 段：开始日期').fill(`${next}-01-04`);
  await page.getByLabel('第 1 段：开始日期').press('Tab');
  await page.getByLabel('结束日期').fill(`${next}-01-04`);
  await page.getByLabel('结束日期').press('Tab');
  await choose(page, '类型', '调休上班');
  await page.getByLabel('节日').fill('元旦');
  await page.getByRole('button', { name: buttonLabel('保存') }).click();
  await page
    .getByText(/不是周六或周日，不能设为调休上班/)
    .first()
    .waitFor();
  await checkA11y(page, 'calendar year form (refused on the range)', report);

  await page.getByLabel('第 1 段：开始日期').fill(`${next}-01-01`);
  await page.getByLabel('第 1 段：开始日期').press('Tab');
  await page.getByLabel('结束日期').fill(`${next}-01-01`);
  await page.getByLabel('结束日期').press('Tab');
  await choose(page, '类型', '放假');
  await page.getByRole('button', { name: buttonLabel('保存') }).click();
  await expectPath(page, /^\/calendar$/, 'saving returns to the calendar');
  await eventually(
    async () => (await textOf(page.locator('main'))).includes('测试文号〔E2E〕1号'),
    'the entered year is listed with its source',
  );
  await screenshot(page, 'working-calendar');

  const after = await admin.get<Calendar>(`/api/calendar?from=${next}-01-01&to=${next}-01-02`);
  const newYear = after.days.find((d) => d.date === `${next}-01-01`);
  check(after.coveredThrough === next && newYear?.kind === 'holiday', `the calendar counts ${next}-01-01 as a holiday`);
}
