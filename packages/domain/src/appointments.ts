import { z } from 'zod';
import { DateSchema, IdSchema, PageQuerySchema, pageOf, TimestampSchema, text } from './common.ts';
import { ServiceItemNoSchema } from './service-items.ts';

/**
 * Appointments (预约, plan §二.四 and item 22 专家预约咨询或者坐诊): slot rules per site and per staff
 * member or mentor (weekly opening hours, slot length, capacity); slots are computed from the rules
 * and closed on non-working days of the calendar (open on 调休 working weekends). Staff book for a
 * resident; the last place of a slot is never booked twice.
 */

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
const TimeSchema = z.string().regex(TIME_RE, { error: '时间格式应为 HH:mm' });

/** ISO weekdays 1 = Monday … 7 = Sunday. */
export const WeekdaySchema = z.number().int().min(1, { error: '星期应为 1–7' }).max(7, { error: '星期应为 1–7' });

const ruleFields = {
  siteId: IdSchema,
  /** The staff member or mentor the slots belong to; null = the site's desk. */
  staffId: IdSchema.nullish(),
  itemNo: ServiceItemNoSchema.nullish(),
  title: text(60),
  weekdays: z.array(WeekdaySchema).min(1, { error: '至少选择一天' }).max(7),
  startTime: TimeSchema,
  endTime: TimeSchema,
  slotMinutes: z.number().int().min(5, { error: '每个时段至少 5 分钟' }).max(480, { error: '每个时段不能超过 8 小时' }),
  capacity: z.number().int().min(1, { error: '每个时段至少 1 个名额' }).max(200, { error: '每个时段不能超过 200 个名额' }),
  validFrom: DateSchema,
  validTo: DateSchema.nullish(),
};

function checkRule(
  rule: { startTime?: string; endTime?: string; slotMinutes?: number; validFrom?: string; validTo?: string | null },
  ctx: z.RefinementCtx,
) {
  if (rule.startTime && rule.endTime && rule.startTime >= rule.endTime) {
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: '结束时间应晚于开始时间' });
  }
  if (rule.startTime && rule.endTime && rule.slotMinutes && minutesOf(rule.endTime) - minutesOf(rule.startTime) < rule.slotMinutes) {
    ctx.addIssue({ code: 'custom', path: ['slotMinutes'], message: '时段长度超过了开放时间' });
  }
  if (rule.validFrom && rule.validTo && rule.validTo < rule.validFrom) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], message: '结束日期应不早于开始日期' });
  }
}

export const CreateSlotRuleBodySchema = z.object(ruleFields).superRefine(checkRule);
export type CreateSlotRuleBody = z.input<typeof CreateSlotRuleBodySchema>;
export type CreateSlotRuleInput = z.output<typeof CreateSlotRuleBodySchema>;

/** Only the validity and activity change once a rule exists (the slots booked on it keep their times). */
export const UpdateSlotRuleBodySchema = z
  .object({ validTo: DateSchema.nullable().optional(), isActive: z.boolean().optional(), version: z.number().int().min(1) })
  .strict();
export type UpdateSlotRuleBody = z.infer<typeof UpdateSlotRuleBodySchema>;

export const SlotRuleSchema = z.object({
  id: IdSchema,
  siteId: z.string(),
  siteName: z.string(),
  staffId: z.string().nullable(),
  staffName: z.string().nullable(),
  itemNo: z.number().int().nullable(),
  title: z.string(),
  weekdays: z.array(z.number().int()),
  startTime: z.string(),
  endTime: z.string(),
  slotMinutes: z.number().int(),
  capacity: z.number().int(),
  validFrom: DateSchema,
  validTo: DateSchema.nullable(),
  isActive: z.boolean(),
  townCode: z.string(),
  villageCode: z.string().nullable(),
  version: z.number().int(),
});
export type SlotRule = z.infer<typeof SlotRuleSchema>;
export const SlotRuleListSchema = z.object({ items: z.array(SlotRuleSchema) });
export const ListSlotRulesQuerySchema = z.object({ siteId: IdSchema.optional(), staffId: IdSchema.optional() });
export type ListSlotRulesQuery = z.infer<typeof ListSlotRulesQuerySchema>;

export const SlotSchema = z.object({
  ruleId: z.string(),
  siteId: z.string(),
  staffId: z.string().nullable(),
  title: z.string(),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  capacity: z.number().int(),
  booked: z.number().int(),
  available: z.number().int(),
});
export type Slot = z.infer<typeof SlotSchema>;
export const SlotListSchema = z.object({ items: z.array(SlotSchema) });

/** At most 31 days of slots at a time. */
export const ListSlotsQuerySchema = z
  .object({ siteId: IdSchema.optional(), staffId: IdSchema.optional(), ruleId: IdSchema.optional(), from: DateSchema, to: DateSchema })
  .superRefine((query, ctx) => {
    if (query.to < query.from) ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期应不早于开始日期' });
    else if ((Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 > 31) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: '一次最多查询 31 天' });
    }
  });
export type ListSlotsQuery = z.infer<typeof ListSlotsQuerySchema>;

