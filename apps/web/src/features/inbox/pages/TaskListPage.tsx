import { TASK_STATE_LABELS, TASK_STATES, type Task, type TaskState } from '@jobcircle/domain';
import { Form, Row, type TableColumnsType, Tag } from 'antd';
import { SelectFilter } from '../../../components/FilterFields.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { type ListParams, oneOf } from '../../../lib/list-params.ts';
import { useServerList } from '../../../lib/server-list.ts';
import { optionsOf } from '../../../lib/service-item-options.ts';
import { useTasks } from '../api/list-tasks.ts';

const COLORS: Record<TaskState, string> = { queued: 'default', running: 'processing', done: 'success', failed: 'error' };

const KIND_LABELS: Record<string, string> = {
  'ticket.escalate': '受理单逾期督办',
  'appointment.remind': '预约提醒',
  'notification.deliver': '消息发送',
  'notification.scheduled': '定时消息',
};

function tasksFilter(params: ListParams) {
  return { state: oneOf(params.state, TASK_STATES), kind: params.kind };
}

/** 后台任务: reminders, escalations and the nightly jobs, with their state, attempts and last error. */
export default function TaskListPage() {
  const list = useServerList(tasksFilter, useTasks);
  const columns: TableColumnsType<Task> = [
    { title: '任务', dataIndex: 'kind', key: 'kind', render: (kind: string) => KIND_LABELS[kind] ?? kind },
    {
      title: '状态',
      dataIndex: 'state',
      key: 'state',
      render: (state: TaskState) => <Tag color={COLORS[state]}>{TASK_STATE_LABELS[state]}</Tag>,
    },
    { title: '计划执行', dataIndex: 'runAt', key: 'runAt', render: (at: string) => formatDateTime(at) },
    { title: '尝试次数', dataIndex: 'attempts', key: 'attempts', responsive: ['sm'] },
    {
      title: '最近错误',
      dataIndex: 'lastError',
      key: 'lastError',
      render: (error: string | null) => <div className="wrap-cell">{error ?? '—'}</div>,
      responsive: ['md'],
    },
    { title: '键', dataIndex: 'key', key: 'key', render: (key: string) => <div className="wrap-cell">{key}</div>, responsive: ['xxl'] },
  ];
  return (
    <PageContainer title="后台任务" description="预约提醒、逾期督办等后台任务的执行情况；失败的任务按退避间隔自动重试。">
      <Form layout="vertical" className="filters" role="search" aria-label="筛选后台任务">
        <Row gutter={12}>
          <SelectFilter
            list={list}
            id="task-state"
            label="状态"
            name="state"
            placeholder="全部状态"
            options={optionsOf(TASK_STATES, TASK_STATE_LABELS)}
          />
        </Row>
      </Form>
      <ServerTable<Task> {...list.table} columns={columns} totalText={(total) => `共 ${total} 个任务`} emptyText="没有后台任务" />
    </PageContainer>
  );
}
