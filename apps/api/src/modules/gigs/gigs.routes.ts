import {
  CreateGigSignupBodySchema,
  GigActionBodySchema,
  GigSignupListSchema,
  GigSignupSchema,
  IdParamsSchema,
  ListGigSignupsQuerySchema,
} from '@jobcircle/domain';
import { contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { GigsService } from './gigs.service.ts';

/** The gig market's sign-ups (零工报名). Posting a day job is POST /jobs with kind `gig`. */
export function gigsRoutes(gigs: GigsService) {
  const read = requirePermission('referral:read');
  const write = requirePermission('referral:write');
  return async (app: App) => {
    app.get(
      '/gig-signups',
      {
        schema: { tags: ['gigs'], summary: '零工报名', querystring: ListGigSignupsQuerySchema, response: { 200: GigSignupListSchema } },
        preHandler: read,
      },
      (request) => gigs.listSignups(contextOf(request), request.query),
    );
    app.post(
      '/gig-signups',
      {
        schema: {
          tags: ['gigs'],
          summary: '为零工报名（登记服务台账第 7 项）',
          body: CreateGigSignupBodySchema,
          response: { 201: GigSignupSchema },
        },
        preHandler: write,
      },
      async (request, reply) => reply.status(201).send(await gigs.signUp(contextOf(request), request.body)),
    );
    app.post(
      '/gig-signups/:id/actions',
      {
        schema: {
          tags: ['gigs'],
          summary: '签到、签退、工人确认完工和报酬、取消',
          params: IdParamsSchema,
          body: GigActionBodySchema,
          response: { 200: GigSignupSchema },
        },
        preHandler: write,
      },
      (request) => gigs.act(contextOf(request), request.params.id, request.body),
    );
  };
}
