import { z } from 'zod';
import { DateSchema, IdSchema, PageQuerySchema, pageOf, TimestampSchema, text } from './common.ts';

/**
 * Public supervision (群众监督, plan §二.四): a resident rates a service (1–5 and a comment) through
 * a QR code or short link without signing in, once per service; complaints are tracked from
 * receipt to the resident's acceptance (or re-opening).
 */

// ── ratings ──────────────────────────────────────────────────────────────────

/** An unguessable link token: 32 random bytes in base64url (43 characters); only its hash is stored. */
export const FeedbackTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: '链接无效' });
export const FeedbackTokenParamsSchema = z.object({ token: FeedbackTokenSchema });

/** Days a rating link stays open after it is issued. */
export const FEEDBACK_LINK_DAYS = 30;

export const FeedbackLinkSchema = z.object({
  serviceRecordId: z.string(),
  token: z.string(),
  /** The path of the public rating page (the web app's route), for the QR code. */
  path: z.string(),
  expiresAt: TimestampSchema,
});
export type FeedbackLink = z.infer<typeof FeedbackLinkSchema>;

/** What the rating page shows: no names, no phone. */
export const PublicServiceForRatingSchema = z.object({
  itemNo: z.number().int(),
  itemName: z.string(),
  siteName: z.string(),
  serviceAt: TimestampSchema,
  rated: z.boolean(),
  expiresAt: TimestampSchema,
});
export type PublicServiceForRating = z.infer<typeof PublicServiceForRatingSchema>;

export const RatingSchema = z
  .number({ error: '评分应为 1–5 的整数' })
  .int({ error: '评分应为 1–5 的整数' })
  .min(1, { error: '评分应为 1–5 的整数' })
  .max(5, { error: '评分应为 1–5 的整数' });
export const SubmitRatingBodySchema = z.object({
  rating: RatingSchema,
  comment: z.string().trim().max(500, { error: '不能超过 500 个字符' }).nullish(),
});
export type SubmitRatingBody = z.infer<typeof SubmitRatingBodySchema>;
export const RATING_LABELS = ['', '很不满意', '不满意', '一般', '满意', '很满意'] as const;

export const FeedbackSummaryQuerySchema = z
  .object({ siteId: IdSchema.optional(), staffId: IdSchema.optional(), from: DateSchema.optional(), to: DateSchema.optional() })
  .superRefine((query, ctx) => {
    if (query.from && query.to && query.to < query.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期应不早于开始日期' });
  });
export type FeedbackSummaryQuery = z.infer<typeof FeedbackSummaryQuerySchema>;
export const FeedbackSummarySchema = z.object({
  count: z.number().int(),
  /** Null when nothing was rated. */
  mean: z.number().nullable(),
  /** Count per rating 1–5 (index 0 = rating 1). */
  distribution: z.array(z.number().int()),
});
export type FeedbackSummary = z.infer<typeof FeedbackSummarySchema>;

// ── complaints ───────────────────────────────────────────────────────────────

export const COMPLAINT_CATEGORIES = ['attitude', 'efficiency', 'quality', 'discipline', 'facilities', 'other'] as const;
export const ComplaintCategorySchema = z.enum(COMPLAINT_CATEGORIES, { error: '投诉类别不正确' });
export type ComplaintCategory = z.infer<typeof ComplaintCategorySchema>;
export const COMPLAINT_CATEGORY_LABELS: Record<ComplaintCategory, string> = {
  attitude: '服务态度',
  efficiency: '办事效率',
  quality: '服务质量',
  discipline: '工作纪律',
  facilities: '场所设施',
  other: '其他',
};

export const COMPLAINT_SUBJECTS = ['site', 'staff', 'service'] as const;
export const ComplaintSubjectSchema = z.enum(COMPLAINT_SUBJECTS, { error: '投诉对象不正确' });
export type ComplaintSubject = z.infer<typeof ComplaintSubjectSchema>;
export const COMPLAINT_SUBJECT_LABELS: Record<ComplaintSubject, string> = { site: '站点', staff: '工作人员', service: '某次服务' };

export const COMPLAINT_STATES = ['open', 'replied', 'closed', 'reopened'] as const;
export const ComplaintStateSchema = z.enum(COMPLAINT_STATES);
export type ComplaintState = z.infer<typeof ComplaintStateSchema>;
export const COMPLAINT_STATE_LABELS: Record<ComplaintState, string> = {
  open: '待答复',
  replied: '已答复，待群众确认',
  closed: '已办结（群众认可）',
  reopened: '群众不认可，重新办理',
};
export const DEFAULT_COMPLAINT_WORKING_DAYS = 5;

export type ComplaintAction = 'reply' | 'accept' | 'reopen';
/** Pure rule: the state an action leads to, or null when it is not allowed. */
export function nextComplaintState(state: ComplaintState, action: ComplaintAction): ComplaintState | null {
  switch (action) {
    case 'reply':
      return state === 'open' || state === 'reopened' ? 'replied' : null;
    case 'accept':
      return state === 'replied' ? 'closed' : null;
    case 'reopen':
      return state === 'replied' ? 'reopened' : null;
  }
}

export const CreateComplaintBodySchema = z
  .object({
    category: ComplaintCategorySchema,
    subject: ComplaintSubjectSchema,
    /** The site complained about, or the site of the staff member or service. */
    siteId: IdSchema,
    staffId: IdSchema.nullish(),
    serviceRecordId: IdSchema.nullish(),
    residentId: IdSchema.nullish(),
    content: text(1000),
    handlerStaffId: IdSchema,
    deadlineWorkingDays: z.number().int().min(1, { error: '至少 1 个工作日' }).max(30, { error: '不能超过 30 个工作日' }).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.subject === 'staff' && !body.staffId) ctx.addIssue({ code: 'custom', path: ['staffId'], message: '请选择被投诉的工作人员' });
    if (body.subject === 'service' && !body.serviceRecordId) {
      ctx.addIssue({ code: 'custom', path: ['serviceRecordId'], message: '请选择被投诉的服务记录' });
    }
  });
