import { z } from 'zod';
import { DateSchema, IdSchema, TimestampSchema } from './common.ts';
import { ServiceChannelSchema, ServiceOutcomeSchema } from './ledger.ts';

/**
 * The worker's day (工作台): the home page of station and point staff; town and district admins
 * see the same for their region. Read-side: assembled from the ledger, tickets, appointments and
 * the registry's assistance files.
 */
export const WorkbenchAppointmentSchema = z.object({
  id: IdSchema,
  startsAt: TimestampSchema,
  endsAt: TimestampSchema.nullable(),
  status: z.string(),
  residentName: z.string().nullable(),
  siteName: z.string().nullable(),
  staffName: z.string().nullable(),
});
export type WorkbenchAppointment = z.infer<typeof WorkbenchAppointmentSchema>;

export const WorkbenchTicketSchema = z.object({
  id: IdSchema,
  receiptCode: z.string(),
  itemNo: z.number().int().nullable(),
  summary: z.string(),
  status: z.string(),
  dueDate: DateSchema.nullable(),
  overdue: z.boolean(),
  ownerName: z.string().nullable(),
  /** No owner yet: it waits at its site for one of its staff to take it (待接手). */
  awaitingTake: z.boolean(),
});
export type WorkbenchTicket = z.infer<typeof WorkbenchTicketSchema>;

export const WorkbenchFollowUpSchema = z.object({
  residentId: IdSchema,
  residentName: z.string(),
  villageName: z.string().nullable(),
  classification: z.string(),
  nextFollowUpDate: DateSchema,
  overdue: z.boolean(),
});
export type WorkbenchFollowUp = z.infer<typeof WorkbenchFollowUpSchema>;

export const WorkbenchServiceSchema = z.object({
  id: IdSchema,
  itemNo: z.number().int(),
  residentName: z.string().nullable(),
  employerName: z.string().nullable(),
  channel: ServiceChannelSchema,
  outcome: ServiceOutcomeSchema,
  at: TimestampSchema,
});
export type WorkbenchService = z.infer<typeof WorkbenchServiceSchema>;

export const WORKBENCH_SCOPES = ['mine', 'site', 'region'] as const;
export const WorkbenchScopeSchema = z.enum(WORKBENCH_SCOPES);
export type WorkbenchScope = z.infer<typeof WorkbenchScopeSchema>;

export const WorkbenchSchema = z.object({
  date: DateSchema,
  /**
   * 'site' for staff tied to a site (the site's appointments and month; my tickets, follow-ups and
   * services), 'mine' for staff without a site, 'region' for town and district admins.
   */
  scope: WorkbenchScopeSchema,
  regionName: z.string(),
  siteName: z.string().nullable(),
  appointments: z.array(WorkbenchAppointmentSchema),
  /** Today's appointments in all (the list shows the first 50). */
  appointmentCount: z.number().int(),
  /** Open tickets, overdue first (the first 50), with the counts of all open and overdue ones. */
  tickets: z.array(WorkbenchTicketSchema),
  openTicketCount: z.number().int(),
  overdueTicketCount: z.number().int(),
  /** Assistance-file follow-ups due within a week or overdue (the first 50). */
  followUps: z.array(WorkbenchFollowUpSchema),
  recentServices: z.array(WorkbenchServiceSchema),
  /** This month's count per item number 1–25 (index 0 = item 1), for the site or the region. */
  monthCounts: z.array(z.number().int()),
  monthTotal: z.number().int(),
});
export type Workbench = z.infer<typeof WorkbenchSchema>;
