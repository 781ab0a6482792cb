import { z } from 'zod';
import { DateSchema, IdSchema, TimestampSchema, text } from './common.ts';
import { ServiceChannelSchema } from './ledger.ts';
import {
  EMPLOYMENT_STATUS_LABELS,
  type EmploymentStatus,
  EmploymentStatusSchema,
  HUKOU_TYPE_LABELS,
  type HukouType,
  HukouTypeSchema,
  KEY_GROUP_LABELS,
  type KeyGroup,
  KeyGroupSchema,
} from './residents.ts';
import { ageOn } from './shanghai-time.ts';

// Policies as dated rule packs with explained eligibility (issue 11; research/shanghai-rules.md §5, §6.1).
// Everything here is pure: the facts come in as data with their sources, the date is passed in.

// ── calendar months ────────────────────────────────────────────────────────────

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date `months` calendar months after `date` (`YYYY-MM-DD`); the day is kept, or the month's last day when it has fewer. */
export function addMonths(date: string, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// ── statutory retirement age (渐进式延迟法定退休年龄) ─────────────────────────────

/**
 * Who retires when: men; women on the original 55 track (女干部, 管理和技术岗位); women on the
 * original 50 track (女工人). The registry does not record a woman's track, so it is often unknown.
 */
export const RETIREMENT_CATEGORIES = ['male', 'female_cadre', 'female_worker'] as const;
export const RetirementCategorySchema = z.enum(RETIREMENT_CATEGORIES);
export type RetirementCategory = z.infer<typeof RetirementCategorySchema>;
export const RETIREMENT_CATEGORY_LABELS: Record<RetirementCategory, string> = {
  male: '男职工',
  female_cadre: '女职工（原法定退休年龄55周岁）',
  female_worker: '女职工（原法定退休年龄50周岁）',
};

/**
 * 《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》(2024-09-13, from 2025-01-01)
 * and its annex 《渐进式延迟法定退休年龄时间对照表》: men 60 → 63 and women on the 55 track → 58,
 * one month later for every 4 months of birth; women on the 50 track → 55, one month later for
 * every 2 months of birth (research/shanghai-rules.md §5.1). The first cohort delayed is the one whose
 * original retirement month is January 2025: born January 1965 (men), 1970 (55 track), 1975 (50 track).
 */
export const RETIREMENT_SCHEDULE: Record<
  RetirementCategory,
  { originalYears: number; firstDelayedBirthMonth: string; birthMonthsPerStep: number; maxDelayMonths: number }
> = {
  male: { originalYears: 60, firstDelayedBirthMonth: '1965-01', birthMonthsPerStep: 4, maxDelayMonths: 36 },
  female_cadre: { originalYears: 55, firstDelayedBirthMonth: '1970-01', birthMonthsPerStep: 4, maxDelayMonths: 36 },
  female_worker: { originalYears: 50, firstDelayedBirthMonth: '1975-01', birthMonthsPerStep: 2, maxDelayMonths: 60 },
};
export const RETIREMENT_SOURCE = '全国人大常委会关于实施渐进式延迟法定退休年龄的决定（2024年9月13日，2025年1月1日起施行）及附件对照表';

function monthIndex(yearMonth: string): number {
  return Number(yearMonth.slice(0, 4)) * 12 + Number(yearMonth.slice(5, 7)) - 1;
}

/** The statutory retirement age in months (e.g. 60 years 1 month = 721) for a birth date and category. */
export function retirementAgeMonths(birthDate: string, category: RetirementCategory): number {
  const rule = RETIREMENT_SCHEDULE[category];
  const since = monthIndex(birthDate) - monthIndex(rule.firstDelayedBirthMonth);
  const delay = since < 0 ? 0 : Math.min(rule.maxDelayMonths, Math.floor(since / rule.birthMonthsPerStep) + 1);
  return rule.originalYears * 12 + delay;
}

/** The date someone reaches the statutory retirement age (the birth day of that month, or its last day). */
export function retirementDate(birthDate: string, category: RetirementCategory): string {
  return addMonths(birthDate, retirementAgeMonths(birthDate, category));
}

/** `60岁1个月`. */
export function formatAgeMonths(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return rest === 0 ? `${years}岁` : `${years}岁${rest}个月`;
}

// ── the condition language (rule packs as JSON) ──────────────────────────────────

export const CONDITION_FACTS = [
  'age',
  'retirement',
  'hukou',
  'employment_status',
  'key_group',
  'household',
  'receipts',
  'attested',
] as const;
export type ConditionFact = (typeof CONDITION_FACTS)[number];
export const CONDITION_FACT_LABELS: Record<ConditionFact, string> = {
  age: '年龄（周岁）',
  retirement: '法定退休年龄',
  hukou: '户籍',
  employment_status: '就业状态',
  key_group: '重点群体',
  household: '家庭情况',
  receipts: '既往享受',
  attested: '须核实事项',
};

const AgeConditionSchema = z.object({
  fact: z.literal('age'),
  op: z.literal('between'),
  value: z
    .object({ min: z.int().min(0).max(120).nullable(), max: z.int().min(0).max(120).nullable() })
    .refine((v) => v.min !== null || v.max !== null, { error: '请至少填写最小或最大年龄', path: ['min'] })
    .refine((v) => v.min === null || v.max === null || v.min <= v.max, { error: '最小年龄不能大于最大年龄', path: ['max'] }),
});
const RetirementConditionSchema = z.discriminatedUnion('op', [
  z.object({ fact: z.literal('retirement'), op: z.literal('not_reached') }),
  /** Not reached, and reached within `value` years of the date (距法定退休年龄不足 N 年). */
  z.object({ fact: z.literal('retirement'), op: z.literal('within_years'), value: z.int().min(1).max(20) }),
]);
const HukouConditionSchema = z.object({ fact: z.literal('hukou'), op: z.literal('in'), value: z.array(HukouTypeSchema).min(1) });
const EmploymentConditionSchema = z.object({
  fact: z.literal('employment_status'),
  op: z.literal('in'),
  value: z.array(EmploymentStatusSchema).min(1),
  /** Held at least this many months since its effective date (the registry's status history). */
  minMonths: z.int().min(1).max(240).nullable().optional(),
});
const KeyGroupConditionSchema = z.object({ fact: z.literal('key_group'), op: z.enum(['has', 'lacks']), value: KeyGroupSchema });
const HouseholdConditionSchema = z.object({ fact: z.literal('household'), op: z.literal('no_member_employed') });
const ReceiptsConditionSchema = z.object({
  fact: z.literal('receipts'),
  op: z.literal('none'),
  /** Only receipts within this many years count; null: ever. */
  withinYears: z.int().min(1).max(50).nullable().optional(),
});
/** A condition the registry holds no fact for: always unknown (待确认) until a person checks it. */
const AttestedConditionSchema = z.object({ fact: z.literal('attested'), op: z.literal('confirm'), value: text(200) });

export const LeafConditionSchema = z.union([
  AgeConditionSchema,
  RetirementConditionSchema,
  HukouConditionSchema,
  EmploymentConditionSchema,
  KeyGroupConditionSchema,
  HouseholdConditionSchema,
  ReceiptsConditionSchema,
  AttestedConditionSchema,
]);
export type LeafCondition = z.infer<typeof LeafConditionSchema>;

export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] };
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    LeafConditionSchema,
    z.object({ all: z.array(ConditionSchema).min(1).max(30) }),
    z.object({ any: z.array(ConditionSchema).min(1).max(30) }),
  ]),
);

