import { COVERAGE_MODE_LABELS, type CoverageFigures, EXACT_STATUS_LABELS, ISLAND_LABELS, type PlanResult } from '@jobcircle/domain';
import ExcelJS from 'exceljs';
import { neutraliseCell } from '../../platform/spreadsheet-safety.ts';

const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);

function figureRows(label: string, figures: CoverageFigures): (string | number)[] {
  return [
    label,
    figures.population,
    figures.coveredPopulation,
    percent(figures.populationShare),
    figures.labourForce,
    figures.coveredLabourForce,
    percent(figures.labourForceShare),
    percent(figures.approximateShare),
  ];
}

/** The plan the district takes to its meeting: the chosen points, what each wins, before and after. */
export async function planWorkbook(plan: PlanResult, villageName: (code: string) => string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '就业服务圈';
  const sheet = workbook.addWorksheet('新站点规划');
  sheet.addRow([
    `新站点规划：${COVERAGE_MODE_LABELS[plan.mode]} ${plan.thresholdMinutes} 分钟，新增 ${plan.k} 个，候选 ${plan.candidateCount} 处`,
  ]).font = { bold: true };
  sheet.addRow(['序号', '候选地点', '经度', '纬度', '所在岛', '新覆盖村居', '新覆盖劳动力']).font = { bold: true };
  plan.chosen.forEach((point, i) => {
    sheet.addRow([
      i + 1,
      neutraliseCell(point.name),
      point.lng,
      point.lat,
      ISLAND_LABELS[point.island],
      point.villageCodes.map(villageName).join('、'),
      point.labourForce,
    ]);
  });
  sheet.addRow([]);
  sheet.addRow(['', '人口', '覆盖人口', '人口覆盖率', '劳动力', '覆盖劳动力', '劳动力覆盖率', '近似位置人口占比']).font = { bold: true };
  sheet.addRow(figureRows('规划前', plan.before));
  sheet.addRow(figureRows('规划后', plan.after));
  sheet.addRow([]);
  sheet.addRow(['启发式目标值（覆盖劳动力）', plan.heuristic.objective]);
  if (plan.exact) {
    sheet.addRow(['精确求解（HiGHS）', EXACT_STATUS_LABELS[plan.exact.status], plan.exact.objective ?? '—']);
    sheet.addRow(['启发式与最优的差距上限', percent(plan.exact.heuristicGap)]);
  }
  [6, 24, 12, 12, 10, 40, 14, 16].forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
