import { QrcodeOutlined } from '@ant-design/icons';
import {
  FEEDBACK_LINK_DAYS,
  type FeedbackLink,
  SERVICE_CHANNEL_LABELS,
  SERVICE_OUTCOME_LABELS,
  SERVICE_STYLE_LABELS,
} from '@jobcircle/domain';
import { Alert, App, Button, Card, Descriptions, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { PublicUrlMissing } from '../../../components/PublicUrlMissing.tsx';
import { QrCode } from '../../../components/QrCode.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useCan } from '../../../lib/auth.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { usePublicUrl } from '../../../lib/public-url.ts';
import { serviceItemLabel } from '../../../lib/service-item-options.ts';
import { useServiceRecord } from '../api/get-service-record.ts';
import { useIssueFeedbackLink } from '../api/issue-feedback-link.ts';

const SOURCE_LABELS: Record<string, string> = { desk: '窗口登记', tickets: '首问受理单办结', appointments: '预约签到' };

/** The rating QR code of a service: shown to the resident at the desk, or the link sent to them. */
function RatingLink({ serviceRecordId }: { serviceRecordId: string }) {
  const { message } = App.useApp();
  const issue = useIssueFeedbackLink();
  const [link, setLink] = useState<FeedbackLink | null>(null);
  const { url, missing } = usePublicUrl(link?.path ?? null);
  return (
    <Card title="服务评价" className="section-card">
      {link && missing ? (
        <PublicUrlMissing />
      ) : link && url ? (
        <Flex gap="large" wrap align="center">
          <QrCode value={url} label="服务评价链接" size={180} />
          <Space direction="vertical">
            <Typography.Text>请群众扫码评价（无需登录，每次服务限评一次），或将链接发给群众：</Typography.Text>
            <Typography.Text copyable={{ text: url }} className="rating-url">
              <a href={url} target="_blank" rel="noreferrer">
                {url}
              </a>
            </Typography.Text>
            <Typography.Text type="secondary">有效期至 {formatDateTime(link.expiresAt)}</Typography.Text>
          </Space>
        </Flex>
      ) : (
        <Flex gap="small" vertical align="start">
          <Typography.Text>
            生成评价二维码后，群众可为本次服务打分（1–5 星）并留言；链接 {FEEDBACK_LINK_DAYS} 天内有效，重新生成后旧链接失效。
          </Typography.Text>
          <Button
            type="primary"
            icon={<QrcodeOutlined />}
            loading={issue.isPending}
            onClick={() =>
              issue.mutate(serviceRecordId, {
                onSuccess: setLink,
                onError: (error) => void message.error(errorMessage(error)),
              })
            }
          >
            生成评价二维码
          </Button>
          {issue.isError ? <Alert type="error" showIcon role="alert" title={errorMessage(issue.error)} /> : null}
        </Flex>
      )}
    </Card>
  );
}

/** One service record: what was done, for whom, where and by whom; its rating QR code. */
export default function ServiceRecordPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const record = useServiceRecord(id);
  const mayRate = useCan('feedback:write');
  const mayTicket = useCan('ticket:write');
  if (record.isPending) return <PageLoading />;
  if (record.isError) return <LoadError error={record.error} onRetry={() => void record.refetch()} />;
  const r = record.data;
  const ticketLink = `/tickets/new?${new URLSearchParams({
    itemNo: String(r.itemNo),
    ...(r.residentId ? { residentId: r.residentId, residentName: r.residentName ?? '' } : {}),
    ...(r.note ? { summary: r.note } : {}),
  }).toString()}`;
  return (
    <PageContainer title="服务记录" extra={mayTicket ? <Button onClick={() => void navigate(ticketLink)}>开具首问受理单</Button> : null}>
      <Card className="section-card">
        <Descriptions column={{ xs: 1, sm: 2 }} bordered size="small">
          <Descriptions.Item label="服务事项">{serviceItemLabel(r.itemNo)}</Descriptions.Item>
          <Descriptions.Item label="办理结果">{SERVICE_OUTCOME_LABELS[r.outcome]}</Descriptions.Item>
          <Descriptions.Item label="服务对象">
            {r.residentId ? <Link to={`/residents/${r.residentId}`}>{r.residentName}</Link> : (r.employerName ?? '匿名来访')}
          </Descriptions.Item>
          <Descriptions.Item label="时间">{formatDateTime(r.at)}</Descriptions.Item>
          <Descriptions.Item label="服务渠道">{SERVICE_CHANNEL_LABELS[r.channel]}</Descriptions.Item>
          <Descriptions.Item label="服务方式">{SERVICE_STYLE_LABELS[r.style]}</Descriptions.Item>
          <Descriptions.Item label="站点">{r.siteName}</Descriptions.Item>
          <Descriptions.Item label="工作人员">{r.staffName}</Descriptions.Item>
          <Descriptions.Item label="用时">{r.durationMinutes == null ? '—' : `${r.durationMinutes} 分钟`}</Descriptions.Item>
          <Descriptions.Item label="来源">{SOURCE_LABELS[r.sourceModule] ?? r.sourceModule}</Descriptions.Item>
          <Descriptions.Item label="备注" span={2}>
            {r.note ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {mayRate ? <RatingLink serviceRecordId={r.id} /> : null}
    </PageContainer>
  );
}
