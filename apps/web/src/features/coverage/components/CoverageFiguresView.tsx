import { type CoverageFigures, KEY_GROUP_LABELS } from '@jobcircle/domain';
import { Descriptions, Flex, Tag, Typography } from 'antd';
import { percent } from './coverage-view.ts';

/** The shares of one region, each with the share of population counted at a town seat beside it. */
export function CoverageFiguresView({ figures, title }: { figures: CoverageFigures; title: string }) {
  const approximate = `（其中 ${percent(figures.approximateShare)} 的人口按乡镇驻地近似定位）`;
  const groups = figures.keyGroups.filter((group) => group.total > 0);
  return (
    <Descriptions
      title={title}
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      items={[
        {
          key: 'population',
          label: '人口覆盖率',
          children: `${percent(figures.populationShare)}（${figures.coveredPopulation} / ${figures.population} 人）${approximate}`,
        },
        {
          key: 'labour',
          label: '劳动力覆盖率',
          children: `${percent(figures.labourForceShare)}（${figures.coveredLabourForce} / ${figures.labourForce} 人）${approximate}`,
        },
        {
          key: 'villages',
          label: '未覆盖村居',
          children: `${figures.uncoveredVillageCount} / ${figures.villageCount} 个`,
        },
        {
          key: 'groups',
          label: '重点群体覆盖率',
          children:
            groups.length === 0 ? (
              <Typography.Text type="secondary">暂无重点群体人员</Typography.Text>
            ) : (
              <Flex wrap gap="small">
                {groups.map((group) => (
                  <Tag key={group.keyGroup}>
                    {KEY_GROUP_LABELS[group.keyGroup]} {percent(group.share)}（{group.covered}/{group.total}）
                  </Tag>
                ))}
              </Flex>
            ),
        },
      ]}
    />
  );
}
