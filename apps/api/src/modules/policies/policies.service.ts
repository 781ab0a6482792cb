import {
  type CreatePolicyBody,
  CreatePolicyBodySchema,
  type CreateRulePackVersionBody,
  DISTRICT_CODE,
  ELIGIBILITY_RESULT_LABELS,
  evaluateConditions,
  type ListPoliciesQuery,
  missingEvidence,
  POLICY_CONSULTATION_ITEM_NO,
  type Policy,
  type PolicyDecision,
  type PolicyDetail,
  type PolicyEligibility,
  type PreviewEligibilityBody,
  type RecordDecisionBody,
  RecordDecisionBodySchema,
  type RulePack,
  RulePackSchema,
  type UpdatePolicyBody,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { AnonymousContext, ServiceContext } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertUpdated, assertVersion } from '../../platform/versioning.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { shanghaiDate } from '../calendar/index.ts';
import type { LedgerServices } from '../ledger/index.ts';
import type { ResidentsServices } from '../residents/index.ts';
import { type ResidentFacts, readResidentFacts } from './policies.facts.ts';
import {
  type DecisionWithName,
  findPolicy,
  findPolicyCodes,
  findVersion,
  insertDecision,
  insertPolicy,
  insertVersion,
  type PolicyWithPack,
  policyCodeTaken,
  selectDecisions,
  selectPolicies,
  selectVersions,
  updatePolicyAtVersion,
} from './policies.repository.ts';
import { SEED_POLICIES } from './policies.seed.ts';

// ── what policies need from other modules (ARCHITECTURE §9), as narrow ports ──
export type PolicyLedger = Pick<LedgerServices, 'recordService'>;
export type PolicyTimeline = Pick<ResidentsServices['timeline'], 'append'>;

export interface PoliciesServiceDeps {
  db: Kysely<Database>;
  audit: AuditService;
  ledger: PolicyLedger;
  timeline: PolicyTimeline;
}

