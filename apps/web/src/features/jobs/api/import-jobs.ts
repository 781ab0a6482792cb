import type { JobImportBody, JobImportFile, JobImportPreview, JobImportResult } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { jobKeys } from './job-keys.ts';

/** What importing the file would do; the API writes nothing. */
export function previewJobImport(file: JobImportFile): Promise<JobImportPreview> {
  return api.post<JobImportPreview>('/jobs/import/preview', file);
}

/** Imports the valid rows of the file (checked again by the API), in one transaction. */
export function importJobs(body: JobImportBody): Promise<JobImportResult> {
  return api.post<JobImportResult>('/jobs/import', body);
}

export function usePreviewJobImport() {
  return useMutation({ mutationFn: previewJobImport });
}

export function useImportJobs() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importJobs,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: jobKeys.jobs });
    },
  });
}
