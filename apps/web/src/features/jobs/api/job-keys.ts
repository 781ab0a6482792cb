/** The first parts of this feature's query keys (jobs, matches, referrals, the public board). */
export const jobKeys = {
  jobs: ['jobs'],
  referrals: ['referrals'],
  publicJobs: ['public', 'jobs'],
} as const;
