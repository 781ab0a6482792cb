import type { AssistanceFile } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

/** Null while the resident has no assistance file yet. */
export function fetchAssistanceFile(residentId: string, signal?: AbortSignal): Promise<AssistanceFile | null> {
  return api.get<AssistanceFile | null>(`/residents/${encodeURIComponent(residentId)}/assistance-file`, undefined, { signal });
}

export const assistanceFileQueryOptions = (residentId: string) =>
  queryOptions({
    queryKey: [...resourceKeys.residents, 'assistance-file', residentId],
    queryFn: ({ signal }) => fetchAssistanceFile(residentId, signal),
  });

export function useAssistanceFile(residentId: string) {
  return useQuery(assistanceFileQueryOptions(residentId));
}
