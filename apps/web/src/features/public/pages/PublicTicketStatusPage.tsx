import { ReceiptCodeSchema, TICKET_STATE_LABELS } from '@jobcircle/domain';
import { Button, Descriptions, Form, Input, Result, Spin, Tag } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { dayjs } from '../../../lib/dayjs.ts';
import { zodRule } from '../../../lib/form.ts';
import { usePublicTicketStatus } from '../api/public-ticket-status.ts';
import { PublicFrame } from '../components/PublicFrame.tsx';

/** 办理进度查询: a ticket's progress by its receipt code, with no personal data; no sign-in. */
export default function PublicTicketStatusPage() {
  const { code } = useParams();
  const navigate = useNavigate();
  const parsed = code ? ReceiptCodeSchema.safeParse(code) : null;
  const normal = parsed?.success ? parsed.data : undefined;
  const status = usePublicTicketStatus(normal);
  const [form] = Form.useForm<{ code: string }>();

  return (
    <PublicFrame title="办理进度查询">
      <h1 className="public-title">办理进度查询</h1>
      <Form<{ code: string }>
        form={form}
        layout="vertical"
        initialValues={{ code: code ?? '' }}
        onFinish={(values) => {
          const next = ReceiptCodeSchema.safeParse(values.code);
          if (next.success) void navigate(`/t/${next.data}`, { replace: true });
        }}
        className="public-form"
      >
        <Form.Item
          name="code"
          label="回执编号"
          rules={[zodRule(ReceiptCodeSchema, '请输入回执编号')]}
          extra="受理时工作人员提供的 8 位编号"
        >
          <Input size="large" maxLength={12} autoComplete="off" autoCapitalize="characters" />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block>
          查询
        </Button>
      </Form>
      {!normal ? null : status.isPending ? (
        <div role="status" className="public-loading">
          <Spin /> 正在查询…
        </div>
      ) : status.isError ? (
        <Result
          status={isApiError(status.error, 'NOT_FOUND') ? '404' : 'warning'}
          title={<h2 className="result-title">{isApiError(status.error, 'NOT_FOUND') ? '没有找到该回执编号' : '查询失败'}</h2>}
          subTitle={isApiError(status.error, 'NOT_FOUND') ? '请核对编号后重试，或拨打 12333 咨询。' : errorMessage(status.error)}
        />
      ) : (
        <section className="public-section" aria-labelledby="progress">
          <h2 id="progress">
            办理进度 <Tag color={status.data.state === 'resolved' ? 'success' : 'processing'}>{TICKET_STATE_LABELS[status.data.state]}</Tag>
          </h2>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="回执编号">{status.data.receiptCode}</Descriptions.Item>
            <Descriptions.Item label="服务事项">{status.data.itemName}</Descriptions.Item>
            <Descriptions.Item label="办理站点">{status.data.siteName}</Descriptions.Item>
            <Descriptions.Item label="受理时间">{dayjs(status.data.receivedAt).format('YYYY年M月D日 HH:mm')}</Descriptions.Item>
            <Descriptions.Item label="承诺办结">{dayjs(status.data.dueDate).format('YYYY年M月D日')}前</Descriptions.Item>
            {status.data.resolvedAt ? (
              <Descriptions.Item label="办结时间">{dayjs(status.data.resolvedAt).format('YYYY年M月D日 HH:mm')}</Descriptions.Item>
            ) : null}
          </Descriptions>
        </section>
      )}
    </PublicFrame>
  );
}
