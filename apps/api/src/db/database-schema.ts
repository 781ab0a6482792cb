import type { SessionsTable, SignInChallengesTable, SignInThrottleTable } from '../modules/accounts/auth.table.ts';
import type { StaffPasswordHistoryTable, StaffRecoveryCodesTable, StaffTable } from '../modules/accounts/staff.table.ts';
import type { AppointmentSlotRulesTable, AppointmentSlotsTable, AppointmentsTable } from '../modules/appointments/appointments.table.ts';
import type { AuditChainHeadTable, AuditLogsTable } from '../modules/audit/audit.table.ts';
import type { CalendarYearDaysTable, CalendarYearsTable } from '../modules/calendar/calendar.table.ts';
import type { VillageCentresTable, VillagePopulationsTable } from '../modules/coverage/coverage.table.ts';
import type { EmployerContactLogsTable, EmployerContactsTable, EmployersTable } from '../modules/employers/employers.table.ts';
import type { ComplaintEventsTable, ComplaintsTable, FeedbackLinksTable } from '../modules/feedback/feedback.table.ts';
import type { GigSignupsTable } from '../modules/gigs/gigs.table.ts';
import type { JobsTable } from '../modules/jobs/jobs.table.ts';
import type { ServiceRecordsTable } from '../modules/ledger/ledger.table.ts';
import type { OutreachTasksTable, PoliciesTable, PolicyDecisionsTable, PolicyVersionsTable } from '../modules/policies/policies.table.ts';
import type { ReferralStepsTable, ReferralsTable } from '../modules/referrals/referrals.table.ts';
import type { GridsTable } from '../modules/regions/grids.table.ts';
import type { RegionsTable } from '../modules/regions/regions.table.ts';
import type {
  AssistanceFilesTable,
  EmploymentStatusHistoryTable,
  ImportSynonymsTable,
  ResidentImportsTable,
  ResidentIntentionOccupationsTable,
  ResidentKeyGroupsTable,
  ResidentNameTokensTable,
  ResidentsTable,
  ResidentTimelineTable,
} from '../modules/residents/residents.table.ts';
import type { ServiceItemDetailsTable } from '../modules/service-items/service-items.table.ts';
import type { SiteServiceItemsTable, SitesTable } from '../modules/sites/sites.table.ts';
import type { NotificationsTable, TasksTable } from '../modules/tasks/tasks.table.ts';
import type { TicketHandoversTable, TicketItemDeadlinesTable, TicketsTable } from '../modules/tickets/tickets.table.ts';

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
  sign_in_challenges: SignInChallengesTable;
  staff_recovery_codes: StaffRecoveryCodesTable;
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
  service_records: ServiceRecordsTable;
  tasks: TasksTable;
  calendar_years: CalendarYearsTable;
  calendar_year_days: CalendarYearDaysTable;
  notifications: NotificationsTable;
  ticket_item_deadlines: TicketItemDeadlinesTable;
  tickets: TicketsTable;
  ticket_handovers: TicketHandoversTable;
  appointment_slot_rules: AppointmentSlotRulesTable;
  appointment_slots: AppointmentSlotsTable;
  appointments: AppointmentsTable;
  feedback_links: FeedbackLinksTable;
  complaints: ComplaintsTable;
  complaint_events: ComplaintEventsTable;
  jobs: JobsTable;
  referrals: ReferralsTable;
  referral_steps: ReferralStepsTable;
  gig_signups: GigSignupsTable;
  village_centres: VillageCentresTable;
  village_populations: VillagePopulationsTable;
  policies: PoliciesTable;
  policy_versions: PolicyVersionsTable;
  policy_decisions: PolicyDecisionsTable;
  outreach_tasks: OutreachTasksTable;
  import_synonyms: ImportSynonymsTable;
}
