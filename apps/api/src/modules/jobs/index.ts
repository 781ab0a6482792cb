import type { App } from '../../platform/route-types.ts';
import { jobsRoutes } from './jobs.routes.ts';
import { JOB_EXPIRE_TASK, type JobsService } from './jobs.service.ts';

export type { IndexedJob, JobIndex } from './jobs.index.ts';
export { createJobsService, JOB_EXPIRE_TASK, type JobsService, type JobsServiceDeps } from './jobs.service.ts';

/** Jobs (岗位, plan §三.二, items 4–6): collection with the wording check, the state machine with expiry, the public board. */
export function registerJobs(app: App, jobs: JobsService, options: { publicRateLimitPerMinute: number }): void {
  void app.register(jobsRoutes(jobs, options), { prefix: '/api' });
}

/** The expiry of an open job the day after its validity, registered with the task runner at composition. */
export function registerJobTasks(
  tasks: { handle(kind: string, handler: (payload: Record<string, unknown>, run: { now: Date; attempt: number }) => Promise<void>): void },
  jobs: JobsService,
): void {
  tasks.handle(JOB_EXPIRE_TASK, (payload, run) => jobs.expire(String(payload.jobId), run.now));
}