export const APPOINTMENT_STATES = ['booked', 'cancelled', 'checked_in', 'no_show'] as const;
export const AppointmentStateSchema = z.enum(APPOINTMENT_STATES);
export type AppointmentState = z.infer<typeof AppointmentStateSchema>;
export const APPOINTMENT_STATE_LABELS: Record<AppointmentState, string> = {
  booked: '已预约',
  cancelled: '已取消',
  checked_in: '已签到',
  no_show: '未到',
};

/** The day-before reminder: `sms_not_sent` when no SMS gateway is configured — never a fake send. */
export const REMINDER_STATES = ['scheduled', 'sent', 'sms_not_sent', 'cancelled'] as const;
export const ReminderStateSchema = z.enum(REMINDER_STATES);
export type ReminderState = z.infer<typeof ReminderStateSchema>;
export const REMINDER_STATE_LABELS: Record<ReminderState, string> = {
  scheduled: '待提醒（前一天）',
  sent: '已提醒（站内消息与短信）',
  sms_not_sent: '已站内提醒，短信未发送（未配置短信网关）',
  cancelled: '不再提醒',
};

export const AppointmentSchema = z.object({
  id: IdSchema,
  ruleId: z.string(),
  siteId: z.string(),
  siteName: z.string(),
  staffId: z.string().nullable(),
  staffName: z.string().nullable(),
  residentId: z.string(),
  residentName: z.string(),
  itemNo: z.number().int(),
  title: z.string(),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  state: AppointmentStateSchema,
  note: z.string().nullable(),
  reminderState: ReminderStateSchema,
  bookedByStaffName: z.string(),
  checkedInAt: TimestampSchema.nullable(),
  cancelledAt: TimestampSchema.nullable(),
  serviceRecordId: z.string().nullable(),
  townCode: z.string(),
  villageCode: z.string().nullable(),
  version: z.number().int(),
  createdAt: TimestampSchema,
});
export type Appointment = z.infer<typeof AppointmentSchema>;
export const AppointmentPageSchema = pageOf(AppointmentSchema);

export const BookAppointmentBodySchema = z.object({
  ruleId: IdSchema,
  startsAt: z.iso.datetime({ offset: true, error: '时间格式不正确' }),
  residentId: IdSchema,
  /** Defaults to the rule's item, else 22 (expert appointments) for a mentor's rule or 3 (policy consultation). */
  itemNo: ServiceItemNoSchema.nullish(),
  note: z.string().trim().max(300, { error: '不能超过 300 个字符' }).nullish(),
});
export type BookAppointmentBody = z.infer<typeof BookAppointmentBodySchema>;

export const AppointmentActionBodySchema = z.object({ version: z.number().int().min(1) });
export type AppointmentActionBody = z.infer<typeof AppointmentActionBodySchema>;
export const CheckInAppointmentBodySchema = z.object({
  version: z.number().int().min(1),
  outcome: z.enum(['done', 'in_progress', 'referred', 'not_done'], { error: '办理结果不正确' }).default('done'),
  note: z.string().trim().max(500, { error: '不能超过 500 个字符' }).nullish(),
});
export type CheckInAppointmentBody = z.input<typeof CheckInAppointmentBodySchema>;
export type CheckInAppointmentInput = z.output<typeof CheckInAppointmentBodySchema>;

export const ListAppointmentsQuerySchema = PageQuerySchema.extend({
  siteId: IdSchema.optional(),
  staffId: IdSchema.optional(),
  residentId: IdSchema.optional(),
  state: AppointmentStateSchema.optional(),
  from: DateSchema.optional(),
  to: DateSchema.optional(),
});
export type ListAppointmentsQuery = z.infer<typeof ListAppointmentsQuerySchema>;

export type AppointmentAction = 'cancel' | 'check_in' | 'no_show';

/**
 * Pure rule: the state an action leads to, or null when it is not allowed. Cancel before the slot
 * starts; check in from an hour before the start until a day after it; no-show once the
 * slot has started.
 */
export function nextAppointmentState(
  appointment: { state: AppointmentState; startsAt: string },
  action: AppointmentAction,
  now: Date,
): AppointmentState | null {
  if (appointment.state !== 'booked') return null;
  const start = Date.parse(appointment.startsAt);
  const t = now.getTime();
  switch (action) {
    case 'cancel':
      return t < start ? 'cancelled' : null;
    case 'check_in':
      return t >= start - 60 * 60_000 && t < start + 24 * 60 * 60_000 ? 'checked_in' : null;
    case 'no_show':
      return t >= start ? 'no_show' : null;
  }
}

export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Pure rule: the start times (HH:mm) of the slots a rule opens on one day. */
export function slotStartTimes(rule: { startTime: string; endTime: string; slotMinutes: number }): string[] {
  const times: string[] = [];
  const end = minutesOf(rule.endTime);
  for (let t = minutesOf(rule.startTime); t + rule.slotMinutes <= end; t += rule.slotMinutes) {
    times.push(`${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`);
  }
  return times;
}
