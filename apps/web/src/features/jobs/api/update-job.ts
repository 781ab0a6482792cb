import type { Job, UpdateJobBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { jobQueryOptions } from './get-job.ts';
import { jobKeys } from './job-keys.ts';

export function updateJob(id: string, body: UpdateJobBody): Promise<Job> {
  return api.patch<Job>(`/jobs/${encodeURIComponent(id)}`, body);
}

export function useUpdateJob(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateJobBody) => updateJob(id, body),
    onSuccess: async (job) => {
      queryClient.setQueryData(jobQueryOptions(job.id).queryKey, job);
      await queryClient.invalidateQueries({ queryKey: jobKeys.jobs });
    },
  });
}
