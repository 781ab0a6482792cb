import { z } from 'zod';
import { DateSchema, IdSchema, TimestampSchema } from './common.ts';

// ── the gig market (零工市场, plan §三.二, 人社部发〔2022〕38号) ──────────────────────────────
// A day job is a job of kind `gig` whose validity is its working day(s); posting it goes through the
// jobs module (the wording check refuses deposits, holding ID cards and fees, and audits the attempt).
// A worker's sign-up then moves signed up → checked in → checked out → completed (the worker confirms
// the work was done and the pay received), or cancelled before check-in.

export const GIG_SIGNUP_STATES = ['signed_up', 'checked_in', 'checked_out', 'completed', 'cancelled'] as const;
export const GigSignupStateSchema = z.enum(GIG_SIGNUP_STATES);
export type GigSignupState = z.infer<typeof GigSignupStateSchema>;
export const GIG_SIGNUP_STATE_LABELS: Record<GigSignupState, string> = {
  signed_up: '已报名',
  checked_in: '已签到',
  checked_out: '已签退',
  completed: '已完工并确认报酬',
  cancelled: '已取消',
};

export const GIG_ACTIONS = ['check_in', 'check_out', 'confirm', 'cancel'] as const;
export const GigActionSchema = z.enum(GIG_ACTIONS);
export type GigAction = z.infer<typeof GigActionSchema>;
export const GIG_ACTION_LABELS: Record<GigAction, string> = {
  check_in: '签到',
  check_out: '签退',
  confirm: '工人确认完工和报酬',
  cancel: '取消报名',
};

export function nextGigState(state: GigSignupState, action: GigAction): GigSignupState | undefined {
  switch (action) {
    case 'check_in':
      return state === 'signed_up' ? 'checked_in' : undefined;
    case 'check_out':
      return state === 'checked_in' ? 'checked_out' : undefined;
    case 'confirm':
      return state === 'checked_out' ? 'completed' : undefined;
    case 'cancel':
      return state === 'signed_up' ? 'cancelled' : undefined;
  }
}

/** The anti-fraud rules the gig board shows (就业服务与就业管理规定 第十四条). */
export const GIG_RULES = [
  '不得向零工收取押金、保证金或任何费用',
  '不得扣押身份证等任何证件',
  '报酬按约定当日或按时足额支付，由工人本人确认',
] as const;

export const CreateGigSignupBodySchema = z.object({ jobId: IdSchema, residentId: IdSchema, siteId: IdSchema });
export type CreateGigSignupBody = z.infer<typeof CreateGigSignupBodySchema>;

export const GigActionBodySchema = z
  .object({
    action: GigActionSchema,
    version: z.number().int().min(1),
    /** On confirm: the pay the worker says was received, in fen. */
    paidFen: z.number().int().min(0).max(10_000_000).optional(),
    /** On confirm: the worker confirmed in person (or by phone) — staff record it. */
    workerConfirmed: z.literal(true).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.action === 'confirm') {
      if (body.paidFen === undefined) ctx.addIssue({ code: 'custom', path: ['paidFen'], message: '请填写工人确认收到的报酬' });
      if (body.workerConfirmed !== true) ctx.addIssue({ code: 'custom', path: ['workerConfirmed'], message: '须由工人本人确认' });
    }
  });
export type GigActionBody = z.infer<typeof GigActionBodySchema>;

export const GigSignupSchema = z.object({
  id: z.string(),
  jobId: z.string(),
  jobTitle: z.string(),
  residentId: z.string(),
  residentName: z.string(),
  siteId: z.string(),
  state: GigSignupStateSchema,
  workDate: z.string(),
  checkedInAt: z.string().nullable(),
  checkedOutAt: z.string().nullable(),
  paidFen: z.number().int().nullable(),
  completedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: TimestampSchema,
});
export type GigSignup = z.infer<typeof GigSignupSchema>;
export const GigSignupListSchema = z.object({ items: z.array(GigSignupSchema) });

export const ListGigSignupsQuerySchema = z.object({ jobId: IdSchema.optional(), date: DateSchema.optional() });
export type ListGigSignupsQuery = z.infer<typeof ListGigSignupsQuerySchema>;
