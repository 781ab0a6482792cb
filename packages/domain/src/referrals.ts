import { z } from 'zod';
import { DateSchema, IdSchema, PageQuerySchema, pageOf, TimestampSchema, text } from './common.ts';
import { JobKindSchema } from './jobs.ts';

// ── recommendation and referral (推荐就业流程, plan §三.三, annex items 7, 9, 10) ─────────────

export const REFERRAL_STAGES = [
  'recommended',
  'interested',
  'employer_contacted',
  'interview',
  'hired',
  'not_hired',
  'declined',
  'insured',
] as const;
export const ReferralStageSchema = z.enum(REFERRAL_STAGES, { error: '推荐环节不正确' });
export type ReferralStage = z.infer<typeof ReferralStageSchema>;
export const REFERRAL_STAGE_LABELS: Record<ReferralStage, string> = {
  recommended: '已推荐',
  interested: '有意向',
  employer_contacted: '已联系单位',
  interview: '已约面试',
  hired: '已录用',
  not_hired: '未录用',
  declined: '本人放弃',
  insured: '已办就业参保登记',
};

/** The steps staff take; each moves the stage (except a follow-up, which is recorded on an insured/hired referral). */
export const REFERRAL_ACTIONS = [
  'interested',
  'decline',
  'contact_employer',
  'interview',
  'hire',
  'not_hire',
  'insure',
  'follow_up',
] as const;
export const ReferralActionSchema = z.enum(REFERRAL_ACTIONS);
export type ReferralAction = z.infer<typeof ReferralActionSchema>;
export const REFERRAL_ACTION_LABELS: Record<ReferralAction, string> = {
  interested: '登记有意向',
  decline: '登记本人放弃',
  contact_employer: '已联系用人单位',
  interview: '安排面试',
  hire: '登记录用',
  not_hire: '登记未录用',
  insure: '登记就业参保完成',
  follow_up: '登记回访',
};

/** The stage a step leads to, or undefined when the stage does not allow it (409). */
export function nextReferralStage(stage: ReferralStage, action: ReferralAction): ReferralStage | undefined {
  switch (action) {
    case 'interested':
      return stage === 'recommended' ? 'interested' : undefined;
    case 'decline':
      return stage === 'recommended' || stage === 'interested' ? 'declined' : undefined;
    case 'contact_employer':
      return stage === 'interested' ? 'employer_contacted' : undefined;
    case 'interview':
      return stage === 'employer_contacted' || stage === 'interview' ? 'interview' : undefined;
    case 'hire':
      return stage === 'interview' || stage === 'employer_contacted' ? 'hired' : undefined;
    case 'not_hire':
      return stage === 'interview' || stage === 'employer_contacted' ? 'not_hired' : undefined;
    case 'insure':
      return stage === 'hired' ? 'insured' : undefined;
    case 'follow_up':
      return stage === 'hired' || stage === 'insured' ? stage : undefined;
  }
}

/** Where a referral's service counts in the ledger (annex): recommending 7, interview and health check 9, hire 7, insurance 10. */
export const REFERRAL_ACTION_ITEM_NO: Partial<Record<ReferralAction | 'recommend', number>> = {
  recommend: 7,
  interview: 9,
  hire: 7,
  not_hire: 7,
  insure: 10,
};

export const RECOMMEND_CHANNELS = ['in_person', 'phone', 'message', 'slip'] as const;
export const RecommendChannelSchema = z.enum(RECOMMEND_CHANNELS, { error: '推荐方式不正确' });
export type RecommendChannel = z.infer<typeof RecommendChannelSchema>;
export const RECOMMEND_CHANNEL_LABELS: Record<RecommendChannel, string> = {
  in_person: '当面推荐',
  phone: '电话推荐',
  message: '消息推送',
  slip: '打印推荐单（含岗位二维码）',
};

export const NOT_HIRED_REASONS = [
  'employer_rejected',
  'skills_mismatch',
  'pay_mismatch',
  'commute',
  'health_check_failed',
  'resident_withdrew',
  'no_show',
  'position_filled',
  'other',
] as const;
export const NotHiredReasonSchema = z.enum(NOT_HIRED_REASONS, { error: '请从列表中选择未录用原因' });
export type NotHiredReason = z.infer<typeof NotHiredReasonSchema>;
export const NOT_HIRED_REASON_LABELS: Record<NotHiredReason, string> = {
  employer_rejected: '单位未录用',
  skills_mismatch: '技能不符',
  pay_mismatch: '薪酬未谈妥',
  commute: '路程太远',
  health_check_failed: '体检未通过',
  resident_withdrew: '本人放弃',
  no_show: '未参加面试',
  position_filled: '岗位已招满',
  other: '其他',
};

/** The end-of-term reminder of a public-welfare post comes this many days before its last day. */
export const TERM_REMINDER_DAYS = 30;

