import { LeftOutlined, RightOutlined, SettingOutlined } from '@ant-design/icons';
import {
  APPOINTMENT_STATE_LABELS,
  APPOINTMENT_STATES,
  type Appointment,
  type AppointmentState,
  REMINDER_STATE_LABELS,
  type ReminderState,
} from '@jobcircle/domain';
import { Button, Col, Flex, Form, Row, type TableColumnsType, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { SelectFilter } from '../../../components/FilterFields.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { useMe } from '../../../lib/auth.ts';
import { dayjs } from '../../../lib/dayjs.ts';
import { type ListParams, oneOf } from '../../../lib/list-params.ts';
import { useServerList } from '../../../lib/server-list.ts';
import { optionsOf, serviceItemLabel } from '../../../lib/service-item-options.ts';
import { useAppointments } from '../api/list-appointments.ts';
import { AppointmentActions } from '../components/AppointmentActions.tsx';
import { SiteSelect } from '../components/SiteSelect.tsx';
import { SlotCalendar } from '../components/SlotCalendar.tsx';

const STATE_COLORS: Record<AppointmentState, string> = {
  booked: 'processing',
  cancelled: 'default',
  checked_in: 'success',
  no_show: 'warning',
};

/** The Monday of the week in the address (`week`), or of this week. */
function weekStart(value: string | undefined): string {
  const day = value && dayjs(value).isValid() ? dayjs(value) : dayjs();
  return day.subtract((day.day() + 6) % 7, 'day').format('YYYY-MM-DD');
}

/** 预约: a site's slots week by week (closed on holidays, open on 调休 working days), booking, and the week's appointments. */
export default function AppointmentsPage() {
  const me = useMe();
  const navigate = useNavigate();
  const toFilter = (params: ListParams) => {
    const from = weekStart(params.week);
    return {
      siteId: params.siteId ?? me.siteId ?? undefined,
      state: oneOf(params.state, APPOINTMENT_STATES),
      from,
      to: dayjs(from).add(6, 'day').format('YYYY-MM-DD'),
    };
  };
  const list = useServerList(toFilter, useAppointments);
  const { siteId, from, to } = list.filter;
  const shiftWeek = (weeks: number) => list.update({ week: dayjs(from).add(weeks, 'week').format('YYYY-MM-DD') });

  const columns: TableColumnsType<Appointment> = [
    {
      title: '时间',
      dataIndex: 'startsAt',
      key: 'startsAt',
      render: (at: string, a) => `${dayjs(at).format('M月D日 ddd HH:mm')}–${dayjs(a.endsAt).format('HH:mm')}`,
    },
    { title: '群众', dataIndex: 'residentName', key: 'residentName' },
    {
      title: '状态',
      dataIndex: 'state',
      key: 'state',
      render: (state: AppointmentState) => <Tag color={STATE_COLORS[state]}>{APPOINTMENT_STATE_LABELS[state]}</Tag>,
    },
    { title: '操作', key: 'actions', render: (_: unknown, a) => <AppointmentActions appointment={a} /> },
    { title: '事项', dataIndex: 'itemNo', key: 'itemNo', render: (no: number) => serviceItemLabel(no), responsive: ['md'] },
    { title: '时段', dataIndex: 'title', key: 'title', responsive: ['lg'] },
    {
      title: '提醒',
      dataIndex: 'reminderState',
      key: 'reminderState',
      render: (state: ReminderState) => REMINDER_STATE_LABELS[state],
      responsive: ['lg'],
    },
  ];

  return (
    <PageContainer
      title="预约"
      description="按站点的开放时段为群众预约；法定节假日不开放，调休上班日照常开放。前一天通过站内消息（及已配置的短信）提醒。"
      extra={
        <PermissionGate permission="appointment:configure">
          <Button icon={<SettingOutlined />} onClick={() => void navigate(`/appointments/rules${siteId ? `?siteId=${siteId}` : ''}`)}>
            预约时段设置
          </Button>
        </PermissionGate>
      }
    >
      <Form layout="vertical" className="filters" role="search" aria-label="选择站点和周">
        <Row gutter={12} align="bottom">
          <Col xs={24} sm={12} lg={8}>
            <SiteSelect id="appointments-site" value={siteId} onChange={(next) => list.update({ siteId: next })} />
          </Col>
          <Col xs={24} sm={12} lg={10}>
            <Form.Item label="周">
              <Flex gap="small" align="center" wrap>
                <Button icon={<LeftOutlined />} onClick={() => shiftWeek(-1)} aria-label="上一周" />
                <Typography.Text>
                  {dayjs(from).format('M月D日')} – {dayjs(to).format('M月D日')}
                </Typography.Text>
                <Button icon={<RightOutlined />} onClick={() => shiftWeek(1)} aria-label="下一周" />
                <Button onClick={() => list.update({ week: undefined })}>本周</Button>
              </Flex>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {siteId ? (
        <>
          <Typography.Title level={2} className="section-title">
            可预约时段
          </Typography.Title>
          <SlotCalendar siteId={siteId} from={from ?? weekStart(undefined)} />
          <Typography.Title level={2} className="section-title">
            本周预约
          </Typography.Title>
          <Form layout="vertical" className="filters" role="search" aria-label="筛选预约">
            <Row gutter={12}>
              <SelectFilter
                list={list}
                id="appointment-state"
                label="状态"
                name="state"
                placeholder="全部状态"
                options={optionsOf(APPOINTMENT_STATES, APPOINTMENT_STATE_LABELS)}
              />
            </Row>
          </Form>
          <ServerTable<Appointment>
            {...list.table}
            columns={columns}
            totalText={(total) => `共 ${total} 个预约`}
            emptyText="本周没有预约"
          />
        </>
      ) : (
        <Typography.Paragraph>请先选择站点。</Typography.Paragraph>
      )}
    </PageContainer>
  );
}
