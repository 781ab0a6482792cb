import type { Migration } from 'kysely';
import * as createRegions from './202611261800_create_regions.ts';
import * as createOrg from './202611261801_create_org.ts';
import * as createSessions from './202611261802_create_sessions.ts';
import * as createAuditLogs from './202611261803_create_audit_logs.ts';
import * as createEmployers from './202611261900_create_employers.ts';
import * as createResidents from './202611261910_create_residents.ts';
import * as addTimelineSource from './202612031000_add_timeline_source.ts';
import * as createLedgerTasks from './202612031100_create_ledger_tasks.ts';
import * as createTicketsAppointmentsFeedback from './202612031110_create_tickets_appointments_feedback.ts';
import * as addSecondFactor from './202612031200_add_second_factor.ts';
import * as createJobs from './202612031300_create_jobs.ts';
import * as createGigSignups from './202612031310_create_gig_signups.ts';
import * as addReferralTerm from './202612031320_add_referral_term.ts';
import * as createCalendarYears from './202612062200_create_calendar_years.ts';
import * as addPublicTicketContact from './202612062210_add_public_ticket_contact.ts';
import * as createVillageCentres from './202612062230_create_village_centres.ts';
import * as createPolicies from './202612062240_create_policies.ts';
import * as createOutreachTasks from './202612062300_create_outreach_tasks.ts';
import * as createImportSynonyms from './202612062310_create_import_synonyms.ts';

/** Every migration, by name; listed explicitly so that the bundled server carries them. */
export const migrations: Record<string, Migration> = {
  '202611261800_create_regions': createRegions,
  '202611261801_create_org': createOrg,
  '202611261802_create_sessions': createSessions,
  '202611261803_create_audit_logs': createAuditLogs,
  '202611261900_create_employers': createEmployers,
  '202611261910_create_residents': createResidents,
  '202612031000_add_timeline_source': addTimelineSource,
  '202612031100_create_ledger_tasks': createLedgerTasks,
  '202612031110_create_tickets_appointments_feedback': createTicketsAppointmentsFeedback,
  '202612031300_create_jobs': createJobs,
  '202612031310_create_gig_signups': createGigSignups,
  '202612031320_add_referral_term': addReferralTerm,
  '202612031200_add_second_factor': addSecondFactor,
  '202612062200_create_calendar_years': createCalendarYears,
  '202612062210_add_public_ticket_contact': addPublicTicketContact,
  '202612062230_create_village_centres': createVillageCentres,
  '202612062240_create_policies': createPolicies,
  '202612062300_create_outreach_tasks': createOutreachTasks,
  '202612062310_create_import_synonyms': createImportSynonyms,
};
