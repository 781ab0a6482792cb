import type { CoverageReport } from '@jobcircle/domain';
import { Table, type TableColumnsType } from 'antd';
import { percent } from './coverage-view.ts';

type Town = CoverageReport['towns'][number];

const COLUMNS: TableColumnsType<Town> = [
  { title: '乡镇', dataIndex: 'townName', key: 'town' },
  {
    title: '人口覆盖率',
    key: 'population',
    sorter: (a, b) => (a.figures.populationShare ?? -1) - (b.figures.populationShare ?? -1),
    render: (_, town) => `${percent(town.figures.populationShare)}（${town.figures.coveredPopulation}/${town.figures.population}）`,
  },
  {
    title: '劳动力覆盖率',
    key: 'labour',
    sorter: (a, b) => (a.figures.labourForceShare ?? -1) - (b.figures.labourForceShare ?? -1),
    render: (_, town) => `${percent(town.figures.labourForceShare)}（${town.figures.coveredLabourForce}/${town.figures.labourForce}）`,
  },
  {
    title: '未覆盖村居',
    key: 'uncovered',
    sorter: (a, b) => a.figures.uncoveredVillageCount - b.figures.uncoveredVillageCount,
    render: (_, town) => `${town.figures.uncoveredVillageCount} / ${town.figures.villageCount}`,
  },
  { title: '近似位置人口占比', key: 'approximate', render: (_, town) => percent(town.figures.approximateShare) },
];

export function TownCoverageTable({ towns }: { towns: Town[] }) {
  return <Table<Town> rowKey="townCode" size="small" columns={COLUMNS} dataSource={towns} pagination={false} scroll={{ x: 720 }} />;
}
