import { SearchOutlined } from '@ant-design/icons';
import {
  OUTREACH_FUNNEL,
  OUTREACH_STATE_LABELS,
  OUTREACH_STATES,
  type OutreachFunnel,
  type OutreachState,
  type OutreachTask,
  outreachNextStates,
} from '@jobcircle/domain';
import { App, Button, Checkbox, Flex, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useMe } from '../../../lib/auth.ts';
import { useRegionTree } from '../../../lib/queries/region-tree.ts';
import { regionsAt } from '../../../lib/regions.ts';
import { type OutreachListQuery, useOutreachFunnel, useOutreachTasks, useScreenOutreach } from '../api/outreach.ts';
import { OutreachMoveModal } from '../components/OutreachMoveModal.tsx';

type FunnelRow = OutreachFunnel[number];
// The theme's status colours only (antd's presets fail AA contrast on a tag: app/tag-colours.test.ts).
const STATE_COLORS: Partial<Record<OutreachState, string>> = {
  contacted: 'processing',
  applied: 'warning',
  approved: 'success',
  paid: 'success',
};

/** 政策找人: the funnel per policy and the outreach tasks (a worker sees their own first). */
export default function OutreachPage() {
  const me = useMe();
  const { message } = App.useApp();
  const [policyId, setPolicyId] = useState<string>();
  const [state, setState] = useState<OutreachState>();
  const [villageCode, setVillageCode] = useState<string>();
  const [mine, setMine] = useState(me.role === 'point_staff' || me.role === 'volunteer');
  const [page, setPage] = useState(1);
  const [moving, setMoving] = useState<OutreachTask>();
  const funnel = useOutreachFunnel();
  const tree = useRegionTree();
  const query: OutreachListQuery = {
    page,
    pageSize: 20,
    mine: mine ? 'true' : 'false',
    ...(policyId ? { policyId } : {}),
    ...(state ? { state } : {}),
    ...(villageCode ? { villageCode } : {}),
  };
  const tasks = useOutreachTasks(query);
  const screen = useScreenOutreach();
  const villages = regionsAt(tree.data, 'village');

  const funnelColumns: TableColumnsType<FunnelRow> = [
    { title: '政策', dataIndex: 'policyName', key: 'policyName' },
    ...[...OUTREACH_FUNNEL, 'declined' as const, 'not_eligible' as const].map((s) => ({
      title: OUTREACH_STATE_LABELS[s],
      key: s,
      align: 'right' as const,
      ...(OUTREACH_FUNNEL.includes(s) ? {} : { responsive: ['md' as const] }),
      render: (_: unknown, row: FunnelRow) => row.counts[s] ?? 0,
    })),
    { title: '合计', dataIndex: 'total', key: 'total', align: 'right' },
  ];

  const columns: TableColumnsType<OutreachTask> = [
    { title: '居民', key: 'resident', render: (_: unknown, row) => <Link to={`/residents/${row.residentId}`}>{row.residentName}</Link> },
    { title: '政策', dataIndex: 'policyName', key: 'policyName' },
    {
      title: '环节',
      key: 'state',
      render: (_: unknown, row) => <Tag color={STATE_COLORS[row.state]}>{OUTREACH_STATE_LABELS[row.state]}</Tag>,
    },
    {
      title: '筛查结果',
      key: 'result',
      responsive: ['md'],
      render: (_: unknown, row) => (row.result === 'eligible' ? '符合' : '待确认（无不符合项）'),
    },
    { title: '负责人', key: 'assigned', responsive: ['sm'], render: (_: unknown, row) => row.assignedStaffName ?? '未分配' },
    { title: '说明', dataIndex: 'note', key: 'note', responsive: ['lg'] },
    {
      title: '操作',
      key: 'actions',
      render: (_: unknown, row) =>
        outreachNextStates(row.state).length > 0 ? (
          <PermissionGate permission="ledger:write">
            <Button size="small" onClick={() => setMoving(row)} aria-label={`推进 ${row.residentName} 的 ${row.policyName}`}>
              推进
            </Button>
          </PermissionGate>
        ) : null,
    },
  ];

  const runScreening = () =>
    screen.mutate(
      {},
      {
        onSuccess: (result) =>
          void message.success(`已筛查 ${result.screened} 人、${result.policies} 项政策，新增 ${result.created} 个找人任务`),
        onError: (error) => void message.error(errorMessage(error)),
      },
    );

  return (
    <PageContainer
      title="政策找人"
      description="按在施政策筛查劳动力资源库：符合或无不符合项（仅缺少事实）且尚未记录资格结论的居民，每人每项政策生成一个找人任务，按网格分配给负责的工作人员。每晚 2 点自动筛查一次。"
      extra={
        <PermissionGate permission="outreach:screen">
          <Button type="primary" icon={<SearchOutlined />} loading={screen.isPending} onClick={runScreening}>
            立即筛查
          </Button>
        </PermissionGate>
      }
    >
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        各项政策的找人漏斗
      </Typography.Title>
      {funnel.isError ? (
        <LoadError error={funnel.error} onRetry={() => void funnel.refetch()} />
      ) : (
        <Table<FunnelRow>
          rowKey="policyId"
          size="small"
          columns={funnelColumns}
          dataSource={funnel.data}
          loading={funnel.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          style={{ marginBottom: 24 }}
        />
      )}
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        找人任务
      </Typography.Title>
      <Flex wrap gap="middle" align="center" style={{ marginBottom: 16 }}>
        <Select
          aria-label="按政策筛选"
          placeholder="全部政策"
          allowClear
          style={{ minWidth: 200 }}
          value={policyId}
          onChange={(value?: string) => {
            setPolicyId(value);
            setPage(1);
          }}
          options={(funnel.data ?? []).map((row) => ({ value: row.policyId, label: row.policyName }))}
        />
        <Select
          aria-label="按环节筛选"
          placeholder="全部环节"
          allowClear
          style={{ minWidth: 140 }}
          value={state}
          onChange={(value?: OutreachState) => {
            setState(value);
            setPage(1);
          }}
          options={OUTREACH_STATES.map((value) => ({ value, label: OUTREACH_STATE_LABELS[value] }))}
        />
        {villages.length > 1 ? (
          <Select
            aria-label="按村居筛选"
            placeholder="全部村居"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 180 }}
            value={villageCode}
            onChange={(value?: string) => {
              setVillageCode(value);
              setPage(1);
            }}
            options={villages.map((v) => ({ value: v.code, label: v.name }))}
          />
        ) : null}
        <Checkbox
          checked={mine}
          onChange={(event) => {
            setMine(event.target.checked);
            setPage(1);
          }}
        >
          只看我负责的
        </Checkbox>
      </Flex>
      {tasks.isError ? (
        <LoadError error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : (
        <Table<OutreachTask>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={tasks.data?.items}
          loading={tasks.isFetching}
          pagination={{
            current: page,
            pageSize: 20,
            total: tasks.data?.total ?? 0,
            hideOnSinglePage: true,
            onChange: setPage,
            showSizeChanger: false,
          }}
          scroll={{ x: 'max-content' }}
        />
      )}
      {moving ? <OutreachMoveModal task={moving} onClose={() => setMoving(undefined)} /> : null}
    </PageContainer>
  );
}
