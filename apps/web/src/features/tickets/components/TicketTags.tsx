import { isAwaitingTake, TICKET_ESCALATION_LABELS, TICKET_STATE_LABELS, type Ticket } from '@jobcircle/domain';
import { Tag } from 'antd';

/** 办理中 / 已办结 (待接手 while it waits at its site with no owner), with 已逾期 and the escalation when it applies. */
export function TicketStateTags({ ticket }: { ticket: Pick<Ticket, 'state' | 'isOverdue' | 'escalationLevel' | 'ownerStaffId'> }) {
  return (
    <>
      {isAwaitingTake(ticket) ? (
        <Tag color="warning">待接手</Tag>
      ) : (
        <Tag color={ticket.state === 'open' ? 'processing' : 'success'}>{TICKET_STATE_LABELS[ticket.state]}</Tag>
      )}
      {ticket.isOverdue ? <Tag color="error">已逾期</Tag> : null}
      {ticket.escalationLevel > 0 ? <Tag color="warning">{TICKET_ESCALATION_LABELS[ticket.escalationLevel]}</Tag> : null}
    </>
  );
}

/** A receipt code in groups of four (ABCD EFGH), as it is read over the phone. */
export function formatReceiptCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}
