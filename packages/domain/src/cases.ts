import { z } from 'zod';
import { DateSchema, IdSchema, PageQuerySchema, pageOf, TimestampSchema, text } from './common.ts';
import { ServiceChannelSchema } from './ledger.ts';

// ── assisted cases (一对一帮办, plan §三.五, annex items 10, 17–20) ─────────────────────────

export const CASE_KINDS = [
  'unemployment_registration',
  'hardship_recognition',
  'subsidy_claim',
  'insurance_registration',
  'assistance_referral',
] as const;
export const CaseKindSchema = z.enum(CASE_KINDS, { error: '帮办事项不正确' });
export type CaseKind = z.infer<typeof CaseKindSchema>;
export const CASE_KIND_LABELS: Record<CaseKind, string> = {
  unemployment_registration: '失业登记',
  hardship_recognition: '就业困难人员认定',
  subsidy_claim: '补贴申领',
  insurance_registration: '就业参保登记',
  assistance_referral: '转介民政社会救助',
};

/** The annex item each kind counts as in the ledger: 17 失业登记, 18 就困认定, 19 补贴申领, 10 就业参保登记, 20 衔接社会救助. */
export const CASE_KIND_ITEM_NO: Record<CaseKind, number> = {
  unemployment_registration: 17,
  hardship_recognition: 18,
  subsidy_claim: 19,
  insurance_registration: 10,
  assistance_referral: 20,
};

export const CASE_STATES = ['opened', 'collecting', 'filed', 'approved', 'refused', 'paid', 'closed'] as const;
export const CaseStateSchema = z.enum(CASE_STATES, { error: '帮办环节不正确' });
export type CaseState = z.infer<typeof CaseStateSchema>;
export const CASE_STATE_LABELS: Record<CaseState, string> = {
  opened: '已开办',
  collecting: '收集材料',
  filed: '已提交',
  approved: '已通过',
  refused: '未通过',
  paid: '已发放',
  closed: '已办结',
};

export const CASE_ACTIONS = ['collect', 'file', 'approve', 'refuse', 'pay', 'close', 'withdraw'] as const;
export const CaseActionSchema = z.enum(CASE_ACTIONS, { error: '帮办操作不正确' });
export type CaseAction = z.infer<typeof CaseActionSchema>;
export const CASE_ACTION_LABELS: Record<CaseAction | 'open', string> = {
  open: '开办帮办',
  collect: '开始收集材料',
  file: '登记已提交',
  approve: '登记审核通过',
  refuse: '登记未通过',
  pay: '登记补贴发放',
  close: '办结',
  withdraw: '本人撤回',
};

/**
 * The state a step leads to, or undefined when the case's state does not allow it (409
 * CASE_STATE_CONFLICT). Only a subsidy claim is paid; an approved subsidy claim closes only once paid.
 */
export function nextCaseState(kind: CaseKind, state: CaseState, action: CaseAction): CaseState | undefined {
  switch (action) {
    case 'collect':
      return state === 'opened' ? 'collecting' : undefined;
    case 'file':
      return state === 'collecting' ? 'filed' : undefined;
    case 'approve':
      return state === 'filed' ? 'approved' : undefined;
    case 'refuse':
      return state === 'filed' ? 'refused' : undefined;
    case 'pay':
      return kind === 'subsidy_claim' && state === 'approved' ? 'paid' : undefined;
    case 'close':
      if (state === 'refused' || state === 'paid') return 'closed';
      return state === 'approved' && kind !== 'subsidy_claim' ? 'closed' : undefined;
    case 'withdraw':
      return state === 'opened' || state === 'collecting' || state === 'filed' ? 'closed' : undefined;
  }
}

/** The actions a case's state allows (the case page offers these). */
export function allowedCaseActions(kind: CaseKind, state: CaseState): CaseAction[] {
  return CASE_ACTIONS.filter((action) => nextCaseState(kind, state, action) !== undefined);
}

/** Evidence may be received and checked while it is being collected (before filing). */
export function evidenceOpen(state: CaseState): boolean {
  return state === 'opened' || state === 'collecting';
}

/**
 * The station's service targets in working days (not statutory limits; docs/decisions.md): filing
 * within `file` of opening, a decision chased `decide` after filing, a payment `pay` after approval.
 */
export const CASE_DEADLINE_WORKING_DAYS: Record<CaseKind, { file: number; decide: number; pay: number }> = {
  unemployment_registration: { file: 3, decide: 5, pay: 0 },
  hardship_recognition: { file: 5, decide: 15, pay: 0 },
  subsidy_claim: { file: 5, decide: 20, pay: 20 },
  insurance_registration: { file: 3, decide: 5, pay: 0 },
  assistance_referral: { file: 5, decide: 20, pay: 0 },
};

/** The documents a kind's checklist starts with; a subsidy claim takes its policy's evidence instead. */
export const CASE_EVIDENCE: Record<Exclude<CaseKind, 'subsidy_claim'>, readonly string[]> = {
  unemployment_registration: ['居民身份证', '户口簿或居住证', '解除或终止劳动关系证明（如有）'],
  hardship_recognition: ['居民身份证', '失业登记证明', '就业困难情形的证明材料'],
  insurance_registration: ['居民身份证', '劳动合同或用工证明'],
  assistance_referral: ['居民身份证', '户口簿', '家庭收入和财产情况说明'],
};

