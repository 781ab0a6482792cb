import type { TicketWithChain } from '@jobcircle/domain';
import { Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../lib/format.ts';

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
          {ticket.receivedByStaffName}（{firstSite}）首问受理
        </>
      ),
    },
    ...ticket.handovers.map((h) => ({
      key: `handover-${h.seq}`,
      color: 'orange',
      content: (
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
