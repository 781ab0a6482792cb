// The 15-minute circle itself (issue 13): coverage by mode per village and town, and the planner of
// new points (the heuristic with the exact HiGHS solve beside it), exported as xlsx.
import { check, checkA11y, DEMO_PASSWORD, eventually, expectPath, type JourneyContext, screenshot, signIn, textOf } from '../lib.ts';

const CANDIDATES_CSV = ['名称,经度,纬度', '新河镇村委会（候选）,121.5120,31.5620', '三星镇客运站（候选）,121.3180,31.6950', ''].join('\n');

/** The district admin reads coverage on foot, switches to the town table and plans two new points. */
export async function districtPlansCoverage({ page, baseUrl, report }: JourneyContext): Promise<void> {
  await signIn(page, baseUrl, 'demo.district', DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the district admin signs in');
  await page.goto(`${baseUrl}/coverage`);
  await page.getByRole('heading', { level: 1, name: '覆盖分析' }).waitFor();
  await page.getByText('辖区合计').first().waitFor();
  await page.getByRole('figure', { name: '各村居到最近站点所需时间地图' }).waitFor();
  check(/步行/.test(await textOf(page.locator('main'))), 'the mode is named with its speed and detour factor');
  await checkA11y(page, '覆盖分析', report);
  await screenshot(page, 'coverage');

  await page.getByRole('tab', { name: '乡镇' }).click();
  await page.getByRole('tabpanel', { name: '乡镇' }).locator('.ant-table-row').first().waitFor();
  await checkA11y(page, 'coverage by town', report);

  await page.getByRole('tab', { name: '新站点规划' }).click();
  await page.getByLabel(/从 CSV 导入候选地点/).setInputFiles({
    name: '候选地点.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CANDIDATES_CSV, 'utf8'),
  });
  await eventually(async () => (await textOf(page.locator('main'))).includes('共 2 处候选地点'), 'the two candidates are read');
  await page.getByRole('checkbox', { name: /同时精确求解/ }).check();
  await page.getByRole('button', { name: '运行规划' }).click();
  const result = page.locator('.ant-card').filter({ hasText: '规划结果' });
  await result.waitFor({ timeout: 60_000 });
  await eventually(async () => (await textOf(result)).includes('精确求解'), 'the exact solve reports its status beside the heuristic');
  await checkA11y(page, 'coverage planner with a plan', report);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /导出 xlsx/ }).click();
  check((await download).suggestedFilename().endsWith('.xlsx'), 'the plan downloads as xlsx');
  await screenshot(page, 'coverage-plan');
}
