import { z } from 'zod';
import { DateSchema, IdSchema, PageQuerySchema, pageOf, TimestampSchema, text } from './common.ts';
import { ServiceItemNoSchema } from './service-items.ts';
import { MobileSchema } from './validators/mobile.ts';

/**
 * First-inquiry tickets (首问责任, plan §二.四): every request becomes a ticket with a receipt code.
 * Whoever receives it owns it until it is resolved or explicitly handed over (to a person or to a
 * site, with a reason); the hand-over chain is kept in order. Due dates count working days on the
 * calendar of public holidays and 调休 working days; an overdue ticket escalates to the station head,
 * then to the town.
 */

/** How the request reached the desk. */
export const TICKET_CHANNELS = ['walk_in', 'phone', 'online', 'public_page'] as const;
export const TicketChannelSchema = z.enum(TICKET_CHANNELS, { error: '受理渠道不正确' });
export type TicketChannel = z.infer<typeof TicketChannelSchema>;
export const TICKET_CHANNEL_LABELS: Record<TicketChannel, string> = {
  walk_in: '窗口',
  phone: '电话',
  online: '线上',
  public_page: '公开页面',
};

export const TICKET_STATES = ['open', 'resolved'] as const;
export const TicketStateSchema = z.enum(TICKET_STATES);
export type TicketState = z.infer<typeof TicketStateSchema>;
export const TICKET_STATE_LABELS: Record<TicketState, string> = { open: '办理中', resolved: '已办结' };

/** 0 = not escalated, 1 = the station head was told, 2 = the town was told. */
export const TICKET_ESCALATION_LABELS = ['未督办', '已提醒站长', '已上报乡镇'] as const;

/** Working days a ticket may stay open when its item has no row of its own (plan: 5). */
export const DEFAULT_TICKET_WORKING_DAYS = 5;
/** Working days after the due date at which an unresolved ticket goes up from the station head to the town. */
export const TICKET_TOWN_ESCALATION_WORKING_DAYS = 2;

/**
 * Receipt codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V), random and
 * unique, read over the phone and typed on the public page.
 */
export const RECEIPT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const RECEIPT_CODE_LENGTH = 8;
const RECEIPT_CODE_RE = new RegExp(`^[${RECEIPT_CODE_ALPHABET}]{${RECEIPT_CODE_LENGTH}}$`);
/** Accepts lower case and spaces or hyphens that a person types, and gives the normal form. */
export const ReceiptCodeSchema = z
  .string()
  .transform((value) => value.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(RECEIPT_CODE_RE, { error: '回执编号应为 8 位字母或数字' }));

export const TicketHandoverSchema = z.object({
  seq: z.number().int(),
  at: TimestampSchema,
  byStaffId: z.string(),
  byStaffName: z.string(),
  fromStaffId: z.string().nullable(),
  fromStaffName: z.string().nullable(),
  fromSiteId: z.string(),
  fromSiteName: z.string(),
  toStaffId: z.string().nullable(),
  toStaffName: z.string().nullable(),
  toSiteId: z.string(),
  toSiteName: z.string(),
  reason: z.string(),
});
export type TicketHandover = z.infer<typeof TicketHandoverSchema>;

