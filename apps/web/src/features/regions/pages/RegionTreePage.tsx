import { PlusOutlined } from '@ant-design/icons';
import { type Grid, REGION_LEVEL_LABELS, type RegionNode, VILLAGE_KIND_LABELS } from '@jobcircle/domain';
import { App, Button, Card, Col, Descriptions, Empty, Input, Popconfirm, Row, Table, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useCan, useMe } from '../../../lib/auth.ts';
import { useListParams } from '../../../lib/list-params.ts';
import { useSites } from '../../../lib/queries/list-sites.ts';
import { useRegionTree } from '../../../lib/queries/region-tree.ts';
import { findRegion, regionPath } from '../../../lib/regions.ts';
import { useDeactivateGrid } from '../api/deactivate-grid.ts';
import { useGrids } from '../api/list-grids.ts';
import { GridFormModal } from '../components/GridFormModal.tsx';

function toTreeData(node: RegionNode, filter: string): DataNode | null {
  const children = node.children.map((child) => toTreeData(child, filter)).filter((c): c is DataNode => c !== null);
  if (filter && !node.name.includes(filter) && children.length === 0) return null;
  return {
    key: node.code,
    title: node.name,
    children,
    isLeaf: node.children.length === 0,
  };
}

function nextGridCode(villageCode: string, grids: Grid[]): string {
  const numbers = grids.map((grid) => Number(grid.code.split('-')[1] ?? 0));
  const next = (numbers.length > 0 ? Math.max(...numbers) : 0) + 1;
  return `${villageCode}-${String(next).padStart(2, '0')}`;
}

function VillageGrids({ village }: { village: RegionNode }) {
  const { message } = App.useApp();
  const mayWrite = useCan('grid:write');
  const grids = useGrids({ villageCode: village.code, page: 1, pageSize: 100 });
  const deactivate = useDeactivateGrid();
  const [editing, setEditing] = useState<Grid | 'new' | null>(null);
  const items = grids.data?.items ?? [];
  return (
    <>
      <Typography.Title level={2} className="section-title">
        网格（{items.filter((grid) => grid.isActive).length} 个）
      </Typography.Title>
      <Table<Grid>
        rowKey="id"
        size="small"
        dataSource={items}
        loading={grids.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '此村居尚未划分网格' }}
        columns={[
          { title: '编号', dataIndex: 'code' },
          { title: '名称', dataIndex: 'name' },
          { title: '网格责任人', dataIndex: 'responsibleStaffName', render: (name: string | null) => name ?? '未指定' },
          {
            title: '状态',
            dataIndex: 'isActive',
            render: (active: boolean) => (active ? <Tag color="success">在用</Tag> : <Tag>已停用</Tag>),
          },
          ...(mayWrite
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  render: (_value: unknown, grid: Grid) =>
                    grid.isActive ? (
                      <>
                        <Button type="link" onClick={() => setEditing(grid)}>
                          编辑
                        </Button>
                        <Popconfirm
                          title="停用后此网格不再分派走访任务，确定停用？"
                          okText="停用"
                          cancelText="取消"
                          onConfirm={() =>
                            deactivate.mutate(
                              { id: grid.id, version: grid.version },
                              {
                                onSuccess: () => void message.success('网格已停用'),
                                onError: (error) => void message.error(errorMessage(error)),
                              },
                            )
                          }
                        >
                          <Button type="link" danger>
                            停用
                          </Button>
                        </Popconfirm>
                      </>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {mayWrite ? (
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} style={{ marginTop: 12 }}>
          新建网格
        </Button>
      ) : null}
      {editing ? (
        <GridFormModal
          villageCode={village.code}
          villageName={village.name}
          grid={editing === 'new' ? null : editing}
          nextCode={nextGridCode(village.code, items)}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}

function RegionDetail({ tree, node }: { tree: RegionNode; node: RegionNode }) {
  const siteFilter =
    node.level === 'town'
      ? { townCode: node.code }
      : node.level === 'village'
        ? { villageCode: node.code }
        : node.level === 'grid'
          ? { villageCode: node.code.slice(0, 12) }
          : {};
  const sites = useSites({ ...siteFilter, isActive: true, page: 1, pageSize: 1 });
  const path = regionPath(tree, node.code);
  const siteLink = `/sites?${new URLSearchParams(siteFilter as Record<string, string>).toString()}`;
  return (
    <Card title={<h2 className="card-heading">{node.name}</h2>}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="层级">
          {REGION_LEVEL_LABELS[node.level]}
          {node.villageKind ? `（${VILLAGE_KIND_LABELS[node.villageKind]}）` : null}
          {node.isStatistical ? <Tag style={{ marginLeft: 8 }}>统计单位</Tag> : null}
        </Descriptions.Item>
        <Descriptions.Item label="区划代码">{node.code}</Descriptions.Item>
        <Descriptions.Item label="上级">
          {path
            .slice(0, -1)
            .map((p) => p.name)
            .join(' / ') || '—'}
        </Descriptions.Item>
        {node.level !== 'grid' ? (
          <Descriptions.Item label="下级数量">
            {node.children.length} 个{node.level === 'district' ? '乡镇' : node.level === 'town' ? '村居' : '网格'}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={node.level === 'grid' ? '所在村居的站点' : '辖区内在用站点'}>
          {sites.isPending ? '…' : `${sites.data?.total ?? 0} 个`} <Link to={siteLink}>查看</Link>
        </Descriptions.Item>
      </Descriptions>
      {node.level === 'village' ? <VillageGrids village={node} /> : null}
    </Card>
  );
}

export default function RegionTreePage() {
  const me = useMe();
  const tree = useRegionTree();
  const [params, update] = useListParams();
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const treeData = useMemo(() => {
    if (!tree.data) return [];
    const root = toTreeData(tree.data, filter.trim());
    return root ? [root] : [];
  }, [tree.data, filter]);

  if (tree.isPending) return <PageLoading />;
  if (tree.isError) return <LoadError error={tree.error} onRetry={() => void tree.refetch()} />;
  const selected = findRegion(tree.data, params.code) ?? findRegion(tree.data, me.regionCode) ?? tree.data;
  const defaultExpanded = regionPath(tree.data, selected.code).map((node) => node.code);

  return (
    <PageContainer title="区域与网格" description="区 → 乡镇 → 村居 → 网格。选择一个区域查看详情；在村居下维护网格。">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card title={<h2 className="card-heading">区域树</h2>}>
            <label htmlFor="region-filter" className="field-label">
              查找区域
            </label>
            <Input
              id="region-filter"
              allowClear
              placeholder="输入乡镇或村居名称"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
            {treeData.length === 0 ? (
              <Empty description="没有匹配的区域" />
            ) : (
              <Tree
                className="region-tree"
                treeData={treeData}
                selectedKeys={[selected.code]}
                expandedKeys={filter.trim() ? undefined : (expanded ?? defaultExpanded)}
                defaultExpandAll={Boolean(filter.trim())}
                key={filter.trim() ? `f-${filter.trim()}` : 'all'}
                onExpand={(keys) => setExpanded(keys.map(String))}
                onSelect={(keys) => {
                  const code = keys[0];
                  if (code !== undefined) update({ code: String(code) });
                }}
                height={520}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <RegionDetail tree={tree.data} node={selected} />
        </Col>
      </Row>
    </PageContainer>
  );
}
