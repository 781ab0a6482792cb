import { TICKET_CHANNEL_LABELS, type TicketContact, type TicketWithChain } from '@jobcircle/domain';
import { Alert, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { useCan, useMe } from '../../../lib/auth.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { listCrumb } from '../../../lib/list-return.ts';
import { serviceItemLabel } from '../../../lib/service-item-options.ts';
import { useTicket } from '../api/get-ticket.ts';
import { HandOverModal } from '../components/HandOverModal.tsx';
import { HandoverTimeline } from '../components/HandoverTimeline.tsx';
import { ReopenModal } from '../components/ReopenModal.tsx';
import { ResolveModal } from '../components/ResolveModal.tsx';
import { RevealContactModal } from '../components/RevealContactModal.tsx';
import { TakeTicketButton } from '../components/TakeTicketButton.tsx';
import { formatReceiptCode, TicketStateTags } from '../components/TicketTags.tsx';

type Dialog = 'hand-over' | 'resolve' | 'reopen' | 'contact' | null;

/** The API's rule, to offer only what will be accepted: the owner; anyone at the site it waits at; town and district admins. */
function mayAct(ticket: TicketWithChain, me: { id: string; siteId: string | null; role: string }): boolean {
  if (ticket.ownerStaffId === me.id) return true;
  if (ticket.ownerStaffId === null && ticket.siteId === me.siteId) return true;
  return me.role === 'town_admin' || me.role === 'district_admin';
}

/** One ticket: the request, who owns it now, the hand-over chain; hand over, resolve, re-open. */
export default function TicketDetailPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const mayWrite = useCan('ticket:write');
  const ticket = useTicket(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [contact, setContact] = useState<TicketContact | null>(null);
  if (ticket.isPending) return <PageLoading />;
  if (ticket.isError) return <LoadError error={ticket.error} onRetry={() => void ticket.refetch()} />;
  const t = ticket.data;
  const actor = mayWrite && mayAct(t, me);

  return (
    <PageContainer
      title={`受理单 ${formatReceiptCode(t.receiptCode)}`}
      breadcrumb={[listCrumb('首问受理', '/tickets')]}
      extra={
        actor ? (
          t.state === 'open' ? (
            <>
              <TakeTicketButton ticket={t} size="large" />
              <Button type={t.ownerStaffId === null ? 'default' : 'primary'} onClick={() => setDialog('resolve')}>
                办结
              </Button>
              <Button onClick={() => setDialog('hand-over')}>转交</Button>
            </>
          ) : (
            <Button onClick={() => setDialog('reopen')}>重新办理</Button>
          )
        ) : null
      }
    >
      {t.state === 'open' && !actor ? (
        <Alert
          type="info"
          showIcon
          className="section-card"
          title={t.ownerStaffName ? `该受理单由 ${t.ownerStaffName} 负责办理。` : `该受理单在 ${t.siteName} 等待接手。`}
        />
      ) : null}
      <Card className="section-card">
        <Flex gap="small" wrap align="center" className="section-card">
          <TicketStateTags ticket={t} />
          <Typography.Text>
            办理时限：{t.dueDate}
            {t.reopenCount > 0 ? `（已重新办理 ${t.reopenCount} 次）` : ''}
          </Typography.Text>
        </Flex>
        <Descriptions column={{ xs: 1, sm: 2 }} bordered size="small">
          <Descriptions.Item label="服务事项">{serviceItemLabel(t.itemNo)}</Descriptions.Item>
          <Descriptions.Item label="受理渠道">{TICKET_CHANNEL_LABELS[t.channel]}</Descriptions.Item>
          <Descriptions.Item label="群众">
            {t.residentId ? <Link to={`/residents/${t.residentId}`}>{t.residentName}</Link> : (t.contactName ?? '—')}
          </Descriptions.Item>
          {t.contactMobileMasked ? (
            <Descriptions.Item label="联系电话">
              {contact ? (
                <Typography.Text copyable data-testid="ticket-contact-mobile">
                  {contact.mobile}
                </Typography.Text>
              ) : (
                <Flex gap="small" wrap align="center">
                  {t.contactMobileMasked}
                  {actor ? (
                    <Button size="small" onClick={() => setDialog('contact')}>
                      查看完整号码
                    </Button>
                  ) : null}
                </Flex>
              )}
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label="当前负责">
            {t.ownerStaffName ? `${t.ownerStaffName}（${t.siteName}）` : `${t.siteName}（待接手）`}
          </Descriptions.Item>
          <Descriptions.Item label="受理时间">{formatDateTime(t.receivedAt)}</Descriptions.Item>
          <Descriptions.Item label="首问受理人">{t.receivedByStaffName ?? '群众在公开页面在线提交'}</Descriptions.Item>
          <Descriptions.Item label="诉求" span={2}>
            {t.summary}
          </Descriptions.Item>
          {t.serviceRecordId ? (
            <Descriptions.Item label="服务台账" span={2}>
              <Link to={`/ledger/records/${t.serviceRecordId}`}>查看办结时登记的服务记录</Link>
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label="群众查询进度" span={2}>
            凭回执编号在手机上查询：<Link to={`/t/${t.receiptCode}`}>/t/{t.receiptCode}</Link>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="办理过程（转交链）" className="section-card">
        <HandoverTimeline ticket={t} />
      </Card>
      {dialog === 'hand-over' ? <HandOverModal ticket={t} onClose={() => setDialog(null)} /> : null}
      {dialog === 'resolve' ? <ResolveModal ticket={t} onClose={() => setDialog(null)} /> : null}
      {dialog === 'reopen' ? <ReopenModal ticket={t} onClose={() => setDialog(null)} /> : null}
      {dialog === 'contact' ? <RevealContactModal ticketId={t.id} onRevealed={setContact} onClose={() => setDialog(null)} /> : null}
    </PageContainer>
  );
}
