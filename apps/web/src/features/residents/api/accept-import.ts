import type { ImportJob } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { importQueryOptions } from './get-import.ts';

/** The user accepts the preview: the API writes the valid rows in the background. */
export function acceptImport(id: string): Promise<ImportJob> {
  return api.post<ImportJob>(`/residents/imports/${encodeURIComponent(id)}/accept`, {});
}

export function useAcceptImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptImport,
    onSuccess: (job) => queryClient.setQueryData(importQueryOptions(job.id).queryKey, job),
  });
}
