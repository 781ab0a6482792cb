import type { TicketHandover, TicketWithChain } from '@jobcircle/domain';
import { Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../lib/format.ts';

/** A link where a staff member took up a ticket waiting at their own site (接手). */
function isTake(h: TicketHandover): boolean {
  return h.fromStaffId === null && h.toStaffId === h.byStaffId && h.fromSiteId === h.toSiteId;
}

/** The hand-over chain: who received it, each hand-over with its reason, the resolution. */
export function HandoverTimeline({ ticket }: { ticket: TicketWithChain }) {
  const firstSite = ticket.handovers[0]?.fromSiteName ?? ticket.siteName;
  const items = [
    {
      key: 'received',
      color: 'blue',
      content: (
        <>
          <Typography.Text strong>受理</Typography.Text>　{formatDateTime(ticket.receivedAt)}
          <br />
          {ticket.receivedByStaffName ? `${ticket.receivedByStaffName}（${firstSite}）首问受理` : `群众在 ${firstSite} 公开页面在线提交`}
        </>
      ),
    },
    ...ticket.handovers.map((h) => ({
      key: `handover-${h.seq}`,
      color: isTake(h) ? 'blue' : 'orange',
      content: isTake(h) ? (
        <>
          <Typography.Text strong>接手</Typography.Text>　{formatDateTime(h.at)}
          <br />
          {h.toStaffName}（{h.toSiteName}）接手办理
        </>
      ) : (
        <>
          <Typography.Text strong>转交</Typography.Text>　{formatDateTime(h.at)}
          <br />
          {h.fromStaffName ?? h.fromSiteName} → {h.toStaffName ? `${h.toStaffName}（${h.toSiteName}）` : `${h.toSiteName}（待接手）`}
          <br />
          <Typography.Text type="secondary">
            原因：{h.reason}（由 {h.byStaffName} 转交）
          </Typography.Text>
        </>
      ),
    })),
    ...(ticket.state === 'resolved' && ticket.resolvedAt
      ? [
          {
            key: 'resolved',
            color: 'green',
            content: (
              <>
                <Typography.Text strong>办结</Typography.Text>　{formatDateTime(ticket.resolvedAt)}
                <br />
                {ticket.resolvedByStaffName}：{ticket.resolution}
              </>
            ),
          },
        ]
      : []),
  ];
  return <Timeline items={items} className="handover-timeline" />;
}
