// Policies as dated rules with explained eligibility (issue 11): the policy cards, a resident's
// eligibility per condition on the file, recorded as a policy consultation; the rule-pack editor.
import { randomInt } from 'node:crypto';
import type { Page as ApiPage, ServiceRecord } from '@jobcircle/domain';
import { createResident, idNumberOf, villageOf } from '../fixtures.ts';
import {
  check,
  checkA11y,
  DEMO_PASSWORD,
  eventually,
  expectPath,
  type JourneyContext,
  screenshot,
  signIn,
  textOf,
  uniqueHan,
} from '../lib.ts';

const STATION = 'demo.station.chengqiao';

/** The station worker reads the policy cards, explains a resident's eligibility and records the consultation. */
export async function policyEligibilityExplained({ page, baseUrl, report, api, newContext }: JourneyContext): Promise<void> {
  const station = await api(STATION);
  const place = await villageOf(station, '城桥镇');
  const name = `${uniqueHan(1)}${uniqueHan(2)}`;
  const resident = await createResident(station, place, {
    name,
    idNumber: idNumberOf('1975-06-18', `${String(randomInt(100)).padStart(2, '0')}7`),
  });

  await signIn(page, baseUrl, STATION, DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the station worker signs in');
  await page.goto(`${baseUrl}/policies`);
  await page.getByRole('heading', { level: 1, name: '政策' }).waitFor();
  const first = page.locator('.ant-table-row').first().getByRole('link').first();
  await first.waitFor();
  await checkA11y(page, '政策', report);
  const policyName = (await textOf(first)).trim();
  await first.click();
  await expectPath(page, /^\/policies\/[^/]+$/, 'a policy card opens');
  await page.getByRole('heading', { level: 1, name: policyName }).waitFor();
  check((await textOf(page.locator('main'))).includes('资格条件'), 'the card lists its conditions');
  await checkA11y(page, 'policy card', report);

  await page.goto(`${baseUrl}/residents/${resident.id}`);
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByRole('tab', { name: '政策资格' }).click();
  const section = page.getByRole('tabpanel', { name: '政策资格' });
  await section.locator('.ant-collapse-header').first().waitFor();
  await checkA11y(page, 'eligibility on the file', report);
  await section.locator('.ant-collapse-header').first().click();
  const recordButton = section.getByRole('button', { name: '记录为政策咨询' }).first();
  await recordButton.waitFor();
  check(/符合|不符合|待确认/.test(await textOf(section)), 'each policy shows its result');
  await checkA11y(page, 'eligibility explained per condition', report);
  await screenshot(page, 'policy-eligibility');
  await recordButton.click();
  await page.getByText(/^已记录为政策咨询/).waitFor();
  await eventually(async () => {
    const records = await station.get<ApiPage<ServiceRecord>>(`/api/ledger/records?residentId=${resident.id}`);
    return records.items.some((r) => r.itemNo === 3);
  }, 'the consultation is in the ledger as item 3');

  // The district admin's rule-pack editor (conditions as rows, no code).
  const district = await newContext();
  const admin = await district.newPage();
  await signIn(admin, baseUrl, 'demo.district', DEMO_PASSWORD);
  await expectPath(admin, /^\/$/, 'the district admin signs in');
  await admin.goto(`${baseUrl}/policies/new`);
  await admin.getByLabel('政策代码').waitFor();
  await checkA11y(admin, 'rule-pack editor', report);
}
