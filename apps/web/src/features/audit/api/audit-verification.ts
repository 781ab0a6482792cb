import type { AuditVerification } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchAuditVerification(): Promise<AuditVerification> {
  return api.get<AuditVerification>('/audit-logs/verification');
}

export const auditVerificationQueryOptions = () =>
  queryOptions({ queryKey: [...resourceKeys.auditLogs, 'verification'], queryFn: fetchAuditVerification, staleTime: 0 });

export function useAuditVerification() {
  return useQuery(auditVerificationQueryOptions());
}