export const PolicyAmountSchema = z.object({
  label: text(60),
  /** In fen where the source gives an amount; null where it does not (the text says so). */
  amountFen: z.int().min(0).max(100_000_000).nullable(),
  text: text(300),
});
export type PolicyAmount = z.infer<typeof PolicyAmountSchema>;

export const EvidenceItemSchema = z.object({
  label: text(80),
  /** A valid registry record of this key group counts as the evidence (e.g. 就业困难人员认定). */
  keyGroup: KeyGroupSchema.nullable().optional(),
});
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

export const RulePackSchema = z.object({
  conditions: ConditionSchema,
  amounts: z.array(PolicyAmountSchema).max(10),
  /** Periods and limits as the source states them (≤3 年, 延长至退休 …). */
  period: text(500).nullable(),
  evidence: z.array(EvidenceItemSchema).max(20),
});
export type RulePack = z.infer<typeof RulePackSchema>;

// ── facts with their sources ──────────────────────────────────────────────────────

/** One fact from the registry and where it came from; a missing fact is `null`, never a guess. */
export interface Sourced<T> {
  value: T;
  source: string;
}
export interface KeyGroupFact {
  group: KeyGroup;
  validFrom: string;
  validTo: string | null;
  source: string;
}
export interface PolicyFacts {
  birthDate: Sourced<string> | null;
  /** Null for a woman whose track (50 or 55) the registry does not hold. */
  retirementCategory: Sourced<RetirementCategory> | null;
  /** Set for women when the category is unknown: both tracks are tried and agree or give unknown. */
  sex: Sourced<'male' | 'female'> | null;
  hukou: Sourced<HukouType> | null;
  employment: Sourced<{ status: EmploymentStatus; since: string }> | null;
  keyGroups: Sourced<KeyGroupFact[]> | null;
  /** The other members' statuses; null when the registry has no household or a status is unknown. */
  household: Sourced<{ members: number; employed: number }> | null;
  /** Earlier receipts of this policy (dates); null while the registry holds no receipts. */
  receipts: Sourced<string[]> | null;
}

