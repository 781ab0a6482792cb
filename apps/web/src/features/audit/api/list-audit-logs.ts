import type { AuditLog, ListAuditLogsQuery, Page } from '@jobcircle/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export type AuditLogsFilter = Partial<ListAuditLogsQuery>;

export function fetchAuditLogs(query: AuditLogsFilter, signal?: AbortSignal): Promise<Page<AuditLog>> {
  return api.get<Page<AuditLog>>('/audit-logs', query, { signal });
}

export const auditLogsQueryOptions = (query: AuditLogsFilter) =>
  queryOptions({
    queryKey: [...resourceKeys.auditLogs, 'list', query],
    queryFn: ({ signal }) => fetchAuditLogs(query, signal),
    placeholderData: keepPreviousData,
  });

export function useAuditLogs(query: AuditLogsFilter) {
  return useQuery(auditLogsQueryOptions(query));
}
