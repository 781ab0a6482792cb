import type { AuditChainHeadTable, AuditLogsTable } from '../modules/audit/audit.table.ts';
import type { SessionsTable, SignInThrottleTable } from '../modules/auth/auth.table.ts';
import type { EmployerContactLogsTable, EmployerContactsTable, EmployersTable } from '../modules/employers/employers.table.ts';
import type { GridsTable } from '../modules/org/grids.table.ts';
import type { RegionsTable } from '../modules/org/regions.table.ts';
import type { ServiceItemDetailsTable, SiteServiceItemsTable, SitesTable } from '../modules/org/sites.table.ts';
import type { StaffPasswordHistoryTable, StaffTable } from '../modules/org/staff.table.ts';
import type {
  AssistanceFilesTable,
  EmploymentStatusHistoryTable,
  ResidentImportsTable,
  ResidentIntentionOccupationsTable,
  ResidentKeyGroupsTable,
  ResidentNameTokensTable,
  ResidentsTable,
  ResidentTimelineTable,
} from '../modules/residents/residents.table.ts';

/** The whole schema, composed from each module's *.table.ts. */
export interface Database {
  regions: RegionsTable;
  sites: SitesTable;
  site_service_items: SiteServiceItemsTable;
  service_item_details: ServiceItemDetailsTable;
  grids: GridsTable;
  staff: StaffTable;
  staff_password_history: StaffPasswordHistoryTable;
  sessions: SessionsTable;
  sign_in_throttle: SignInThrottleTable;
  audit_logs: AuditLogsTable;
  audit_chain_head: AuditChainHeadTable;
  employers: EmployersTable;
  employer_contacts: EmployerContactsTable;
  employer_contact_logs: EmployerContactLogsTable;
  residents: ResidentsTable;
  resident_key_groups: ResidentKeyGroupsTable;
  resident_name_tokens: ResidentNameTokensTable;
  resident_intention_occupations: ResidentIntentionOccupationsTable;
  employment_status_history: EmploymentStatusHistoryTable;
  assistance_files: AssistanceFilesTable;
  resident_timeline: ResidentTimelineTable;
  resident_imports: ResidentImportsTable;
}
