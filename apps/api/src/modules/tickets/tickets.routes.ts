import {
  CreateTicketBodySchema,
  HandOverTicketBodySchema,
  IdParamsSchema,
  ItemNoParamsSchema,
  ListTicketsQuerySchema,
  PublicTicketReceiptSchema,
  PublicTicketStatusSchema,
  ReceiptCodeParamsSchema,
  ReopenTicketBodySchema,
  ResolveTicketBodySchema,
  RevealTicketContactBodySchema,
  SetTicketItemDeadlineBodySchema,
  SubmitPublicTicketBodySchema,
  TicketContactSchema,
  TicketItemDeadlineListSchema,
  TicketItemDeadlineSchema,
  TicketPageSchema,
  TicketWithChainSchema,
} from '@jobcircle/domain';
import { anonymousContextOf, contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { TicketsService } from './tickets.service.ts';

/**
 * First-inquiry tickets (首问责任): receive, list, take, hand over, resolve, re-open; the public
 * request form and status page.
 */
export function ticketsRoutes(tickets: TicketsService, options: { publicRateLimitPerMinute: number }) {
  const read = requirePermission('ticket:read');
  const write = requirePermission('ticket:write');
  const configure = requirePermission('ticket:configure');
  const publicLimit = { rateLimit: { max: options.publicRateLimitPerMinute, timeWindow: '1 minute' } };
  return async (app: App) => {
    app.get(
      '/tickets',
      {
        schema: {
          tags: ['tickets'],
          summary: '受理单列表（办理中的在前，逾期的最前）',
          querystring: ListTicketsQuerySchema,
          response: { 200: TicketPageSchema },
        },
        preHandler: read,
      },
      (request) => tickets.listTickets(contextOf(request), request.query),
    );
    app.get(
      '/tickets/:id',
      {
        schema: { tags: ['tickets'], summary: '受理单详情（含转交链）', params: IdParamsSchema, response: { 200: TicketWithChainSchema } },
        preHandler: read,
      },
      (request) => tickets.getTicket(contextOf(request), request.params.id),
    );
    app.post(
      '/tickets',
      {
        schema: { tags: ['tickets'], summary: '受理（首问负责）', body: CreateTicketBodySchema, response: { 201: TicketWithChainSchema } },
        preHandler: write,
      },
      async (request, reply) => reply.status(201).send(await tickets.createTicket(contextOf(request), request.body)),
    );
    app.post(
      '/tickets/:id/take',
      {
        schema: {
          tags: ['tickets'],
          summary: '接手在站点等待的受理单（先到先得）',
          params: IdParamsSchema,
          response: { 200: TicketWithChainSchema },
        },
        preHandler: write,
      },
      (request) => tickets.take(contextOf(request), request.params.id),
    );
    app.post(
      '/tickets/:id/contact',
      {
        schema: {
          tags: ['tickets'],
          summary: '查看在线诉求人的完整手机号（回电用；须说明原因，留痕）',
          params: IdParamsSchema,
          body: RevealTicketContactBodySchema,
          response: { 200: TicketContactSchema },
        },
        preHandler: write,
      },
      (request) => tickets.revealContact(contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/tickets/:id/hand-over',
      {
        schema: {
          tags: ['tickets'],
          summary: '转交给人员或站点（须说明原因）',
          params: IdParamsSchema,
          body: HandOverTicketBodySchema,
          response: { 200: TicketWithChainSchema },
        },
        preHandler: write,
      },
      (request) => tickets.handOver(contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/tickets/:id/resolve',
      {
        schema: {
          tags: ['tickets'],
          summary: '办结（同时登记服务台账）',
          params: IdParamsSchema,
          body: ResolveTicketBodySchema,
          response: { 200: TicketWithChainSchema },
        },
        preHandler: write,
      },
      (request) => tickets.resolve(contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/tickets/:id/reopen',
      {
        schema: {
          tags: ['tickets'],
          summary: '重新办理（群众再次反映同一事项）',
          params: IdParamsSchema,
          body: ReopenTicketBodySchema,
          response: { 200: TicketWithChainSchema },
        },
        preHandler: write,
      },
      (request) => tickets.reopen(contextOf(request), request.params.id, request.body),
    );
    app.get(
      '/ticket-item-deadlines',
      {
        schema: { tags: ['tickets'], summary: '各服务事项的办理时限（工作日）', response: { 200: TicketItemDeadlineListSchema } },
        preHandler: read,
      },
      () => tickets.listItemDeadlines(),
    );
    app.put(
      '/ticket-item-deadlines/:itemNo',
      {
        schema: {
          tags: ['tickets'],
          summary: '设置某事项的办理时限',
          params: ItemNoParamsSchema,
          body: SetTicketItemDeadlineBodySchema,
          response: { 200: TicketItemDeadlineSchema },
        },
        preHandler: configure,
      },
      (request) => tickets.setItemDeadline(contextOf(request), request.params.itemNo, request.body),
    );
    app.get(
      '/public/tickets/:code',
      {
        schema: {
          tags: ['public'],
          summary: '凭回执编号查询办理进度（无需登录，不含个人信息）',
          params: ReceiptCodeParamsSchema,
          response: { 200: PublicTicketStatusSchema },
        },
        config: publicLimit,
      },
      (request) => tickets.publicStatus(request.params.code),
    );
    app.post(
      '/public/tickets',
      {
        schema: {
          tags: ['public'],
          summary: '在站点公开页提交诉求（无需登录；只答回执编号和办结期限）',
          body: SubmitPublicTicketBodySchema,
          response: { 201: PublicTicketReceiptSchema },
        },
        config: publicLimit,
      },
      async (request, reply) => reply.status(201).send(await tickets.submitPublic(anonymousContextOf(request), request.body)),
    );
  };
}