export type CreateComplaintBody = z.infer<typeof CreateComplaintBodySchema>;

export const ComplaintEventSchema = z.object({
  at: TimestampSchema,
  action: z.enum(['create', 'reply', 'accept', 'reopen']),
  staffName: z.string(),
  text: z.string().nullable(),
});
export type ComplaintEvent = z.infer<typeof ComplaintEventSchema>;

export const ComplaintSchema = z.object({
  id: IdSchema,
  category: ComplaintCategorySchema,
  subject: ComplaintSubjectSchema,
  siteId: z.string(),
  siteName: z.string(),
  staffId: z.string().nullable(),
  staffName: z.string().nullable(),
  serviceRecordId: z.string().nullable(),
  residentId: z.string().nullable(),
  content: z.string(),
  handlerStaffId: z.string(),
  handlerStaffName: z.string(),
  state: ComplaintStateSchema,
  deadline: DateSchema,
  isOverdue: z.boolean(),
  reply: z.string().nullable(),
  repliedAt: TimestampSchema.nullable(),
  closedAt: TimestampSchema.nullable(),
  reopenCount: z.number().int(),
  townCode: z.string(),
  villageCode: z.string().nullable(),
  version: z.number().int(),
  createdAt: TimestampSchema,
});
export type Complaint = z.infer<typeof ComplaintSchema>;
export const ComplaintWithEventsSchema = ComplaintSchema.extend({ events: z.array(ComplaintEventSchema) });
export type ComplaintWithEvents = z.infer<typeof ComplaintWithEventsSchema>;
export const ComplaintPageSchema = pageOf(ComplaintSchema);

export const ReplyComplaintBodySchema = z.object({ reply: text(1000), version: z.number().int().min(1) });
export type ReplyComplaintBody = z.infer<typeof ReplyComplaintBodySchema>;
/** The resident's answer to the reply, recorded by staff (phone call, visit). */
export const ComplaintResponseBodySchema = z.object({ note: z.string().trim().max(500).nullish(), version: z.number().int().min(1) });
export type ComplaintResponseBody = z.infer<typeof ComplaintResponseBodySchema>;
export const ReopenComplaintBodySchema = z.object({ note: text(500), version: z.number().int().min(1) });
export type ReopenComplaintBody = z.infer<typeof ReopenComplaintBodySchema>;

export const ListComplaintsQuerySchema = PageQuerySchema.extend({
  state: ComplaintStateSchema.optional(),
  siteId: IdSchema.optional(),
  handlerStaffId: IdSchema.optional(),
  category: ComplaintCategorySchema.optional(),
});
export type ListComplaintsQuery = z.infer<typeof ListComplaintsQuerySchema>;