export const CONDITION_RESULTS = ['passed', 'failed', 'unknown'] as const;
export type ConditionResult = (typeof CONDITION_RESULTS)[number];
export const CONDITION_RESULT_LABELS: Record<ConditionResult, string> = { passed: '符合', failed: '不符合', unknown: '待确认' };

export const ELIGIBILITY_RESULTS = ['eligible', 'not_eligible', 'unknown'] as const;
export type EligibilityResult = (typeof ELIGIBILITY_RESULTS)[number];
export const ELIGIBILITY_RESULT_LABELS: Record<EligibilityResult, string> = {
  eligible: '符合条件',
  not_eligible: '不符合条件',
  unknown: '待确认',
};

export interface ConditionOutcome {
  /** The path of the leaf in the rule pack (`0`, `2.1`). */
  path: string;
  condition: LeafCondition;
  /** What was required, in words. */
  requirement: string;
  result: ConditionResult;
  /** The fact used, in words; null when it was missing. */
  fact: string | null;
  source: string | null;
}
export interface Evaluation {
  result: EligibilityResult;
  conditions: ConditionOutcome[];
}

// ── evaluation ─────────────────────────────────────────────────────────────────────

const MISSING = '劳动力资源库未记录';

function outcome(result: ConditionResult, fact: string | null, source: string | null) {
  return { result, fact, source };
}

/** Who the retirement date belongs to: the category, or both women's tracks when only the sex is known. */
function retirementCategories(facts: PolicyFacts): { categories: RetirementCategory[]; source: string } | null {
  if (facts.retirementCategory) return { categories: [facts.retirementCategory.value], source: facts.retirementCategory.source };
  if (facts.sex?.value === 'male') return { categories: ['male'], source: facts.sex.source };
  if (facts.sex?.value === 'female') return { categories: ['female_cadre', 'female_worker'], source: facts.sex.source };
  return null;
}

