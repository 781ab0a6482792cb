import { COMPLAINT_CATEGORY_LABELS, COMPLAINT_SUBJECT_LABELS, type ComplaintEvent, nextComplaintState } from '@jobcircle/domain';
import { Button, Card, Descriptions, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { useCan } from '../../../lib/auth.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useComplaint } from '../api/get-complaint.ts';
import { type ComplaintAction, ComplaintActionModal } from '../components/ComplaintActionModal.tsx';
import { ComplaintStateTags } from '../components/ComplaintStateTags.tsx';

const EVENT_LABELS: Record<ComplaintEvent['action'], string> = {
  create: '登记',
  reply: '答复',
  accept: '群众认可，办结',
  reopen: '群众不认可，重新办理',
};

/** One complaint: what, against whom, the handler and deadline, the reply and the resident's answer. */
export default function ComplaintDetailPage() {
  const { id = '' } = useParams();
  const complaint = useComplaint(id);
  const mayHandle = useCan('complaint:write');
  const [action, setAction] = useState<ComplaintAction | null>(null);
  if (complaint.isPending) return <PageLoading />;
  if (complaint.isError) return <LoadError error={complaint.error} onRetry={() => void complaint.refetch()} />;
  const c = complaint.data;
  const allowed = (a: ComplaintAction) => mayHandle && nextComplaintState(c.state, a) !== null;
  return (
    <PageContainer
      title="投诉详情"
      extra={
        <>
          {allowed('reply') ? (
            <Button type="primary" onClick={() => setAction('reply')}>
              答复
            </Button>
          ) : null}
          {allowed('accept') ? (
            <Button type="primary" onClick={() => setAction('accept')}>
              群众认可
            </Button>
          ) : null}
          {allowed('reopen') ? <Button onClick={() => setAction('reopen')}>群众不认可</Button> : null}
        </>
      }
    >
      <Card className="section-card">
        <Typography.Paragraph>
          <ComplaintStateTags complaint={c} /> 办理时限：{c.deadline}
          {c.reopenCount > 0 ? `（已重新办理 ${c.reopenCount} 次）` : ''}
        </Typography.Paragraph>
        <Descriptions column={{ xs: 1, sm: 2 }} bordered size="small">
          <Descriptions.Item label="类别">{COMPLAINT_CATEGORY_LABELS[c.category]}</Descriptions.Item>
          <Descriptions.Item label="投诉对象">
            {COMPLAINT_SUBJECT_LABELS[c.subject]}
            {c.staffName ? `：${c.staffName}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label="站点">{c.siteName}</Descriptions.Item>
          <Descriptions.Item label="承办人">{c.handlerStaffName}</Descriptions.Item>
          {c.serviceRecordId ? (
            <Descriptions.Item label="服务记录" span={2}>
              <Link to={`/ledger/records/${c.serviceRecordId}`}>查看被投诉的服务</Link>
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label="投诉内容" span={2}>
            {c.content}
          </Descriptions.Item>
          <Descriptions.Item label="答复" span={2}>
            {c.reply ?? '尚未答复'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="办理过程" className="section-card">
        <Timeline
          items={c.events.map((event, i) => ({
            key: `${event.at}-${i}`,
            color: event.action === 'accept' ? 'green' : event.action === 'reopen' ? 'red' : 'blue',
            content: (
              <>
                <Typography.Text strong>{EVENT_LABELS[event.action]}</Typography.Text>　{formatDateTime(event.at)}　{event.staffName}
                {event.text ? (
                  <>
                    <br />
                    {event.text}
                  </>
                ) : null}
              </>
            ),
          }))}
        />
      </Card>
      {action ? <ComplaintActionModal complaint={c} action={action} onClose={() => setAction(null)} /> : null}
    </PageContainer>
  );
}
