import type { PublicTicketStatus } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchPublicTicketStatus(code: string, signal?: AbortSignal): Promise<PublicTicketStatus> {
  return api.get<PublicTicketStatus>(`/public/tickets/${encodeURIComponent(code)}`, undefined, { signal, quietAuth: true });
}

/** A ticket's progress by its receipt code: no names, no phone, no request text. */
export const publicTicketStatusQueryOptions = (code: string) =>
  queryOptions({
    queryKey: [...resourceKeys.public, 'ticket', code],
    queryFn: ({ signal }) => fetchPublicTicketStatus(code, signal),
    retry: false,
  });

export function usePublicTicketStatus(code: string | undefined) {
  return useQuery({ ...publicTicketStatusQueryOptions(code ?? ''), enabled: Boolean(code) });
}
