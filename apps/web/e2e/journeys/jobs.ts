// Jobs, matching and referrals (issue 9): a job collected at an employer, matched to a resident,
// referred through interview to a hire and the insurance registration; the public board on a phone.
import { randomInt } from 'node:crypto';
import type { CreateResidentBody, Job, Resident } from '@jobcircle/domain';
import { createHomestay, idNumberOf, villageOf } from '../fixtures.ts';
import {
  check,
  checkA11y,
  checkNoSidewaysScroll,
  choose,
  DEMO_PASSWORD,
  expectPath,
  idInPath,
  type JourneyContext,
  PHONE,
  screenshot,
  signIn,
  textOf,
  uniqueHan,
  uniqueTag,
} from '../lib.ts';

const STATION = 'demo.station.chengqiao';

/** The station worker collects a job at an employer, recommends a matched resident and follows through to insurance registration. */
export async function jobToInsuredHire({ page, baseUrl, report, api, newContext }: JourneyContext): Promise<void> {
  const station = await api(STATION);
  const tag = uniqueTag();
  const employer = await createHomestay(station, tag);
  const place = await villageOf(station, '城桥镇');
  const residentName = `${uniqueHan(1)}${uniqueHan(2)}`;
  const body: CreateResidentBody = {
    idNumber: idNumberOf('1978-04-12', `${String(randomInt(100)).padStart(2, '0')}3`),
    name: residentName,
    hukouType: 'local_agricultural',
    address: `崇明区城桥镇${place.village.name}测试路 3 号`,
    townCode: place.town.code,
    villageCode: place.village.code,
    education: 'junior_secondary',
    occupations: ['4-03-01-02'],
    skills: ['客房清洁'],
    certificates: [],
    hasDisability: false,
    consentChannel: 'written',
    consentDate: '2026-01-05',
    employmentStatus: 'unemployed',
    jobIntention: {
      occupations: ['4-03-01-02'],
      places: [],
      payMinFen: 400_000,
      payMaxFen: null,
      hours: 'full_time',
      maxCommuteMinutes: 40,
    },
  };
  const resident = await station.post<Resident>('/api/residents', body);

  // ── the job, collected through the form: discriminatory wording is refused on the field while typing ──
  await signIn(page, baseUrl, STATION, DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the station worker signs in');
  await page.goto(`${baseUrl}/employers/${employer.id}`);
  await page.getByRole('heading', { level: 1, name: employer.name }).waitFor();
  await page.getByRole('button', { name: '募集岗位' }).click();
  await expectPath(page, /^\/jobs\/new$/, 'the job form opens from the employer');
  await page.getByRole('heading', { level: 1, name: '募集岗位' }).waitFor();
  await checkA11y(page, 'job form', report);

  await choose(page, '用人单位', employer.name, { search: true });
  const title = page.getByLabel('岗位名称');
  await title.fill('客房服务员（限男性）');
  const titleItem = page.locator('.ant-form-item').filter({ has: title });
  await titleItem.getByText(/“限男性”/).waitFor();
  check((await textOf(titleItem)).includes('就业促进法'), 'the refusal names the law');
  await page.getByLabel('岗位描述').fill('35岁以下，负责客房清洁和布草整理。');
  await page
    .locator('.ant-form-item')
    .filter({ has: page.getByLabel('岗位描述') })
    .getByText(/“35岁以下”/)
    .waitFor();
  await checkA11y(page, 'job form (wording refused)', report);
  const jobTitle = `客房服务员 ${tag}`;
  await title.fill(jobTitle);
  await titleItem.getByText(/“限男性”/).waitFor({ state: 'detached' });
  await page.getByLabel('岗位描述').fill('负责客房清洁和布草整理，包工作餐。');
  await choose(page, '职业', '客房服务员', { search: true });
  await page.getByLabel('招聘人数').fill('2');
  await page.getByLabel('最低薪酬（元）').fill('4500');
  await page.getByLabel('最高薪酬（元）').fill('5500');
  await page.getByLabel('工作地点').fill('崇明区城桥镇揽星路 8 号');
  await page.getByLabel('单位联系人').fill('陆店长');
  await page.getByLabel('联系电话').fill('13912345678');
  await page.getByRole('button', { name: '保存岗位' }).click();
  await expectPath(page, /^\/jobs\/[0-9a-f-]{36}$/, 'saving the job opens its page');
  const jobId = idInPath(page);
  await page.getByRole('heading', { level: 1, name: jobTitle }).waitFor();
  const jobText = await textOf(page.locator('main'));
  check(jobText.includes('招聘中') && jobText.includes('139****5678'), 'the job is open and its contact masked');
  check(!jobText.includes('13912345678'), 'the full phone is not shown');
  const stored = await station.get<Job>(`/api/jobs/${jobId}`);
  check(
    stored.serviceRecordId !== null && stored.payMinFen === 450_000 && stored.kind === 'full_time',
    'the API stored the job in fen with its ledger line',
  );

  // ── edited: one more place; the masked phone is left as it is ──
  await page.getByRole('link', { name: '编辑' }).click();
  await expectPath(page, /^\/jobs\/[0-9a-f-]{36}\/edit$/, 'the edit form opens from the job');
  await page.getByRole('heading', { level: 1, name: `编辑岗位：${jobTitle}` }).waitFor();
  check((await page.getByLabel('联系电话').inputValue()) === '', 'the stored phone is not put back into the form');
  await page.getByLabel('招聘人数').fill('3');
  await checkA11y(page, 'job form (edit)', report);
  await page.getByRole('button', { name: '保存修改' }).click();
  await expectPath(page, /^\/jobs\/[0-9a-f-]{36}$/, 'saving the edit returns to the job');
  await page.getByText('已录用 0 / 招聘 3 人', { exact: false }).waitFor();
  const edited = await station.get<Job>(`/api/jobs/${jobId}`);
  check(edited.headcount === 3 && edited.contactPhoneMasked === '139****5678', 'the edit changed the headcount and kept the phone');

  // ── matches: the resident is among the candidates, with reasons; recommend ──
  const candidates = page.getByRole('region', { name: '匹配的求职者（辖区内）' });
  await candidates.getByRole('link', { name: residentName }).waitFor();
  check(
    (await textOf(candidates)).includes('同一职业小类') || (await textOf(candidates)).includes('职业相同'),
    'the reasons name the occupation',
  );
  await checkA11y(page, 'job page with candidates', report);
  await candidates.getByRole('button', { name: `推荐给${residentName}` }).click();
  const dialog = page.getByRole('dialog', { name: `向 ${residentName} 推荐：${jobTitle}` });
  await dialog.waitFor();
  await checkA11y(page, 'recommend dialog', report);
  await dialog.getByRole('button', { name: /推\s*荐/ }).click();
  await dialog.waitFor({ state: 'detached' });

  // The resident's matches list the job too.
  await page.goto(`${baseUrl}/jobs/matches/${resident.id}?name=${encodeURIComponent(residentName)}`);
  await page.getByRole('link', { name: jobTitle }).first().waitFor();
  await checkA11y(page, 'matches for a resident', report);

  // ── the referral, step by step, from the job page ──
  await page.goto(`${baseUrl}/jobs/${jobId}`);
  const referrals = page.getByRole('region', { name: '推荐记录' });
  await referrals.getByRole('button', { name: `办理 ${residentName} 的推荐` }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: `${residentName} → ${jobTitle}` });
  await drawer.waitFor();
  await checkA11y(page, 'referral drawer', report);
  const stepThrough = async (action: string, fill?: () => Promise<void>) => {
    await drawer.locator('label.ant-radio-button-wrapper', { hasText: action }).click();
    check(await drawer.getByRole('radio', { name: action }).isChecked(), `${action} is chosen`);
    if (fill) await fill();
    const before = await textOf(drawer.locator('.ant-timeline'));
    await drawer.getByRole('button', { name: `登记：${action}` }).click();
    await page.waitForFunction(
      ([selector, text]) => (document.querySelector(selector as string)?.textContent ?? '') !== text,
      ['.ant-drawer-section .ant-timeline', before],
    );
  };
  await stepThrough('登记有意向');
  await stepThrough('已联系用人单位');
  await stepThrough('安排面试', async () => {
    const at = drawer.getByLabel('面试时间');
    await at.click();
    await at.fill('2026-12-28 09:30');
    await at.press('Enter');
    await drawer.getByLabel('面试地点').fill('揽星民宿前台');
    await drawer.getByRole('switch', { name: '协助体检' }).click();
  });
  await stepThrough('登记录用');
  await stepThrough('登记就业参保完成');
  const drawerText = await textOf(drawer);
  check(drawerText.includes('已办就业参保登记'), 'the referral reaches insurance registration');
  for (const step of ['推荐岗位', '登记有意向', '已联系用人单位', '安排面试', '登记录用', '登记就业参保完成']) {
    check(drawerText.includes(step), `the steps list ${step}`);
  }
  check(drawerText.includes('第 1 个月回访') && drawerText.includes('第 3 个月回访'), 'the follow-ups are scheduled');
  await checkA11y(page, 'referral drawer (insured)', report);
  await screenshot(page, 'referral-insured');

  const file = await station.get<Resident & { employmentStatus: string }>(`/api/residents/${resident.id}`);
  check(file.employmentStatus === 'employed', `the hire changed the resident's status (${file.employmentStatus})`);

  await page.goto(`${baseUrl}/referrals`);
  await page.getByRole('heading', { level: 1, name: '推荐就业看板' }).waitFor();
  await page.getByRole('button', { name: new RegExp(residentName) }).waitFor();
  await checkA11y(page, 'referral board', report);
  await page.goto(`${baseUrl}/jobs?employerId=${employer.id}`);
  await page.getByRole('link', { name: jobTitle }).waitFor();
  await checkA11y(page, 'jobs of an employer', report);

  // ── the public board, on a phone, without sign-in ──
  const phone = await newContext(PHONE);
  const mobile = await phone.newPage();
  await mobile.goto(`${baseUrl}/j?town=${place.town.code}`);
  await mobile.getByRole('heading', { level: 1, name: '招聘岗位' }).waitFor();
  await mobile.getByRole('link', { name: new RegExp(jobTitle) }).click();
  await mobile.getByRole('heading', { level: 1, name: jobTitle }).waitFor();
  const publicText = await textOf(mobile.locator('main'));
  check(publicText.includes('城桥'), 'the public job shows the collecting station');
  check(
    !publicText.includes('13912345678') && !publicText.includes('139****5678') && !publicText.includes('陆店长'),
    'the employer contact is never on the public page',
  );
  await checkNoSidewaysScroll(mobile, 'public job page at 360 px');
  await checkA11y(mobile, 'public job page (phone)', report);
  await mobile.goto(`${baseUrl}/j?town=${place.town.code}`);
  await mobile.getByRole('link', { name: new RegExp(jobTitle) }).waitFor();
  await checkNoSidewaysScroll(mobile, 'public job board at 360 px');
  await checkA11y(mobile, 'public job board (phone)', report);
  await screenshot(mobile, 'public-job-board-phone');
}
