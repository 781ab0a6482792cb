import type { InboxPage, ListInboxQuery } from '@jobcircle/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export type InboxFilter = Partial<ListInboxQuery>;

export function fetchInbox(query: InboxFilter, signal?: AbortSignal): Promise<InboxPage> {
  return api.get<InboxPage>('/inbox', query, { signal });
}

export const inboxQueryOptions = (query: InboxFilter) =>
  queryOptions({
    queryKey: [...resourceKeys.inbox, 'list', query],
    queryFn: ({ signal }) => fetchInbox(query, signal),
    placeholderData: keepPreviousData,
  });

export function useInbox(query: InboxFilter) {
  return useQuery(inboxQueryOptions(query));
}

/** The unread count for the header's badge: one message asked for, read again every two minutes. */
export function useUnreadCount(enabled: boolean) {
  return useQuery({ ...inboxQueryOptions({ unreadOnly: true, pageSize: 1 }), enabled, refetchInterval: 2 * 60_000 });
}
