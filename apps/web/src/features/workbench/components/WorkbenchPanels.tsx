import { CalendarOutlined, FormOutlined, PlusOutlined } from '@ant-design/icons';
import {
  APPOINTMENT_STATE_LABELS,
  type AppointmentState,
  SERVICE_CHANNEL_LABELS,
  SERVICE_ITEM_SHORT_LABELS,
  SERVICE_ITEMS_BY_MODULE,
  SERVICE_MODULE_LABELS,
  SERVICE_MODULES,
  SERVICE_OUTCOME_LABELS,
  type Workbench,
} from '@jobcircle/domain';
import { App, Button, Card, Col, Empty, Flex, List, Row, Statistic, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useCan } from '../../../lib/auth.ts';
import { dayjs } from '../../../lib/dayjs.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { serviceItemLabel } from '../../../lib/service-item-options.ts';
import { useWorkbench } from '../api/get-workbench.ts';
import { useTakeTicket } from '../api/take-ticket.ts';

function stateLabel(state: string): string {
  return APPOINTMENT_STATE_LABELS[state as AppointmentState] ?? state;
}

function Appointments({ data }: { data: Workbench }) {
  return (
    <Card title={`今日预约（${data.appointmentCount}）`} extra={<Link to="/appointments">全部预约</Link>} className="section-card">
      <List
        size="small"
        dataSource={data.appointments}
        locale={{ emptyText: '今天没有预约' }}
        renderItem={(a) => (
          <List.Item>
            <Flex gap="small" wrap>
              <Typography.Text strong>{dayjs(a.startsAt).format('HH:mm')}</Typography.Text>
              <span>{a.residentName ?? '—'}</span>
              {a.staffName ? <Typography.Text type="secondary">{a.staffName}</Typography.Text> : null}
              <Tag>{stateLabel(a.status)}</Tag>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}

function Tickets({ data }: { data: Workbench }) {
  const mayTake = useCan('ticket:write');
  const take = useTakeTicket();
  const { message } = App.useApp();
  return (
    <Card
      title={`我的受理单（办理中 ${data.openTicketCount}，逾期 ${data.overdueTicketCount}）`}
      extra={<Link to="/tickets">全部受理单</Link>}
      className="section-card"
    >
      <List
        size="small"
        dataSource={data.tickets}
        locale={{ emptyText: '没有待办的受理单' }}
        renderItem={(t) => (
          <List.Item>
            <Flex gap="small" wrap align="center">
              <Link to={`/tickets/${t.id}`} className="receipt-code">
                {t.receiptCode}
              </Link>
              {t.awaitingTake ? <Tag color="warning">待接手</Tag> : null}
              {t.overdue ? <Tag color="error">已逾期</Tag> : null}
              <span>{serviceItemLabel(t.itemNo)}</span>
              <Typography.Text type="secondary">时限 {t.dueDate ?? '—'}</Typography.Text>
              {t.awaitingTake && mayTake ? (
                <Button
                  type="primary"
                  size="small"
                  aria-label={`接手受理单 ${t.receiptCode}`}
                  loading={take.isPending && take.variables === t.id}
                  onClick={() =>
                    take.mutate(t.id, {
                      onSuccess: () => void message.success('已接手，该受理单由您负责办理'),
                      onError: (error) => void message.error(errorMessage(error)),
                    })
                  }
                >
                  接手
                </Button>
              ) : null}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}

function FollowUps({ data }: { data: Workbench }) {
  return (
    <Card title={`待回访（${data.followUps.length}）`} className="section-card">
      <List
        size="small"
        dataSource={data.followUps}
        locale={{ emptyText: '一周内没有到期的回访' }}
        renderItem={(f) => (
          <List.Item>
            <Flex gap="small" wrap>
              <Link to={`/residents/${f.residentId}`}>{f.residentName}</Link>
              {f.villageName ? <Typography.Text type="secondary">{f.villageName}</Typography.Text> : null}
              <span>{f.nextFollowUpDate}</span>
              {f.overdue ? <Tag color="error">已到期</Tag> : null}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}

function RecentServices({ data }: { data: Workbench }) {
  return (
    <Card title="我最近的服务" extra={<Link to="/ledger">服务台账</Link>} className="section-card">
      <List
        size="small"
        dataSource={data.recentServices}
        locale={{ emptyText: '还没有服务记录' }}
        renderItem={(s) => (
          <List.Item>
            <Flex gap="small" wrap>
              <Link to={`/ledger/records/${s.id}`}>{formatDateTime(s.at)}</Link>
              <span>{s.residentName ?? s.employerName ?? '匿名来访'}</span>
              <span>{serviceItemLabel(s.itemNo)}</span>
              <Typography.Text type="secondary">
                {SERVICE_CHANNEL_LABELS[s.channel]} · {SERVICE_OUTCOME_LABELS[s.outcome]}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}

function MonthCounts({ data }: { data: Workbench }) {
  const where = data.scope === 'region' ? data.regionName : (data.siteName ?? data.regionName);
  return (
    <Card title={`本月服务统计（${where}，共 ${data.monthTotal} 次）`} className="section-card">
      <Row gutter={[12, 12]}>
        {SERVICE_MODULES.map((module) => (
          <Col key={module} xs={24} sm={12} lg={8}>
            <Typography.Title level={3} className="module-title">
              {SERVICE_MODULE_LABELS[module]}
            </Typography.Title>
            <ul className="month-counts">
              {SERVICE_ITEMS_BY_MODULE[module].map((no) => (
                <li key={no}>
                  <span>
                    {no} {SERVICE_ITEM_SHORT_LABELS[no]}
                  </span>
                  <strong>{data.monthCounts[no - 1] ?? 0}</strong>
                </li>
              ))}
            </ul>
          </Col>
        ))}
      </Row>
    </Card>
  );
}

/** 工作台: today's appointments, my tickets (overdue first), follow-ups due, my recent services, the month by item. */
export function WorkbenchPanels() {
  const navigate = useNavigate();
  const workbench = useWorkbench();
  const mayRecord = useCan('ledger:write');
  const mayTicket = useCan('ticket:write');
  const mayBook = useCan('appointment:write');
  if (workbench.isError) return <LoadError error={workbench.error} onRetry={() => void workbench.refetch()} />;
  const data = workbench.data;
  return (
    <section aria-label="今日工作" className="workbench">
      <Flex gap="small" wrap className="section-card">
        {mayRecord ? (
          <Button type="primary" size="large" icon={<FormOutlined />} onClick={() => void navigate('/ledger/new')}>
            窗口快速登记
          </Button>
        ) : null}
        {mayTicket ? (
          <Button size="large" icon={<PlusOutlined />} onClick={() => void navigate('/tickets/new')}>
            受理登记
          </Button>
        ) : null}
        {mayBook ? (
          <Button size="large" icon={<CalendarOutlined />} onClick={() => void navigate('/appointments')}>
            预约
          </Button>
        ) : null}
      </Flex>
      {!data ? (
        <Card loading className="section-card" />
      ) : (
        <>
          <Row gutter={[16, 16]} className="section-card">
            <Col xs={12} md={6}>
              <Card>
                <Statistic title="今日预约" value={data.appointmentCount} suffix="人" />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title="办理中受理单" value={data.openTicketCount} suffix="张" />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title="已逾期"
                  value={data.overdueTicketCount}
                  suffix="张"
                  styles={{ content: data.overdueTicketCount > 0 ? { color: '#c62828' } : undefined }}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title="本月服务" value={data.monthTotal} suffix="次" />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 0]}>
            <Col xs={24} lg={12}>
              <Tickets data={data} />
            </Col>
            <Col xs={24} lg={12}>
              <Appointments data={data} />
            </Col>
            <Col xs={24} lg={12}>
              <FollowUps data={data} />
            </Col>
            <Col xs={24} lg={12}>
              <RecentServices data={data} />
            </Col>
          </Row>
          <MonthCounts data={data} />
          {data.followUps.length === 0 && data.tickets.length === 0 && data.appointments.length === 0 ? (
            <Empty description="今天暂无待办事项" />
          ) : null}
        </>
      )}
    </section>
  );
}