/** A leaf condition in words (`年龄 16–60 周岁`), for the explanation and the policy card. */
export function describeCondition(condition: LeafCondition): string {
  switch (condition.fact) {
    case 'age': {
      const { min, max } = condition.value;
      if (min !== null && max !== null) return `年龄 ${min}–${max} 周岁`;
      return min !== null ? `年龄不低于 ${min} 周岁` : `年龄不超过 ${max} 周岁`;
    }
    case 'retirement':
      return condition.op === 'not_reached' ? '未达法定退休年龄' : `距法定退休年龄不足 ${condition.value} 年`;
    case 'hukou':
      return `户籍为${condition.value.map((v) => HUKOU_TYPE_LABELS[v]).join('或')}`;
    case 'employment_status': {
      const statuses = condition.value.map((v) => EMPLOYMENT_STATUS_LABELS[v]).join('或');
      return condition.minMonths ? `就业状态为${statuses}，持续满 ${condition.minMonths} 个月` : `就业状态为${statuses}`;
    }
    case 'key_group':
      return `${condition.op === 'has' ? '属于' : '不属于'}${KEY_GROUP_LABELS[condition.value]}（在有效期内）`;
    case 'household':
      return '家庭其他成员均未就业';
    case 'receipts':
      return condition.withinYears ? `近 ${condition.withinYears} 年未享受过本政策` : '未享受过本政策';
    case 'attested':
      return condition.value;
  }
}

function evaluateLeaf(
  condition: LeafCondition,
  facts: PolicyFacts,
  on: string,
): Omit<ConditionOutcome, 'path' | 'condition' | 'requirement'> {
  switch (condition.fact) {
    case 'age': {
      if (!facts.birthDate) return outcome('unknown', null, null);
      const age = ageOn(facts.birthDate.value, on);
      const { min, max } = condition.value;
      const ok = (min === null || age >= min) && (max === null || age <= max);
      return outcome(ok ? 'passed' : 'failed', `${on} 时 ${age} 周岁（出生 ${facts.birthDate.value}）`, facts.birthDate.source);
    }
    case 'retirement': {
      const who = retirementCategories(facts);
      if (!facts.birthDate || !who)
        return outcome('unknown', facts.birthDate ? '性别或退休类别未记录' : null, facts.birthDate?.source ?? null);
      const birth = facts.birthDate.value;
      const results = who.categories.map((category) => {
        const date = retirementDate(birth, category);
        const reached = on >= date;
        const ok = condition.op === 'not_reached' ? !reached : !reached && on >= addMonths(date, -12 * condition.value);
        return {
          ok,
          text: `${RETIREMENT_CATEGORY_LABELS[category]}法定退休年龄 ${formatAgeMonths(retirementAgeMonths(birth, category))}，${date} 达到`,
        };
      });
      const source = `${facts.birthDate.source}；${who.source}；${RETIREMENT_SOURCE}`;
      const fact = results.map((r) => r.text).join('；');
      if (results.every((r) => r.ok)) return outcome('passed', fact, source);
      if (results.every((r) => !r.ok)) return outcome('failed', fact, source);
      return outcome('unknown', `${fact}（退休类别未记录，结论不同）`, source);
    }
    case 'hukou': {
      if (!facts.hukou) return outcome('unknown', null, null);
      return outcome(
        condition.value.includes(facts.hukou.value) ? 'passed' : 'failed',
        HUKOU_TYPE_LABELS[facts.hukou.value],
        facts.hukou.source,
      );
    }
    case 'employment_status': {
      if (!facts.employment) return outcome('unknown', null, null);
      const { status, since } = facts.employment.value;
      const fact = `${EMPLOYMENT_STATUS_LABELS[status]}（自 ${since}）`;
      if (!condition.value.includes(status)) return outcome('failed', fact, facts.employment.source);
      const held = !condition.minMonths || on >= addMonths(since, condition.minMonths);
      return outcome(held ? 'passed' : 'failed', fact, facts.employment.source);
    }
    case 'key_group': {
      if (!facts.keyGroups) return outcome('unknown', null, null);
      const valid = facts.keyGroups.value.find(
        (g) => g.group === condition.value && g.validFrom <= on && (g.validTo === null || g.validTo >= on),
      );
      const label = KEY_GROUP_LABELS[condition.value];
      const fact = valid ? `${label}（${valid.validFrom} 起${valid.validTo ? `，至 ${valid.validTo}` : ''}）` : `无有效的${label}记录`;
      const has = valid !== undefined;
      return outcome(
        has === (condition.op === 'has') ? 'passed' : 'failed',
        fact,
        valid ? `${facts.keyGroups.source}（${valid.source}）` : facts.keyGroups.source,
      );
    }
    case 'household': {
      if (!facts.household) return outcome('unknown', null, null);
      const { members, employed } = facts.household.value;
      return outcome(employed === 0 ? 'passed' : 'failed', `其他成员 ${members} 人，就业 ${employed} 人`, facts.household.source);
    }
    case 'receipts': {
      if (!facts.receipts) return outcome('unknown', null, null);
      const from = condition.withinYears ? addMonths(on, -12 * condition.withinYears) : null;
      const earlier = facts.receipts.value.filter((date) => date <= on && (from === null || date >= from));
      return outcome(
        earlier.length === 0 ? 'passed' : 'failed',
        earlier.length === 0 ? '无享受记录' : `已享受 ${earlier.length} 次（${earlier.join('、')}）`,
        facts.receipts.source,
      );
    }
    case 'attested':
      return outcome('unknown', null, null);
  }
}