/** The systems a case is filed in; the reference number it got there is required. */
export const OFFICIAL_SYSTEMS = ['yiwangtongban', 'employment_system', 'civil_affairs', 'other'] as const;
export const OfficialSystemSchema = z.enum(OFFICIAL_SYSTEMS, { error: '请选择提交的业务系统' });
export type OfficialSystem = z.infer<typeof OfficialSystemSchema>;
export const OFFICIAL_SYSTEM_LABELS: Record<OfficialSystem, string> = {
  yiwangtongban: '一网通办',
  employment_system: '就业服务信息系统',
  civil_affairs: '民政社会救助系统',
  other: '其他',
};

// ── the API contract ──────────────────────────────────────────────────────────────

export const OpenCaseBodySchema = z
  .object({
    kind: CaseKindSchema,
    residentId: IdSchema,
    /** The station or point that helps (its ledger lines and its board). */
    siteId: IdSchema,
    /** A subsidy claim: the policy claimed (from the policies module). */
    policyId: IdSchema.optional(),
    channel: ServiceChannelSchema.default('walk_in'),
    note: text(500).nullable().optional(),
  })
  .superRefine((body, ctx) => {
    if (body.kind === 'subsidy_claim' && !body.policyId)
      ctx.addIssue({ code: 'custom', path: ['policyId'], message: '补贴申领请选择所申领的政策' });
  });
export type OpenCaseBody = z.input<typeof OpenCaseBodySchema>;

export const CaseStepBodySchema = z
  .object({
    action: CaseActionSchema,
    version: z.int().min(1),
    /** The day it happened (default today). */
    date: DateSchema.optional(),
    note: text(500).nullable().optional(),
    officialSystem: OfficialSystemSchema.optional(),
    referenceNumber: z.string().trim().max(60).optional(),
    refusalReason: z.string().trim().max(300).optional(),
    amountFen: z.int({ error: '请填写发放金额' }).min(1, { error: '发放金额应大于 0' }).max(100_000_000).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.action === 'file') {
      if (!body.officialSystem) ctx.addIssue({ code: 'custom', path: ['officialSystem'], message: '请选择提交的业务系统' });
      if (!body.referenceNumber) ctx.addIssue({ code: 'custom', path: ['referenceNumber'], message: '请填写业务系统中的受理编号' });
    }
    if (body.action === 'refuse' && !body.refusalReason)
      ctx.addIssue({ code: 'custom', path: ['refusalReason'], message: '请填写未通过的原因' });
    if (body.action === 'pay' && body.amountFen === undefined)
      ctx.addIssue({ code: 'custom', path: ['amountFen'], message: '请填写发放金额' });
    if (body.action === 'withdraw' && !body.note) ctx.addIssue({ code: 'custom', path: ['note'], message: '请填写撤回原因' });
  });
export type CaseStepBody = z.infer<typeof CaseStepBodySchema>;

export const EVIDENCE_MARKS = ['received', 'checked'] as const;
export const TickEvidenceBodySchema = z.object({
  version: z.int().min(1),
  evidenceId: IdSchema,
  mark: z.enum(EVIDENCE_MARKS, { error: '请选择已收到或已核验' }),
});
export type TickEvidenceBody = z.infer<typeof TickEvidenceBodySchema>;

export const CaseEvidenceSchema = z.object({
  id: z.string(),
  label: z.string(),
  receivedOn: z.string().nullable(),
  receivedByName: z.string().nullable(),
  checkedOn: z.string().nullable(),
  checkedByName: z.string().nullable(),
});
export type CaseEvidence = z.infer<typeof CaseEvidenceSchema>;

export const CaseStepSchema = z.object({
  id: z.string(),
  action: z.string(),
  state: CaseStateSchema,
  date: z.string(),
  note: z.string().nullable(),
  staffName: z.string().nullable(),
  serviceRecordId: z.string().nullable(),
  at: TimestampSchema,
});

export const CaseSummarySchema = z.object({
  id: z.string(),
  kind: CaseKindSchema,
  state: CaseStateSchema,
  residentId: z.string(),
  residentName: z.string(),
  siteId: z.string(),
  siteName: z.string(),
  policyId: z.string().nullable(),
  policyName: z.string().nullable(),
  openedOn: z.string(),
  /** The current stage's deadline (working days), null once nothing is awaited. */
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  officialSystem: OfficialSystemSchema.nullable(),
  referenceNumber: z.string().nullable(),
  filedOn: z.string().nullable(),
  decidedOn: z.string().nullable(),
  refusalReason: z.string().nullable(),
  amountFen: z.number().nullable(),
  paidOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  townCode: z.string(),
  villageCode: z.string(),
  version: z.number().int(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const CaseSchema = CaseSummarySchema.extend({
  evidence: z.array(CaseEvidenceSchema),
  steps: z.array(CaseStepSchema),
  allowedActions: z.array(CaseActionSchema),
});
export type Case = z.infer<typeof CaseSchema>;
export const CasePageSchema = pageOf(CaseSummarySchema);

export const ListCasesQuerySchema = PageQuerySchema.extend({
  state: CaseStateSchema.optional(),
  kind: CaseKindSchema.optional(),
  siteId: IdSchema.optional(),
  residentId: IdSchema.optional(),
});
export type ListCasesQuery = z.infer<typeof ListCasesQuerySchema>;

/** The station's board: a column per state (closed left out), overdue first. */
export const CaseBoardSchema = z.object({
  columns: z.array(
    z.object({ state: CaseStateSchema, count: z.number().int(), overdue: z.number().int(), items: z.array(CaseSummarySchema) }),
  ),
});
export type CaseBoard = z.infer<typeof CaseBoardSchema>;
export const CaseBoardQuerySchema = z.object({ siteId: IdSchema.optional() });
