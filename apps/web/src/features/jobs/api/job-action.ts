import type { Job, JobAction } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { jobQueryOptions } from './get-job.ts';
import { jobKeys } from './job-keys.ts';

export function jobAction(input: { id: string; action: JobAction; version: number }): Promise<Job> {
  return api.post<Job>(`/jobs/${encodeURIComponent(input.id)}/${input.action}`, { version: input.version });
}

/** Publish, fill, close or reopen a job. */
export function useJobAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: jobAction,
    onSuccess: async (job) => {
      queryClient.setQueryData(jobQueryOptions(job.id).queryKey, job);
      await queryClient.invalidateQueries({ queryKey: jobKeys.jobs });
    },
  });
}
