import type { ImportJob, RemapImportBodySchema } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { importQueryOptions } from './get-import.ts';

export type RemapImportBody = ReturnType<typeof RemapImportBodySchema.parse>;

/** A new column mapping: the API previews the file again (still writing nothing). */
export function remapImport(id: string, body: RemapImportBody): Promise<ImportJob> {
  return api.put<ImportJob>(`/residents/imports/${encodeURIComponent(id)}/mapping`, body);
}

export function useRemapImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RemapImportBody) => remapImport(id, body),
    onSuccess: (job) => queryClient.setQueryData(importQueryOptions(job.id).queryKey, job),
  });
}
