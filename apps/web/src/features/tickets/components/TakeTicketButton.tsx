import { isAwaitingTake, type Ticket } from '@jobcircle/domain';
import { App, Button } from 'antd';
import { errorMessage } from '../../../lib/api.ts';
import { useCan, useMe } from '../../../lib/auth.ts';
import { useTakeTicket } from '../api/take-ticket.ts';

/** Who may take a waiting ticket (the API's rule): its site's staff; town and district admins may step in. */
export function mayTake(ticket: Pick<Ticket, 'state' | 'ownerStaffId' | 'siteId'>, me: { siteId: string | null; role: string }): boolean {
  if (!isAwaitingTake(ticket)) return false;
  return ticket.siteId === me.siteId || me.role === 'town_admin' || me.role === 'district_admin';
}

/** 接手: shown on a ticket that waits at the signed-in staff member's site. */
export function TakeTicketButton({
  ticket,
  size,
  type = 'primary',
}: {
  ticket: Pick<Ticket, 'id' | 'receiptCode' | 'state' | 'ownerStaffId' | 'siteId'>;
  size?: 'small' | 'middle' | 'large';
  type?: 'primary' | 'default';
}) {
  const me = useMe();
  const mayWrite = useCan('ticket:write');
  const take = useTakeTicket(ticket.id);
  const { message } = App.useApp();
  if (!mayWrite || !mayTake(ticket, me)) return null;
  return (
    <Button
      type={type}
      size={size}
      loading={take.isPending}
      aria-label={`接手受理单 ${ticket.receiptCode}`}
      onClick={() =>
        take.mutate(undefined, {
          onSuccess: () => void message.success('已接手，该受理单由您负责办理'),
          onError: (error) => void message.error(errorMessage(error)),
        })
      }
    >
      接手
    </Button>
  );
}
