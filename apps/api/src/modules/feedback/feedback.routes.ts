import {
  ComplaintPageSchema,
  ComplaintResponseBodySchema,
  ComplaintWithEventsSchema,
  CreateComplaintBodySchema,
  FeedbackLinkSchema,
  FeedbackSummaryQuerySchema,
  FeedbackSummarySchema,
  FeedbackTokenParamsSchema,
  IdParamsSchema,
  ListComplaintsQuerySchema,
  PublicServiceForRatingSchema,
  ReopenComplaintBodySchema,
  ReplyComplaintBodySchema,
  SubmitRatingBodySchema,
} from '@jobcircle/domain';
import { anonymousContextOf, contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { FeedbackService } from './feedback.service.ts';

/** Public supervision (群众监督): rating links, anonymous ratings, rating figures and complaints. */
export function feedbackRoutes(feedback: FeedbackService, options: { publicRateLimitPerMinute: number }) {
  const read = requirePermission('feedback:read');
  const issue = requirePermission('feedback:write');
  const handle = requirePermission('complaint:write');
  const publicLimit = { rateLimit: { max: options.publicRateLimitPerMinute, timeWindow: '1 minute' } };
  return async (app: App) => {
    app.post(
      '/ledger/records/:id/feedback-link',
      {
        schema: {
          tags: ['feedback'],
          summary: '为一次服务生成评价链接（二维码）',
          params: IdParamsSchema,
          response: { 201: FeedbackLinkSchema },
        },
        preHandler: issue,
      },
      async (request, reply) => reply.status(201).send(await feedback.issueLink(contextOf(request), request.params.id)),
    );
    app.get(
      '/public/feedback/:token',
      {
        schema: {
          tags: ['public'],
          summary: '评价页：所评价的服务（无需登录，不含个人信息）',
          params: FeedbackTokenParamsSchema,
          response: { 200: PublicServiceForRatingSchema },
        },
        config: publicLimit,
      },
      (request) => feedback.publicService(anonymousContextOf(request), request.params.token),
    );
    app.post(
      '/public/feedback/:token',
      {
        schema: {
          tags: ['public'],
          summary: '提交评价（每次服务一次）',
          params: FeedbackTokenParamsSchema,
          body: SubmitRatingBodySchema,
          response: { 201: PublicServiceForRatingSchema },
        },
        config: publicLimit,
      },
      async (request, reply) =>
        reply.status(201).send(await feedback.rate(anonymousContextOf(request), request.params.token, request.body)),
    );
    app.get(
      '/feedback/summary',
      {
        schema: {
          tags: ['feedback'],
          summary: '评价统计（站点或工作人员）',
          querystring: FeedbackSummaryQuerySchema,
          response: { 200: FeedbackSummarySchema },
        },
        preHandler: read,
      },
      (request) => feedback.summarise(contextOf(request), request.query),
    );
    app.get(
      '/complaints',
      {
        schema: { tags: ['feedback'], summary: '投诉列表', querystring: ListComplaintsQuerySchema, response: { 200: ComplaintPageSchema } },
        preHandler: read,
      },
      (request) => feedback.listComplaints(contextOf(request), request.query),
    );
    app.get(
      '/complaints/:id',
      {
        schema: {
          tags: ['feedback'],
          summary: '投诉详情（含办理过程）',
          params: IdParamsSchema,
          response: { 200: ComplaintWithEventsSchema },
        },
        preHandler: read,
      },
      (request) => feedback.getComplaint(contextOf(request), request.params.id),
    );
    app.post(
      '/complaints',
      {
        schema: { tags: ['feedback'], summary: '登记投诉', body: CreateComplaintBodySchema, response: { 201: ComplaintWithEventsSchema } },
        preHandler: handle,
      },
      async (request, reply) => reply.status(201).send(await feedback.createComplaint(contextOf(request), request.body)),
    );
    app.post(
      '/complaints/:id/reply',
      {
        schema: {
          tags: ['feedback'],
          summary: '答复投诉',
          params: IdParamsSchema,
          body: ReplyComplaintBodySchema,
          response: { 200: ComplaintWithEventsSchema },
        },
        preHandler: handle,
      },
      (request) => feedback.reply(contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/complaints/:id/accept',
      {
        schema: {
          tags: ['feedback'],
          summary: '群众认可答复（办结）',
          params: IdParamsSchema,
          body: ComplaintResponseBodySchema,
          response: { 200: ComplaintWithEventsSchema },
        },
        preHandler: handle,
      },
      (request) => feedback.accept(contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/complaints/:id/reopen',
      {
        schema: {
          tags: ['feedback'],
          summary: '群众不认可，重新办理',
          params: IdParamsSchema,
          body: ReopenComplaintBodySchema,
          response: { 200: ComplaintWithEventsSchema },
        },
        preHandler: handle,
      },
      (request) => feedback.reopen(contextOf(request), request.params.id, request.body),
    );
  };
}