function combine(results: ConditionResult[], mode: 'all' | 'any'): ConditionResult {
  if (mode === 'all') {
    if (results.includes('failed')) return 'failed';
    return results.includes('unknown') ? 'unknown' : 'passed';
  }
  if (results.includes('passed')) return 'passed';
  return results.includes('unknown') ? 'unknown' : 'failed';
}

/**
 * Evaluates a rule pack's conditions against a resident's facts on a date: every leaf passed,
 * failed or unknown with the fact used and its source; all/any combine them (a failure decides
 * `all` and a pass decides `any`, otherwise an unknown makes the whole unknown). A missing fact gives
 * unknown, never failed.
 */
export function evaluateConditions(conditions: Condition, facts: PolicyFacts, on: string): Evaluation {
  const leaves: ConditionOutcome[] = [];
  function walk(node: Condition, path: string): ConditionResult {
    if ('all' in node)
      return combine(
        node.all.map((child, i) => walk(child, path ? `${path}.${i}` : String(i))),
        'all',
      );
    if ('any' in node)
      return combine(
        node.any.map((child, i) => walk(child, path ? `${path}.${i}` : String(i))),
        'any',
      );
    const result = evaluateLeaf(node, facts, on);
    leaves.push({
      path: path || '0',
      condition: node,
      requirement: describeCondition(node),
      ...result,
      fact: result.fact ?? (node.fact === 'attested' ? '须工作人员核实材料' : MISSING),
      source: result.source,
    });
    return result.result;
  }
  const root = walk(conditions, '');
  return { result: root === 'passed' ? 'eligible' : root === 'failed' ? 'not_eligible' : 'unknown', conditions: leaves };
}

/** The evidence still to be collected: each item not already proven by a valid registry record. */
export function missingEvidence(evidence: readonly EvidenceItem[], facts: PolicyFacts, on: string): EvidenceItem[] {
  return evidence.filter(
    (item) =>
      !item.keyGroup ||
      !facts.keyGroups?.value.some((g) => g.group === item.keyGroup && g.validFrom <= on && (g.validTo === null || g.validTo >= on)),
  );
}

// ── the API contract ──────────────────────────────────────────────────────────────

export const PolicyCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, { error: '政策代码为 2–40 位小写字母、数字或下划线，以字母开头' });

const PolicyFieldsSchema = z.object({
  name: text(80),
  documentNumber: text(120),
  issuingBody: text(120),
  /** The official page or text it comes from. */
  source: text(500),
  effectiveFrom: DateSchema.nullable(),
  effectiveTo: DateSchema.nullable(),
  /** What the policy is, for the policy card (政策咨询, item 3). */
  summary: text(2000),
});
const checkWindow = (v: { effectiveFrom?: string | null; effectiveTo?: string | null }) =>
  !v.effectiveFrom || !v.effectiveTo || v.effectiveFrom <= v.effectiveTo;

export const CreatePolicyBodySchema = PolicyFieldsSchema.extend({ code: PolicyCodeSchema, rulePack: RulePackSchema }).refine(checkWindow, {
  error: '失效日期不能早于生效日期',
  path: ['effectiveTo'],
});
export type CreatePolicyBody = z.infer<typeof CreatePolicyBodySchema>;

