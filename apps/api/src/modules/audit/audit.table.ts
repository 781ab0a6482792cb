import type { AuditOutcome } from '@jobcircle/domain';
import type { Insertable, Selectable } from 'kysely';

export interface AuditLogsTable {
  id: string;
  seq: number;
  at: string;
  actor_id: string | null;
  actor_username: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  district_code: string | null;
  town_code: string | null;
  village_code: string | null;
  outcome: AuditOutcome;
  ip: string | null;
  request_id: string | null;
  /** JSON text; never holds an ID number, a phone or a password. */
  details: string;
  prev_hash: string;
  hash: string;
}
export type AuditLogRow = Selectable<AuditLogsTable>;
export type NewAuditLogRow = Insertable<AuditLogsTable>;

export interface AuditChainHeadTable {
  id: number;
  seq: number;
  hash: string;
  /** The first row hashed with the audit key (HMAC); rows before it predate the keyed chain. */
  keyed_from_seq: number;
}
