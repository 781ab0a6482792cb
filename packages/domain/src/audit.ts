import { z } from 'zod';
import { DateSchema, PageQuerySchema, pageOf } from './common.ts';

export const AUDIT_OUTCOMES = ['success', 'failure'] as const;
export const AuditOutcomeSchema = z.enum(AUDIT_OUTCOMES);
export type AuditOutcome = z.infer<typeof AuditOutcomeSchema>;

export const AuditLogSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  townCode: z.string().nullable(),
  villageCode: z.string().nullable(),
  outcome: AuditOutcomeSchema,
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditLog = z.infer<typeof AuditLogSchema>;

export const ListAuditLogsQuerySchema = PageQuerySchema.extend({
  actor: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  entityType: z.string().trim().max(64).optional(),
  entityId: z.string().trim().max(64).optional(),
  from: DateSchema.optional(),
  to: DateSchema.optional(),
});
export type ListAuditLogsQuery = z.infer<typeof ListAuditLogsQuerySchema>;
export const AuditLogPageSchema = pageOf(AuditLogSchema);

export const AuditVerificationSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  /** The first row whose hash or link does not match, when the chain is broken. */
  brokenAtSeq: z.number().int().nullable(),
  reason: z.string().nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerificationSchema>;
