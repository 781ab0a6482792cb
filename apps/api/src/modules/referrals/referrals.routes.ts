import {
  CreateReferralBodySchema,
  IdParamsSchema,
  ListReferralsQuerySchema,
  ReferralBoardQuerySchema,
  ReferralBoardSchema,
  ReferralPageSchema,
  ReferralSchema,
  ReferralStepBodySchema,
} from '@jobcircle/domain';
import { contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { ReferralsService } from './referrals.service.ts';

/** Recommendation and referral (推荐就业): recommend, each step to a hire, the board per station. */
export function referralsRoutes(referrals: ReferralsService) {
  const read = requirePermission('referral:read');
  const write = requirePermission('referral:write');
  return async (app: App) => {
    app.get(
      '/referrals',
      {
        schema: { tags: ['referrals'], summary: '推荐记录', querystring: ListReferralsQuerySchema, response: { 200: ReferralPageSchema } },
        preHandler: read,
      },
      (request) => referrals.listReferrals(contextOf(request), request.query),
    );
    app.get(
      '/referrals/board',
      {
        schema: {
          tags: ['referrals'],
          summary: '推荐看板（按环节）',
          querystring: ReferralBoardQuerySchema,
          response: { 200: ReferralBoardSchema },
        },
        preHandler: read,
      },
      (request) => referrals.board(contextOf(request), request.query),
    );
    app.get(
      '/referrals/:id',
      {
        schema: { tags: ['referrals'], summary: '推荐详情（含每一步）', params: IdParamsSchema, response: { 200: ReferralSchema } },
        preHandler: read,
      },
      (request) => referrals.getReferral(contextOf(request), request.params.id),
    );
    app.post(
      '/referrals',
      {
        schema: {
          tags: ['referrals'],
          summary: '向居民推荐岗位（登记服务台账第 7 项）',
          body: CreateReferralBodySchema,
          response: { 201: ReferralSchema },
        },
        preHandler: write,
      },
      async (request, reply) => reply.status(201).send(await referrals.recommend(contextOf(request), request.body)),
    );
    app.post(
      '/referrals/:id/steps',
      {
        schema: {
          tags: ['referrals'],
          summary: '登记推荐的下一步（意向、联系单位、面试、录用、未录用、参保、回访）',
          params: IdParamsSchema,
          body: ReferralStepBodySchema,
          response: { 200: ReferralSchema },
        },
        preHandler: write,
      },
      (request) => referrals.step(contextOf(request), request.params.id, request.body),
    );
  };
}
