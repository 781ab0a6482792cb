import { type CoverageVillage, POPULATION_SOURCE_LABELS } from '@jobcircle/domain';
import { Flex, Switch, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';

const byNumber = (pick: (v: CoverageVillage) => number | null) => (a: CoverageVillage, b: CoverageVillage) =>
  (pick(a) ?? Number.POSITIVE_INFINITY) - (pick(b) ?? Number.POSITIVE_INFINITY);

const COLUMNS: TableColumnsType<CoverageVillage> = [
  { title: '村居', dataIndex: 'villageName', key: 'village', sorter: (a, b) => a.villageCode.localeCompare(b.villageCode) },
  { title: '乡镇', dataIndex: 'townName', key: 'town', sorter: (a, b) => a.townCode.localeCompare(b.townCode) },
  {
    title: '到最近站点（分钟）',
    key: 'minutes',
    sorter: byNumber((v) => v.minutes),
    defaultSortOrder: 'descend',
    render: (_, v) => (v.minutes === null ? '无法到达' : v.minutes.toFixed(1)),
  },
  { title: '最近站点', dataIndex: 'nearestSiteName', key: 'site', render: (name: string | null) => name ?? '—' },
  {
    title: '覆盖',
    key: 'covered',
    sorter: (a, b) => Number(a.covered) - Number(b.covered),
    render: (_, v) => (v.covered ? <Tag color="success">已覆盖</Tag> : <Tag color="error">未覆盖</Tag>),
  },
  { title: '人口', dataIndex: 'population', key: 'population', sorter: byNumber((v) => v.population) },
  { title: '劳动力', dataIndex: 'labourForce', key: 'labour', sorter: byNumber((v) => v.labourForce) },
  {
    title: '人口来源',
    key: 'source',
    render: (_, v) => POPULATION_SOURCE_LABELS[v.populationSource],
  },
  {
    title: '位置',
    key: 'approximate',
    sorter: (a, b) => Number(a.approximate) - Number(b.approximate),
    render: (_, v) => (v.approximate ? <Tag color="warning">近似（乡镇驻地）</Tag> : <Tag>已标注</Tag>),
  },
];

/** Every village of the region, sortable; uncovered ones only at a switch. */
export function VillageCoverageTable({ villages }: { villages: CoverageVillage[] }) {
  const [uncoveredOnly, setUncoveredOnly] = useState(false);
  const rows = uncoveredOnly ? villages.filter((v) => !v.covered) : villages;
  return (
    <>
      <Flex align="center" gap="small" style={{ marginBottom: 12 }}>
        <Switch id="coverage-uncovered-only" checked={uncoveredOnly} onChange={setUncoveredOnly} />
        <label htmlFor="coverage-uncovered-only">只看未覆盖的村居</label>
      </Flex>
      <Table<CoverageVillage>
        rowKey="villageCode"
        size="small"
        columns={COLUMNS}
        dataSource={rows}
        scroll={{ x: 900 }}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (total) => `共 ${total} 个村居` }}
      />
    </>
  );
}
