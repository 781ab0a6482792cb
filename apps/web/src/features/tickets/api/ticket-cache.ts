import type { TicketWithChain } from '@jobcircle/domain';
import type { QueryClient } from '@tanstack/react-query';
import { resourceKeys } from '../../../lib/query-keys.ts';
import { ticketQueryOptions } from './get-ticket.ts';

/** After a change of a ticket: its page shows the answer, its lists, the workbench and the ledger read again. */
export async function ticketChanged(queryClient: QueryClient, ticket: TicketWithChain): Promise<void> {
  queryClient.setQueryData(ticketQueryOptions(ticket.id).queryKey, ticket);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: [...resourceKeys.tickets, 'list'] }),
    queryClient.invalidateQueries({ queryKey: resourceKeys.workbench }),
    queryClient.invalidateQueries({ queryKey: resourceKeys.ledger }),
  ]);
}
