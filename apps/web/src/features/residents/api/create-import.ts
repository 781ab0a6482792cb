import type { CreateImportBody, ImportJob } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { importQueryOptions } from './get-import.ts';

/** Uploads the spreadsheet: the API reads it and previews the import; nothing is written yet. */
export function createImport(body: CreateImportBody): Promise<ImportJob> {
  return api.post<ImportJob>('/residents/imports', body);
}

export function useCreateImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createImport,
    onSuccess: (job) => queryClient.setQueryData(importQueryOptions(job.id).queryKey, job),
  });
}