function toPolicy(row: PolicyWithPack): Policy {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    documentNumber: row.document_number,
    issuingBody: row.issuing_body,
    source: row.source,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    summary: row.summary,
    currentVersionNo: Number(row.current_version_no),
    rulePack: RulePackSchema.parse(JSON.parse(row.rule_pack)),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toDecision(row: DecisionWithName): PolicyDecision {
  return {
    id: row.id,
    policyId: row.policy_id,
    residentId: row.resident_id,
    versionNo: Number(row.version_no),
    on: row.judged_on,
    result: row.result,
    conditions: JSON.parse(row.conditions),
    missingEvidence: JSON.parse(row.missing_evidence),
    decidedBy: row.decided_by,
    decidedByName: row.decided_by_name,
    decidedAt: row.decided_at,
    serviceRecordId: row.service_record_id,
    note: row.note,
  };
}

function explain(policy: Policy, rulePack: RulePack, versionNo: number, subject: ResidentFacts, on: string): PolicyEligibility {
  const evaluation = evaluateConditions(rulePack.conditions, subject.facts, on);
  return {
    policyId: policy.id,
    policyCode: policy.code,
    policyName: policy.name,
    documentNumber: policy.documentNumber,
    versionNo,
    on,
    result: evaluation.result,
    conditions: evaluation.conditions,
    missingEvidence: missingEvidence(rulePack.evidence, subject.facts, on),
    amounts: rulePack.amounts,
    period: rulePack.period,
  };
}

/**
 * Policies as effective-dated rule packs (issue 11): the district authors and versions them; staff
 * read them (政策咨询 cards) and see a resident's eligibility explained per condition. A version is
 * never rewritten, and a recorded decision keeps the version and the outcomes it had.
 */
export function createPoliciesService(deps: PoliciesServiceDeps) {
  const { db, audit, ledger, timeline } = deps;

  async function load(executor: Executor<Database>, id: string): Promise<Policy> {
    const row = await findPolicy(executor, id);
    if (!row) throw new AppError('NOT_FOUND');
    return toPolicy(row);
  }

  async function detail(executor: Executor<Database>, id: string): Promise<PolicyDetail> {
    const policy = await load(executor, id);
    const versions = await selectVersions(executor, id);
    return {
      ...policy,
      versions: versions.map((v) => ({
        versionNo: Number(v.version_no),
        rulePack: RulePackSchema.parse(JSON.parse(v.rule_pack)),
        note: v.note,
        createdBy: v.created_by,
        createdByName: v.created_by_name,
        createdAt: v.created_at,
      })),
    };
  }

  /** The resident's facts in the actor's scope (404 outside it), the read audited like opening the file. */
  async function factsFor(trx: Executor<Database>, ctx: ServiceContext, residentId: string, purpose: string): Promise<ResidentFacts> {
    if (!ctx.actor.permissions.has('resident:read')) throw new AppError('FORBIDDEN');
    const subject = await readResidentFacts(trx, ctx.actor.scope, residentId);
    if (!subject) throw new AppError('NOT_FOUND');
    await audit.record(trx, ctx, {
      action: 'resident.read',
      entityType: 'resident',
      entityId: residentId,
      region: subject.placement,
      details: { purpose },
    });
    return subject;
  }

  async function insertNew(trx: Executor<Database>, ctx: ServiceContext | AnonymousContext, body: CreatePolicyBody): Promise<string> {
    const id = newId();
    const at = ctx.now.toISOString();
    const staffId = ctx.actor?.staffId ?? null;
    await insertPolicy(
      trx,
      {
        id,
        code: body.code,
        name: body.name,
        document_number: body.documentNumber,
        issuing_body: body.issuingBody,
        source: body.source,
        effective_from: body.effectiveFrom,
        effective_to: body.effectiveTo,
        summary: body.summary,
        current_version_no: 1,
        version: 1,
        created_by: staffId,
        created_at: at,
        updated_at: at,
      },
      { policy_id: id, version_no: 1, rule_pack: JSON.stringify(body.rulePack), note: '首版', created_by: staffId, created_at: at },
    );
    await audit.record(trx, ctx, {
      action: 'policy.create',
      entityType: 'policy',
      entityId: id,
      region: { districtCode: ctx.actor?.scope.districtCode ?? DISTRICT_CODE },
      details: { code: body.code, documentNumber: body.documentNumber },
    });
    return id;
  }

  return {
    async listPolicies(_ctx: ServiceContext, query: ListPoliciesQuery): Promise<Policy[]> {
      return (await selectPolicies(db, query)).map(toPolicy);
    },

    getPolicy(_ctx: ServiceContext, id: string): Promise<PolicyDetail> {
      return detail(db, id);
    },

    async createPolicy(ctx: ServiceContext, input: CreatePolicyBody): Promise<PolicyDetail> {
      const body = CreatePolicyBodySchema.parse(input);
      const id = await db.transaction().execute(async (trx) => {
        if (await policyCodeTaken(trx, body.code)) throw new AppError('POLICY_CODE_TAKEN', { fieldErrors: { code: ['该政策代码已存在'] } });
        return insertNew(trx, ctx, body);
      });
      return detail(db, id);
    },

    /** The policy's document and validity; its rules change only by a new version. */
    async updatePolicy(ctx: ServiceContext, id: string, body: UpdatePolicyBody): Promise<PolicyDetail> {
      await db.transaction().execute(async (trx) => {
        const current = await load(trx, id);
        assertVersion(current.version, body.version);
        const next = { ...current, ...body };
        if (next.effectiveFrom && next.effectiveTo && next.effectiveFrom > next.effectiveTo) {
          throw validationError({ effectiveTo: ['失效日期不能早于生效日期'] });
        }
        assertUpdated(
          await updatePolicyAtVersion(trx, id, body.version, {
            name: next.name,
            document_number: next.documentNumber,
            issuing_body: next.issuingBody,
            source: next.source,
            effective_from: next.effectiveFrom,
            effective_to: next.effectiveTo,
            summary: next.summary,
            updated_at: ctx.now.toISOString(),
          }),
        );
        await audit.record(trx, ctx, {
          action: 'policy.update',
          entityType: 'policy',
          entityId: id,
          region: { districtCode: ctx.actor.scope.districtCode },
          details: { fields: Object.keys(body).filter((key) => key !== 'version') },
        });
      });
      return detail(db, id);
    },

    /** A new version of the rule pack; earlier versions, and the decisions that used them, stay as they were. */
    async addVersion(ctx: ServiceContext, id: string, body: CreateRulePackVersionBody): Promise<PolicyDetail> {
      await db.transaction().execute(async (trx) => {
        const current = await load(trx, id);
        const versionNo = current.currentVersionNo + 1;
        await insertVersion(trx, {
          policy_id: id,
          version_no: versionNo,
          rule_pack: JSON.stringify(body.rulePack),
          note: body.note,
          created_by: ctx.actor.staffId,
          created_at: ctx.now.toISOString(),
        });
        assertUpdated(
          await updatePolicyAtVersion(trx, id, current.version, { current_version_no: versionNo, updated_at: ctx.now.toISOString() }),
        );
        await audit.record(trx, ctx, {
          action: 'policy.version',
          entityType: 'policy',
          entityId: id,
          region: { districtCode: ctx.actor.scope.districtCode },
          details: { versionNo, note: body.note },
        });
      });
      return detail(db, id);
    },

    /** At bootstrap: the policies of the research notes not yet present, by code (a second run adds nothing). */
    async seed(ctx: AnonymousContext): Promise<number> {
      return db.transaction().execute(async (trx) => {
        const present = await findPolicyCodes(trx);
        const missing = SEED_POLICIES.filter((policy) => !present.has(policy.code));
        for (const policy of missing) await insertNew(trx, ctx, CreatePolicyBodySchema.parse(policy));
        return missing.length;
      });
    },

    /**
     * A resident's eligibility explained, for one policy or every policy in force on the date (default
     * today): per condition passed / failed / unknown with the fact and its source, the evidence missing.
     */
    async eligibility(ctx: ServiceContext, residentId: string, query: { policyId?: string; on?: string }): Promise<PolicyEligibility[]> {
      const on = query.on ?? shanghaiDate(ctx.now);
      return db.transaction().execute(async (trx) => {
        const policies = query.policyId ? [await load(trx, query.policyId)] : (await selectPolicies(trx, { activeOn: on })).map(toPolicy);
        const subject = await factsFor(trx, ctx, residentId, 'policy_eligibility');
        return policies.map((policy) => explain(policy, policy.rulePack, policy.currentVersionNo, subject, on));
      });
    },

    /** The editor's preview: a rule pack not yet saved, tried against a sample resident. */
    async preview(ctx: ServiceContext, body: PreviewEligibilityBody): Promise<PolicyEligibility> {
      const on = body.on ?? shanghaiDate(ctx.now);
      return db.transaction().execute(async (trx) => {
        const subject = await factsFor(trx, ctx, body.residentId, 'policy_preview');
        const draft: Policy = {
          id: '',
          code: '',
          name: '预览',
          documentNumber: '',
          issuingBody: '',
          source: '',
          effectiveFrom: null,
          effectiveTo: null,
          summary: '',
          currentVersionNo: 0,
          rulePack: body.rulePack,
          version: 0,
          createdAt: ctx.now.toISOString(),
          updatedAt: ctx.now.toISOString(),
        };
        return explain(draft, body.rulePack, 0, subject, on);
      });
    },

    /**
     * Records the decision — the result with the rule-pack version, who and when — as a policy
     * consultation (service item 3) in the ledger and on the timeline, in one transaction.
     */
    async recordDecision(ctx: ServiceContext, policyId: string, input: RecordDecisionBody): Promise<PolicyDecision> {
      const body = RecordDecisionBodySchema.parse(input);
      const siteId = body.siteId ?? ctx.actor.siteId;
      if (!siteId) throw validationError({ siteId: ['请选择提供服务的站点'] });
      const on = body.on ?? shanghaiDate(ctx.now);
      const id = newId();
      await db.transaction().execute(async (trx) => {
        const policy = await load(trx, policyId);
        const version = await findVersion(trx, policyId, policy.currentVersionNo);
        if (!version) throw new AppError('NOT_FOUND');
        const subject = await factsFor(trx, ctx, body.residentId, 'policy_decision');
        const result = explain(policy, RulePackSchema.parse(JSON.parse(version.rule_pack)), policy.currentVersionNo, subject, on);
        const label = `「${policy.name}」第${result.versionNo}版：${ELIGIBILITY_RESULT_LABELS[result.result]}`;
        const service = await ledger.recordService(trx, ctx, {
          itemNo: POLICY_CONSULTATION_ITEM_NO,
          residentId: body.residentId,
          siteId,
          channel: body.channel,
          style: 'standard',
          outcome: 'done',
          note: `政策资格${label}`,
          source: { module: 'policies', id },
        });
        await insertDecision(trx, {
          id,
          policy_id: policyId,
          version_no: result.versionNo,
          resident_id: body.residentId,
          district_code: subject.placement.districtCode,
          town_code: subject.placement.townCode,
          village_code: subject.placement.villageCode,
          grid_code: subject.placement.gridCode,
          judged_on: on,
          result: result.result,
          conditions: JSON.stringify(result.conditions),
          missing_evidence: JSON.stringify(result.missingEvidence),
          note: body.note ?? null,
          service_record_id: service.id,
          decided_by: ctx.actor.staffId,
          decided_at: ctx.now.toISOString(),
        });
        await timeline.append(trx, ctx, {
          residentId: body.residentId,
          kind: 'policy',
          summary: `政策资格${label}`,
          source: { module: 'policies', id },
        });
        await audit.record(trx, ctx, {
          action: 'policy.decide',
          entityType: 'policy_decision',
          entityId: id,
          region: subject.placement,
          details: { policyId, versionNo: result.versionNo, result: result.result, residentId: body.residentId },
        });
      });
      const [row] = await selectDecisions(db, ctx.actor.scope, { id });
      if (!row) throw new AppError('NOT_FOUND');
      return toDecision(row);
    },

    /** The decisions recorded for a resident, as they were recorded (the version and outcomes they used). */
    async listDecisions(ctx: ServiceContext, residentId: string): Promise<PolicyDecision[]> {
      if (!(await readResidentFacts(db, ctx.actor.scope, residentId))) throw new AppError('NOT_FOUND');
      return (await selectDecisions(db, ctx.actor.scope, { residentId })).map(toDecision);
    },
  };
}
export type PoliciesService = ReturnType<typeof createPoliciesService>;
