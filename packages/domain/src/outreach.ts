import { z } from 'zod';
import { DateSchema, IdSchema, PageQuerySchema, pageOf, QueryBooleanSchema, TimestampSchema, text } from './common.ts';
import type { Evaluation } from './policies.ts';
import { VillageCodeSchema } from './regions.ts';

// Outreach (政策找人, issue 11 §4): the registry screened against the policies in force; the people
// likely eligible and not yet receiving get one outreach task per policy, followed through a funnel.

export const OUTREACH_STATES = ['likely', 'contacted', 'applied', 'approved', 'paid', 'declined', 'not_eligible'] as const;
export const OutreachStateSchema = z.enum(OUTREACH_STATES);
export type OutreachState = z.infer<typeof OutreachStateSchema>;
export const OUTREACH_STATE_LABELS: Record<OutreachState, string> = {
  likely: '疑似符合',
  contacted: '已联系',
  applied: '已申请',
  approved: '已批准',
  paid: '已发放',
  declined: '本人放弃',
  not_eligible: '核实不符合',
};

/** The funnel's steps in order; declined and not eligible leave it. */
export const OUTREACH_FUNNEL: readonly OutreachState[] = ['likely', 'contacted', 'applied', 'approved', 'paid'];

const NEXT: Record<OutreachState, readonly OutreachState[]> = {
  likely: ['contacted', 'declined', 'not_eligible'],
  contacted: ['applied', 'declined', 'not_eligible'],
  applied: ['approved', 'not_eligible'],
  approved: ['paid'],
  paid: [],
  declined: [],
  not_eligible: [],
};

/** The states a task may move to from `state`: the next funnel step, or leaving it (paid, declined, not eligible end it). */
export function outreachNextStates(state: OutreachState): readonly OutreachState[] {
  return NEXT[state];
}

/**
 * Likely eligible for outreach: no condition failed (eligible, or unknown with no failure). A result
 * of unknown means only that some fact is missing; a failed condition anywhere rules the person out.
 */
export function isLikelyEligible(evaluation: Pick<Evaluation, 'result' | 'conditions'>): boolean {
  if (evaluation.result === 'eligible') return true;
  return evaluation.result === 'unknown' && !evaluation.conditions.some((c) => c.result === 'failed');
}

/** How many days ahead of a key-group membership's end the assigned worker is reminded. */
export const OUTREACH_EXPIRY_NOTICE_DAYS = 30;

export const OutreachTaskSchema = z.object({
  id: IdSchema,
  policyId: z.string(),
  policyName: z.string(),
  versionNo: z.number(),
  residentId: z.string(),
  residentName: z.string(),
  result: z.enum(['eligible', 'unknown']),
  state: OutreachStateSchema,
  villageCode: z.string(),
  gridCode: z.string().nullable(),
  assignedStaffId: z.string().nullable(),
  assignedStaffName: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type OutreachTask = z.infer<typeof OutreachTaskSchema>;
export const OutreachTaskPageSchema = pageOf(OutreachTaskSchema);

export const ListOutreachQuerySchema = PageQuerySchema.extend({
  policyId: IdSchema.optional(),
  state: OutreachStateSchema.optional(),
  villageCode: VillageCodeSchema.optional(),
  /** Only the tasks assigned to the actor; a point worker's default. */
  mine: QueryBooleanSchema.optional(),
});
export type ListOutreachQuery = z.infer<typeof ListOutreachQuerySchema>;

export const MoveOutreachBodySchema = z.object({
  state: OutreachStateSchema,
  version: z.number().int().min(1),
  /** What was said or done (required when contacting). */
  note: text(500).nullable().optional(),
  /** Where the service was given (default the actor's site). */
  siteId: IdSchema.optional(),
});
export type MoveOutreachBody = z.infer<typeof MoveOutreachBodySchema>;

export const ScreenOutreachBodySchema = z.object({ on: DateSchema.optional() });
export type ScreenOutreachBody = z.infer<typeof ScreenOutreachBodySchema>;

export const ScreeningResultSchema = z.object({
  on: DateSchema,
  policies: z.number().int(),
  screened: z.number().int(),
  created: z.number().int(),
});
export type ScreeningResult = z.infer<typeof ScreeningResultSchema>;

export const OutreachFunnelSchema = z.array(
  z.object({
    policyId: z.string(),
    policyName: z.string(),
    counts: z.record(OutreachStateSchema, z.number().int()),
    total: z.number().int(),
  }),
);
export type OutreachFunnel = z.infer<typeof OutreachFunnelSchema>;
