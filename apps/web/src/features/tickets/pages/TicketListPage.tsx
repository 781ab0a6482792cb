import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { TICKET_STATE_LABELS, TICKET_STATES, TICKET_VIEW_LABELS, TICKET_VIEWS, type Ticket } from '@jobcircle/domain';
import { Button, Form, Segmented, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { FilterBar, FilterColumn, SelectFilter } from '../../../components/FilterFields.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { type ListParams, oneOf, wholeNumberOf } from '../../../lib/list-params.ts';
import { useServerList } from '../../../lib/server-list.ts';
import { optionsOf, SERVICE_ITEM_GROUP_OPTIONS, serviceItemLabel } from '../../../lib/service-item-options.ts';
import { useTickets } from '../api/list-tickets.ts';
import { TakeTicketButton } from '../components/TakeTicketButton.tsx';
import { formatReceiptCode, TicketStateTags } from '../components/TicketTags.tsx';

const OVERDUE_OPTIONS = [
  { value: 'true', label: '仅逾期' },
  { value: 'false', label: '未逾期' },
];

function ticketsFilter(params: ListParams) {
  return {
    view: oneOf(params.view, TICKET_VIEWS) ?? 'mine',
    state: oneOf(params.state, TICKET_STATES),
    overdue: oneOf(params.overdue, ['true', 'false'] as const),
    itemNo: wholeNumberOf(params.itemNo),
  };
}

/** 首问受理单: mine, my site's or my area's; open ones first, overdue ones at the very top. */
export default function TicketListPage() {
  const navigate = useNavigate();
  const list = useServerList(ticketsFilter, useTickets);
  const view = list.filter.view ?? 'mine';

  const columns: TableColumnsType<Ticket> = [
    {
      title: '回执编号',
      dataIndex: 'receiptCode',
      key: 'receiptCode',
      render: (code: string, ticket) => (
        <Link to={`/tickets/${ticket.id}`} className="receipt-code">
          {formatReceiptCode(code)}
        </Link>
      ),
    },
    {
      title: '状态',
      key: 'state',
      render: (_: unknown, ticket) => (
        <>
          <TicketStateTags ticket={ticket} /> <TakeTicketButton ticket={ticket} size="small" />
        </>
      ),
    },
    { title: '服务事项', dataIndex: 'itemNo', key: 'itemNo', render: (no: number) => serviceItemLabel(no) },
    { title: '诉求', dataIndex: 'summary', key: 'summary', ellipsis: true, responsive: ['md'] },
    { title: '办理时限', dataIndex: 'dueDate', key: 'dueDate' },
    { title: '当前负责', key: 'owner', render: (_: unknown, t) => t.ownerStaffName ?? `${t.siteName}（待接手）`, responsive: ['sm'] },
    {
      title: '群众',
      key: 'residentName',
      render: (_: unknown, t) => t.residentName ?? (t.contactName ? `${t.contactName} ${t.contactMobileMasked ?? ''}` : '—'),
      responsive: ['lg'],
    },
    { title: '受理时间', dataIndex: 'receivedAt', key: 'receivedAt', render: (at: string) => formatDateTime(at), responsive: ['lg'] },
  ];

  return (
    <PageContainer
      title="首问受理"
      description="首问负责：谁先受理谁负责，直至办结或明确转交；群众在站点公开页在线提交的诉求由本站点工作人员接手。逾期未办结的受理单先提醒站长，再上报乡镇。"
      extra={
        <>
          <PermissionGate permission="ticket:write">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/tickets/new')}>
              受理登记
            </Button>
          </PermissionGate>
          <PermissionGate permission="ticket:configure">
            <Button icon={<SettingOutlined />} onClick={() => void navigate('/tickets/deadlines')}>
              办理时限
            </Button>
          </PermissionGate>
        </>
      }
    >
      <FilterBar
        list={list}
        label="筛选受理单"
        moreNames={['overdue', 'itemNo']}
        more={
          <>
            <SelectFilter list={list} id="ticket-overdue" label="是否逾期" name="overdue" placeholder="全部" options={OVERDUE_OPTIONS} />
            <SelectFilter
              list={list}
              id="ticket-item"
              label="服务事项"
              name="itemNo"
              searchable
              wideDropdown
              placeholder="全部事项"
              options={SERVICE_ITEM_GROUP_OPTIONS}
            />
          </>
        }
      >
        <FilterColumn width="wide">
          <Form.Item label="范围">
            <Segmented<string>
              aria-label="范围"
              value={view}
              options={optionsOf(TICKET_VIEWS, TICKET_VIEW_LABELS)}
              onChange={(next) => list.update({ view: next === 'mine' ? undefined : next })}
            />
          </Form.Item>
        </FilterColumn>
        <SelectFilter
          list={list}
          id="ticket-state"
          label="状态"
          name="state"
          placeholder="全部状态"
          options={optionsOf(TICKET_STATES, TICKET_STATE_LABELS)}
        />
      </FilterBar>
      <ServerTable<Ticket>
        {...list.table}
        columns={columns}
        totalText={(total) => `共 ${total} 张受理单`}
        emptyText="没有符合条件的受理单"
      />
    </PageContainer>
  );
}
