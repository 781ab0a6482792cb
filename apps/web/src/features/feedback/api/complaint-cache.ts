import type { ComplaintWithEvents } from '@jobcircle/domain';
import type { QueryClient } from '@tanstack/react-query';
import { resourceKeys } from '../../../lib/query-keys.ts';
import { complaintQueryOptions } from './get-complaint.ts';

/** After a change of a complaint: its page shows the answer, the lists read again. */
export async function complaintChanged(queryClient: QueryClient, complaint: ComplaintWithEvents): Promise<void> {
  queryClient.setQueryData(complaintQueryOptions(complaint.id).queryKey, complaint);
  await queryClient.invalidateQueries({ queryKey: [...resourceKeys.complaints, 'list'] });
}
