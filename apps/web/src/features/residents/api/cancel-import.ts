import type { ImportJob } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { importQueryOptions } from './get-import.ts';

export function cancelImport(id: string): Promise<ImportJob> {
  return api.post<ImportJob>(`/residents/imports/${encodeURIComponent(id)}/cancel`, {});
}

export function useCancelImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelImport,
    onSuccess: (job) => queryClient.setQueryData(importQueryOptions(job.id).queryKey, job),
  });
}
