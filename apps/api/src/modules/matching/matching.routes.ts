import {
  CandidateMatchListSchema,
  IdParamsSchema,
  JobCandidatesQuerySchema,
  JobMatchListSchema,
  ResidentMatchesQuerySchema,
} from '@jobcircle/domain';
import { contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { MatchingService } from './matching.service.ts';

/** Explainable matching (人岗匹配): jobs for a resident, candidates for a job. */
export function matchingRoutes(matching: MatchingService) {
  const read = requirePermission('job:read');
  const readResidents = requirePermission('resident:read');
  return async (app: App) => {
    app.get(
      '/matching/residents/:id/jobs',
      {
        schema: {
          tags: ['matching'],
          summary: '为居民匹配岗位（前 20 个，附匹配理由）',
          params: IdParamsSchema,
          querystring: ResidentMatchesQuerySchema,
          response: { 200: JobMatchListSchema },
        },
        preHandler: [read, readResidents],
      },
      (request) => matching.jobsForResident(contextOf(request), request.params.id, request.query),
    );
    app.get(
      '/matching/jobs/:id/candidates',
      {
        schema: {
          tags: ['matching'],
          summary: '为岗位推荐辖区内的求职者（附匹配理由）',
          params: IdParamsSchema,
          querystring: JobCandidatesQuerySchema,
          response: { 200: CandidateMatchListSchema },
        },
        preHandler: [read, readResidents],
      },
      (request) => matching.candidatesForJob(contextOf(request), request.params.id, request.query),
    );
  };
}