export const UpdatePolicyBodySchema = PolicyFieldsSchema.partial()
  .extend({ version: z.int().min(1) })
  .refine(checkWindow, { error: '失效日期不能早于生效日期', path: ['effectiveTo'] });
export type UpdatePolicyBody = z.infer<typeof UpdatePolicyBodySchema>;

/** A new version of the rule pack; earlier versions and the decisions that used them stay. */
export const CreateRulePackVersionBodySchema = z.object({ rulePack: RulePackSchema, note: text(200) });
export type CreateRulePackVersionBody = z.infer<typeof CreateRulePackVersionBodySchema>;

export const ListPoliciesQuerySchema = z.object({
  q: z.string().trim().max(40).optional(),
  /** Only those in force on this date (default all). */
  activeOn: DateSchema.optional(),
});
export type ListPoliciesQuery = z.infer<typeof ListPoliciesQuerySchema>;

export const RulePackVersionSchema = z.object({
  versionNo: z.number(),
  rulePack: RulePackSchema,
  note: z.string(),
  createdBy: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: TimestampSchema,
});
export type RulePackVersion = z.infer<typeof RulePackVersionSchema>;

export const PolicySchema = PolicyFieldsSchema.extend({
  id: IdSchema,
  code: z.string(),
  currentVersionNo: z.number(),
  rulePack: RulePackSchema,
  version: z.number(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Policy = z.infer<typeof PolicySchema>;

export const PolicyDetailSchema = PolicySchema.extend({ versions: z.array(RulePackVersionSchema) });
export type PolicyDetail = z.infer<typeof PolicyDetailSchema>;

export const ConditionOutcomeSchema = z.object({
  path: z.string(),
  condition: LeafConditionSchema,
  requirement: z.string(),
  result: z.enum(CONDITION_RESULTS),
  fact: z.string().nullable(),
  source: z.string().nullable(),
});

export const PolicyEligibilitySchema = z.object({
  policyId: z.string(),
  policyCode: z.string(),
  policyName: z.string(),
  documentNumber: z.string(),
  versionNo: z.number(),
  on: DateSchema,
  result: z.enum(ELIGIBILITY_RESULTS),
  conditions: z.array(ConditionOutcomeSchema),
  missingEvidence: z.array(EvidenceItemSchema),
  amounts: z.array(PolicyAmountSchema),
  period: z.string().nullable(),
});
export type PolicyEligibility = z.infer<typeof PolicyEligibilitySchema>;

export const EligibilityQuerySchema = z.object({ on: DateSchema.optional() });
export type EligibilityQuery = z.infer<typeof EligibilityQuerySchema>;

/** A rule pack not yet saved, tried against a sample resident (the editor's preview). */
export const PreviewEligibilityBodySchema = z.object({ residentId: IdSchema, rulePack: RulePackSchema, on: DateSchema.optional() });
export type PreviewEligibilityBody = z.infer<typeof PreviewEligibilityBodySchema>;

export const RecordDecisionBodySchema = z.object({
  residentId: IdSchema,
  on: DateSchema.optional(),
  /** Where the consultation was given (default the actor's site). */
  siteId: IdSchema.optional(),
  channel: ServiceChannelSchema.default('walk_in'),
  note: text(500).nullable().optional(),
});
export type RecordDecisionBody = z.input<typeof RecordDecisionBodySchema>;

export const PolicyDecisionSchema = z.object({
  id: IdSchema,
  policyId: z.string(),
  residentId: z.string(),
  versionNo: z.number(),
  on: DateSchema,
  result: z.enum(ELIGIBILITY_RESULTS),
  conditions: z.array(ConditionOutcomeSchema),
  missingEvidence: z.array(EvidenceItemSchema),
  decidedBy: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: TimestampSchema,
  serviceRecordId: z.string(),
  note: z.string().nullable(),
});
export type PolicyDecision = z.infer<typeof PolicyDecisionSchema>;

/** The ledger item a recorded decision counts as: 政策咨询 (annex item 3). */
export const POLICY_CONSULTATION_ITEM_NO = 3;