export const TicketSchema = z.object({
  id: IdSchema,
  receiptCode: z.string(),
  itemNo: z.number().int(),
  residentId: z.string().nullable(),
  residentName: z.string().nullable(),
  siteId: z.string(),
  siteName: z.string(),
  summary: z.string(),
  channel: TicketChannelSchema,
  state: TicketStateSchema,
  /** Null for a request sent from a site's public page (nobody received it in person). */
  receivedByStaffId: z.string().nullable(),
  receivedByStaffName: z.string().nullable(),
  /** Who sent it from the public page, and their mobile masked (139****5678); null otherwise. */
  contactName: z.string().nullable(),
  contactMobileMasked: z.string().nullable(),
  /** The person who owns it now; null while it waits at a site (handed to it, or sent from its public page). */
  ownerStaffId: z.string().nullable(),
  ownerStaffName: z.string().nullable(),
  receivedAt: TimestampSchema,
  dueDate: DateSchema,
  isOverdue: z.boolean(),
  escalationLevel: z.number().int(),
  resolution: z.string().nullable(),
  resolvedAt: TimestampSchema.nullable(),
  resolvedByStaffName: z.string().nullable(),
  serviceRecordId: z.string().nullable(),
  reopenCount: z.number().int(),
  townCode: z.string(),
  villageCode: z.string().nullable(),
  version: z.number().int(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Ticket = z.infer<typeof TicketSchema>;
export const TicketWithChainSchema = TicketSchema.extend({ handovers: z.array(TicketHandoverSchema) });
export type TicketWithChain = z.infer<typeof TicketWithChainSchema>;
export const TicketPageSchema = pageOf(TicketSchema);

export const CreateTicketBodySchema = z.object({
  itemNo: ServiceItemNoSchema,
  residentId: IdSchema.nullish(),
  /** The receiving site; defaults to the signed-in staff member's own site. */
  siteId: IdSchema.optional(),
  summary: text(500),
  channel: TicketChannelSchema.default('walk_in'),
});
export type CreateTicketBody = z.input<typeof CreateTicketBodySchema>;
export type CreateTicketInput = z.output<typeof CreateTicketBodySchema>;

/**
 * A request a resident sends from a site's public page, without signing in (the ticket's channel is
 * `public_page`). The item is optional: without one it is filed as a policy enquiry (政策咨询).
 */
export const SubmitPublicTicketBodySchema = z.object({
  siteId: IdSchema,
  itemNo: ServiceItemNoSchema.optional(),
  summary: text(500),
  contactName: text(30),
  mobile: MobileSchema,
});
/** Staff calling a public sender back: the full mobile for a stated reason, kept in the audit row. */
export const RevealTicketContactBodySchema = z.object({
  reason: z.string().trim().min(4, { error: '请写明查看原因（至少 4 个字）' }).max(200),
});
export type RevealTicketContactBody = z.infer<typeof RevealTicketContactBodySchema>;
export const TicketContactSchema = z.object({ contactName: z.string(), mobile: z.string() });
export type TicketContact = z.infer<typeof TicketContactSchema>;
export type SubmitPublicTicketBody = z.input<typeof SubmitPublicTicketBodySchema>;
export type SubmitPublicTicketInput = z.output<typeof SubmitPublicTicketBodySchema>;

/** All the sender gets back: the receipt code to follow it with, and the date it is due. */
export const PublicTicketReceiptSchema = z.object({ receiptCode: z.string(), dueDate: DateSchema });
export type PublicTicketReceipt = z.infer<typeof PublicTicketReceiptSchema>;

/** The item a public request is filed under when the sender picks none: 政策咨询 (policy enquiry). */
export const PUBLIC_TICKET_DEFAULT_ITEM_NO = 3;

/**
 * Pure rule: the item a public request is filed under — the one picked, if the site offers it
 * (null when it does not), else the policy enquiry, which every desk answers.
 */
export function publicTicketItemNo(requested: number | undefined, offered: readonly number[]): number | null {
  if (requested === undefined) return PUBLIC_TICKET_DEFAULT_ITEM_NO;
  return offered.includes(requested) ? requested : null;
}

/** Pure rule: an open ticket with no owner waits at its site for one of its staff to take it (待接手). */
export function isAwaitingTake(ticket: { state: TicketState; ownerStaffId: string | null }): boolean {
  return ticket.state === 'open' && ticket.ownerStaffId === null;
}

/** Hand over to a person (who must work at the target site, or in scope) or to a site; a reason is required. */
export const HandOverTicketBodySchema = z
  .object({
    toStaffId: IdSchema.optional(),
    toSiteId: IdSchema.optional(),
    reason: text(300),
    version: z.number().int().min(1),
  })
  .refine((body) => body.toStaffId !== undefined || body.toSiteId !== undefined, {
    error: '请选择接手的人员或站点',
    path: ['toStaffId'],
  });
export type HandOverTicketBody = z.infer<typeof HandOverTicketBodySchema>;

export const ResolveTicketBodySchema = z.object({
  resolution: text(500),
  /** The ledger's outcome for the service this resolution records. */
  outcome: z.enum(['done', 'referred', 'not_done'], { error: '办理结果不正确' }).default('done'),
  durationMinutes: z
    .number()
    .int()
    .min(0, { error: '时长不能为负' })
    .max(24 * 60, { error: '时长不能超过一天' })
    .nullish(),
  version: z.number().int().min(1),
});
export type ResolveTicketBody = z.input<typeof ResolveTicketBodySchema>;
export type ResolveTicketInput = z.output<typeof ResolveTicketBodySchema>;

export const ReopenTicketBodySchema = z.object({ reason: text(300), version: z.number().int().min(1) });
export type ReopenTicketBody = z.infer<typeof ReopenTicketBodySchema>;

/** mine = owned by me; site = at my site (or the given one); region = everything in my scope. */
export const TICKET_VIEWS = ['mine', 'site', 'region'] as const;
export const TicketViewSchema = z.enum(TICKET_VIEWS);
export type TicketView = z.infer<typeof TicketViewSchema>;
export const TICKET_VIEW_LABELS: Record<TicketView, string> = { mine: '我负责的', site: '本站点', region: '辖区全部' };

/** Open tickets come overdue first, then by due date; resolved ones after, newest first. */
export const ListTicketsQuerySchema = PageQuerySchema.extend({
  view: TicketViewSchema.default('mine'),
  siteId: IdSchema.optional(),
  state: TicketStateSchema.optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  itemNo: z.coerce.number().pipe(ServiceItemNoSchema).optional(),
});
export type ListTicketsQuery = z.infer<typeof ListTicketsQuerySchema>;

/** What anyone holding the receipt code sees: no names, no phone, no summary text. */
export const PublicTicketStatusSchema = z.object({
  receiptCode: z.string(),
  state: TicketStateSchema,
  itemNo: z.number().int(),
  itemName: z.string(),
  siteName: z.string(),
  receivedAt: TimestampSchema,
  dueDate: DateSchema,
  resolvedAt: TimestampSchema.nullable(),
});
export type PublicTicketStatus = z.infer<typeof PublicTicketStatusSchema>;
export const ReceiptCodeParamsSchema = z.object({ code: ReceiptCodeSchema });

export const TicketItemDeadlineSchema = z.object({
  itemNo: z.number().int(),
  workingDays: z.number().int(),
  /** True when no row exists for the item and the default applies. */
  isDefault: z.boolean(),
  updatedAt: TimestampSchema.nullable(),
});
export type TicketItemDeadline = z.infer<typeof TicketItemDeadlineSchema>;
export const TicketItemDeadlineListSchema = z.object({ items: z.array(TicketItemDeadlineSchema) });

export const SetTicketItemDeadlineBodySchema = z.object({
  workingDays: z.number().int().min(1, { error: '办理时限至少 1 个工作日' }).max(60, { error: '办理时限不能超过 60 个工作日' }),
});
export type SetTicketItemDeadlineBody = z.infer<typeof SetTicketItemDeadlineBodySchema>;
export const ItemNoParamsSchema = z.object({ itemNo: z.coerce.number().pipe(ServiceItemNoSchema) });

/** Pure rule: a ticket is overdue on the Shanghai dates after its due date while it stays open. */
export function isTicketOverdue(ticket: { state: TicketState; dueDate: string }, today: string): boolean {
  return ticket.state === 'open' && today > ticket.dueDate;
}