/** Follow-ups after a hire (plan §三.三): one and three months, as durable tasks. */
export const FOLLOW_UP_MONTHS = [1, 3] as const;

export const CreateReferralBodySchema = z.object({
  jobId: IdSchema,
  residentId: IdSchema,
  /** The site that gives the service (its ledger line). */
  siteId: IdSchema,
  channel: RecommendChannelSchema,
  note: z.string().trim().max(500).nullable().optional(),
});
export type CreateReferralBody = z.infer<typeof CreateReferralBodySchema>;

export const ReferralStepBodySchema = z
  .object({
    action: ReferralActionSchema,
    version: z.number().int().min(1),
    /** The day it happened (default today): every step is dated. */
    date: DateSchema.optional(),
    note: z.string().trim().max(500).nullable().optional(),
    interviewAt: z.iso.datetime({ offset: true, error: '面试时间格式不正确' }).optional(),
    interviewPlace: z.string().trim().max(200).optional(),
    healthCheckHelp: z.boolean().optional(),
    notHiredReason: NotHiredReasonSchema.optional(),
    /** The month of the follow-up (1 or 3). */
    followUpMonth: z.union([z.literal(1), z.literal(3)]).optional(),
    stillEmployed: z.boolean().optional(),
    /** A hire into a public-welfare post: the last day of its term (公益性岗位 are held for a term). */
    termEndsOn: DateSchema.optional(),
  })
  .superRefine((body, ctx) => {
    if (body.action === 'interview') {
      if (!body.interviewAt) ctx.addIssue({ code: 'custom', path: ['interviewAt'], message: '请填写面试时间' });
      if (!body.interviewPlace) ctx.addIssue({ code: 'custom', path: ['interviewPlace'], message: '请填写面试地点' });
    }
    if (body.action === 'not_hire' && !body.notHiredReason)
      ctx.addIssue({ code: 'custom', path: ['notHiredReason'], message: '请从列表中选择未录用原因' });
    if (body.action === 'follow_up') {
      if (!body.followUpMonth) ctx.addIssue({ code: 'custom', path: ['followUpMonth'], message: '请选择第 1 个月或第 3 个月回访' });
      if (body.stillEmployed === undefined) ctx.addIssue({ code: 'custom', path: ['stillEmployed'], message: '请填写是否仍在岗' });
    }
  });
export type ReferralStepBody = z.infer<typeof ReferralStepBodySchema>;

export const ReferralStepSchema = z.object({
  id: z.string(),
  action: z.string(),
  stage: ReferralStageSchema,
  date: z.string(),
  note: z.string().nullable(),
  staffName: z.string().nullable(),
  serviceRecordId: z.string().nullable(),
  at: TimestampSchema,
});

export const ReferralSchema = z.object({
  id: z.string(),
  jobId: z.string(),
  jobTitle: z.string(),
  jobKind: JobKindSchema,
  employerId: z.string(),
  employerName: z.string(),
  residentId: z.string(),
  residentName: z.string(),
  siteId: z.string(),
  siteName: z.string(),
  channel: RecommendChannelSchema,
  stage: ReferralStageSchema,
  interviewAt: z.string().nullable(),
  interviewPlace: z.string().nullable(),
  healthCheckHelp: z.boolean(),
  notHiredReason: NotHiredReasonSchema.nullable(),
  hiredOn: z.string().nullable(),
  insuredOn: z.string().nullable(),
  termEndsOn: z.string().nullable(),
  followUps: z.array(z.object({ month: z.number().int(), dueDate: z.string(), doneOn: z.string().nullable() })),
  townCode: z.string(),
  villageCode: z.string(),
  createdByName: z.string().nullable(),
  steps: z.array(ReferralStepSchema),
  version: z.number().int(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Referral = z.infer<typeof ReferralSchema>;
export const ReferralPageSchema = pageOf(ReferralSchema.omit({ steps: true }));

export const ListReferralsQuerySchema = PageQuerySchema.extend({
  stage: ReferralStageSchema.optional(),
  siteId: IdSchema.optional(),
  jobId: IdSchema.optional(),
  employerId: IdSchema.optional(),
  residentId: IdSchema.optional(),
});
export type ListReferralsQuery = z.infer<typeof ListReferralsQuerySchema>;

/** A referral's summary on a board column (the station's board groups by stage). */
export const ReferralBoardSchema = z.object({
  columns: z.array(z.object({ stage: ReferralStageSchema, count: z.number().int(), items: z.array(ReferralSchema.omit({ steps: true })) })),
});
export type ReferralBoard = z.infer<typeof ReferralBoardSchema>;
export const ReferralBoardQuerySchema = z.object({ siteId: IdSchema.optional() });

export const FollowUpNoteSchema = text(500);
