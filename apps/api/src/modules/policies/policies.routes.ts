import {
  CreatePolicyBodySchema,
  CreateRulePackVersionBodySchema,
  EligibilityQuerySchema,
  IdParamsSchema,
  IdSchema,
  ListPoliciesQuerySchema,
  PolicyDecisionSchema,
  PolicyDetailSchema,
  PolicyEligibilitySchema,
  PolicySchema,
  PreviewEligibilityBodySchema,
  RecordDecisionBodySchema,
  UpdatePolicyBodySchema,
} from '@jobcircle/domain';
import { z } from 'zod';
import { contextOf, requirePermission } from '../../platform/http.ts';
import type { App } from '../../platform/route-types.ts';
import type { PoliciesService } from './policies.service.ts';

const ResidentEligibilityQuerySchema = EligibilityQuerySchema.extend({ policyId: IdSchema.optional() });

/** Policies (政策) and a resident's eligibility explained (政策资格). */
export function policiesRoutes(policies: PoliciesService) {
  const read = requirePermission('policy:read');
  const write = requirePermission('policy:write');
  return async (app: App) => {
    app.get(
      '/policies',
      {
        schema: {
          tags: ['policies'],
          summary: '政策（可检索）',
          querystring: ListPoliciesQuerySchema,
          response: { 200: z.array(PolicySchema) },
        },
        preHandler: read,
      },
      (request) => policies.listPolicies(contextOf(request), request.query),
    );
    app.post(
      '/policies',
      {
        schema: {
          tags: ['policies'],
          summary: '新增政策及其首版规则包',
          body: CreatePolicyBodySchema,
          response: { 201: PolicyDetailSchema },
        },
        preHandler: write,
      },
      async (request, reply) => reply.status(201).send(await policies.createPolicy(contextOf(request), request.body)),
    );
    app.post(
      '/policies/preview',
      {
        schema: {
          tags: ['policies'],
          summary: '规则包预览（对样本居民试算，不保存）',
          body: PreviewEligibilityBodySchema,
          response: { 200: PolicyEligibilitySchema },
        },
        preHandler: write,
      },
      (request) => policies.preview(contextOf(request), request.body),
    );
    app.get(
      '/policies/:id',
      {
        schema: { tags: ['policies'], summary: '政策及其规则包各版本', params: IdParamsSchema, response: { 200: PolicyDetailSchema } },
        preHandler: read,
      },
      (request) => policies.getPolicy(contextOf(request), request.params.id),
    );
    app.patch(
      '/policies/:id',
      {
        schema: {
          tags: ['policies'],
          summary: '修改政策的文号、发文机关、来源和有效期',
          params: IdParamsSchema,
          body: UpdatePolicyBodySchema,
          response: { 200: PolicyDetailSchema },
        },
        preHandler: write,
      },
      (request) => policies.updatePolicy(contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/policies/:id/versions',
      {
        schema: {
          tags: ['policies'],
          summary: '发布规则包新版本（已记录的资格结论不变）',
          params: IdParamsSchema,
          body: CreateRulePackVersionBodySchema,
          response: { 201: PolicyDetailSchema },
        },
        preHandler: write,
      },
      async (request, reply) => reply.status(201).send(await policies.addVersion(contextOf(request), request.params.id, request.body)),
    );
    app.post(
      '/policies/:id/decisions',
      {
        schema: {
          tags: ['policies'],
          summary: '记录居民的政策资格结论（计入服务台账事项3“政策咨询”）',
          params: IdParamsSchema,
          body: RecordDecisionBodySchema,
          response: { 201: PolicyDecisionSchema },
        },
        preHandler: read,
      },
      async (request, reply) => reply.status(201).send(await policies.recordDecision(contextOf(request), request.params.id, request.body)),
    );
    app.get(
      '/residents/:id/eligibility',
      {
        schema: {
          tags: ['policies'],
          summary: '居民的政策资格（逐条说明依据的事实和来源）',
          params: IdParamsSchema,
          querystring: ResidentEligibilityQuerySchema,
          response: { 200: z.array(PolicyEligibilitySchema) },
        },
        preHandler: read,
      },
      (request) => policies.eligibility(contextOf(request), request.params.id, request.query),
    );
    app.get(
      '/residents/:id/policy-decisions',
      {
        schema: {
          tags: ['policies'],
          summary: '居民已记录的政策资格结论',
          params: IdParamsSchema,
          response: { 200: z.array(PolicyDecisionSchema) },
        },
        preHandler: read,
      },
      (request) => policies.listDecisions(contextOf(request), request.params.id),
    );
  };
}
