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
  /**
   * hash_mismatch | link_mismatch | gap | truncated (rows missing at the end, or fewer rows than the
   * latest checkpoint) | checkpoint_mismatch (the chain differs from what was signed) | rekeyed (the
   * keyed start moved) | checkpoint_forged (a checkpoint line not signed by this installation).
   */
  reason: z.string().nullable(),
  /** The latest signed checkpoint the chain was held against; null when none has been written. */
  checkpoint: z.object({ seq: z.number().int(), at: z.string() }).nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerificationSchema>;
