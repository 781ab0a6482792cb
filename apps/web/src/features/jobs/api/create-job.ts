import type { CreateJobBody, Job } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { jobQueryOptions } from './get-job.ts';
import { jobKeys } from './job-keys.ts';

export function createJob(body: CreateJobBody): Promise<Job> {
  return api.post<Job>('/jobs', body);
}

export function useCreateJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createJob,
    onSuccess: async (job) => {
      queryClient.setQueryData(jobQueryOptions(job.id).queryKey, job);
      await queryClient.invalidateQueries({ queryKey: jobKeys.jobs });
    },
  });
}
