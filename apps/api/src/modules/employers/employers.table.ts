import type { ContactLogChannel, EmployerKind, IndustryDivisionCode, IndustrySectionCode } from '@jobcircle/domain';
import type { Insertable, Selectable, Updateable } from 'kysely';

export interface EmployersTable {
  id: string;
  kind: EmployerKind;
  name: string;
  /** Normalised (upper case, 18 characters); unique when present. */
  credit_code: string | null;
  is_key_employer: number;
  industry_division: IndustryDivisionCode;
  /** Derived from the division, stored so that lists can filter on it. */
  industry_section: IndustrySectionCode;
  district_code: string;
  town_code: string;
  village_code: string | null;
  address: string;
  lng: number | null;
  lat: number | null;
  employee_count: number | null;
  is_active: number;
  version: number;
  created_at: string;
  updated_at: string;
}
export type EmployerRow = Selectable<EmployersTable>;
export type NewEmployerRow = Insertable<EmployersTable>;
export type EmployerRowUpdate = Updateable<EmployersTable>;

export interface EmployerContactsTable {
  id: string;
  employer_id: string;
  name: string;
  role: string;
  /** AES-256-GCM cipher text of the normal-form phone (FieldCipher); the plain number is never stored. */
  phone_cipher: string;
  phone_masked: string;
  created_at: string;
}
export type EmployerContactRow = Selectable<EmployerContactsTable>;
export type NewEmployerContactRow = Insertable<EmployerContactsTable>;

export interface EmployerContactLogsTable {
  id: string;
  employer_id: string;
  at: string;
  channel: ContactLogChannel;
  summary: string;
  staff_id: string;
  jobs_collected: number;
  created_at: string;
}
export type NewEmployerContactLogRow = Insertable<EmployerContactLogsTable>;
