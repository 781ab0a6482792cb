import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { AuditLog } from '@jobcircle/domain';
import { Alert, Button, Col, DatePicker, Form, Input, Row, type TableColumnsType, Tag } from 'antd';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { dayjs } from '../../../lib/dayjs.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useServerList } from '../../../lib/server-list.ts';
import { useAuditVerification } from '../api/audit-verification.ts';
import { useAuditLogs } from '../api/list-audit-logs.ts';
import { actionLabel, entityLabel } from '../components/audit-labels.ts';

function ChainStatus() {
  const verification = useAuditVerification();
  if (verification.isPending) return <Alert type="info" showIcon title="正在校验审计日志链…" className="form-banner" />;
  if (verification.isError) return <Alert type="warning" showIcon title="暂时无法校验审计日志链" className="form-banner" />;
  const v = verification.data;
  return (
    <Alert
      type={v.ok ? 'success' : 'error'}
      showIcon
      icon={<SafetyCertificateOutlined />}
      className="form-banner"
      role={v.ok ? 'status' : 'alert'}
      title={
        v.ok ? `审计日志链完整：已校验 ${v.checked} 条记录，未发现篡改。` : `审计日志链校验失败：第 ${v.brokenAtSeq ?? '?'} 条记录不一致。`
      }
      description={v.ok ? undefined : (v.reason ?? '请立即报告系统管理员。')}
      action={
        <Button onClick={() => void verification.refetch()} loading={verification.isFetching}>
          重新校验
        </Button>
      }
    />
  );
}

const columns: TableColumnsType<AuditLog> = [
  { title: '序号', dataIndex: 'seq', key: 'seq', width: 80 },
  { title: '时间', dataIndex: 'at', key: 'at', render: (at: string) => formatDateTime(at) },
  { title: '操作人', dataIndex: 'actorUsername', key: 'actor', render: (name: string | null) => name ?? '系统' },
  {
    title: '操作',
    dataIndex: 'action',
    key: 'action',
    render: (action: string) => (
      <span>
        {actionLabel(action)} <code className="entity-id">{action}</code>
      </span>
    ),
  },
  {
    title: '对象',
    key: 'entity',
    render: (_value, row) => (
      <span>
        {entityLabel(row.entityType)}
        {row.entityId ? <code className="entity-id"> {row.entityId}</code> : null}
      </span>
    ),
  },
  {
    title: '结果',
    dataIndex: 'outcome',
    key: 'outcome',
    render: (outcome: AuditLog['outcome']) => (outcome === 'success' ? <Tag color="success">成功</Tag> : <Tag color="error">失败</Tag>),
  },
  { title: 'IP', dataIndex: 'ip', key: 'ip', responsive: ['lg'], render: (ip: string | null) => ip ?? '—' },
];

/** 审计日志: who did what to which record, when, from where — and whether the hash chain is intact. */
export default function AuditLogPage() {
  const list = useServerList(
    (params) => ({
      actor: params.actor,
      action: params.action,
      entityType: params.entityType,
      entityId: params.entityId,
      from: params.from,
      to: params.to,
    }),
    useAuditLogs,
  );
  const { params, update } = list;

  return (
    <PageContainer title="审计日志">
      <ChainStatus />
      <Form
        layout="vertical"
        className="filters"
        role="search"
        aria-label="筛选审计日志"
        initialValues={{
          actor: params.actor,
          action: params.action,
          entityType: params.entityType,
          entityId: params.entityId,
          range: params.from || params.to ? [params.from ? dayjs(params.from) : null, params.to ? dayjs(params.to) : null] : undefined,
        }}
        onFinish={(values: {
          actor?: string;
          action?: string;
          entityType?: string;
          entityId?: string;
          range?: [dayjs.Dayjs | null, dayjs.Dayjs | null] | null;
        }) =>
          update({
            actor: values.actor?.trim(),
            action: values.action?.trim(),
            entityType: values.entityType?.trim(),
            entityId: values.entityId?.trim(),
            from: values.range?.[0]?.format('YYYY-MM-DD'),
            to: values.range?.[1]?.format('YYYY-MM-DD'),
          })
        }
      >
        <Row gutter={12}>
          <Col xs={12} md={8} xl={4}>
            <Form.Item name="actor" label="操作人（用户名）">
              <Input allowClear maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8} xl={4}>
            <Form.Item name="action" label="操作">
              <Input allowClear maxLength={64} placeholder="如 site.create" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8} xl={4}>
            <Form.Item name="entityType" label="对象类型">
              <Input allowClear maxLength={64} placeholder="如 site" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8} xl={4}>
            <Form.Item name="entityId" label="对象编号">
              <Input allowClear maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16} xl={8}>
            <Form.Item name="range" label="日期范围">
              <DatePicker.RangePicker style={{ width: '100%' }} allowEmpty={[true, true]} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit">
          查询
        </Button>
      </Form>
      <ServerTable<AuditLog>
        {...list.table}
        size="small"
        columns={columns}
        expandable={{
          expandedRowRender: (row) => (
            <pre className="audit-details">
              {JSON.stringify({ requestId: row.requestId, townCode: row.townCode, villageCode: row.villageCode, ...row.details }, null, 2)}
            </pre>
          ),
          expandRowByClick: false,
        }}
        pageSizeOptions={[20, 50, 100]}
        totalText={(total) => `共 ${total} 条`}
        emptyText="没有符合条件的记录"
      />
    </PageContainer>
  );
}
