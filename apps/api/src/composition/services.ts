import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { createAccountsServices } from '../modules/accounts/index.ts';
import { createAppointmentsService, registerAppointmentTasks } from '../modules/appointments/index.ts';
import { createKeyedAuditService } from '../modules/audit/index.ts';
import { createCalendarService } from '../modules/calendar/index.ts';
import { createCoverageService } from '../modules/coverage/index.ts';
import { createEmployersService, employerRegionOf, employersForImport } from '../modules/employers/index.ts';
import { createFeedbackService } from '../modules/feedback/index.ts';
import { createGigsService } from '../modules/gigs/index.ts';
import { createJobsService, registerJobTasks } from '../modules/jobs/index.ts';
import { createLedgerServices } from '../modules/ledger/index.ts';
import { createMatchingService } from '../modules/matching/index.ts';
import { createOutreachService, createPoliciesService, registerOutreachTasks } from '../modules/policies/index.ts';
import { createReferralsService, registerReferralTasks } from '../modules/referrals/index.ts';
import { createRegionsServices } from '../modules/regions/index.ts';
import { createResidentsServices, regionOf as residentRegionOf } from '../modules/residents/index.ts';
import { createServiceItemsService } from '../modules/service-items/index.ts';
import { createSitesService } from '../modules/sites/index.ts';
import { createTasksServices } from '../modules/tasks/index.ts';
import { createTicketsService, registerTicketTasks } from '../modules/tickets/index.ts';
import { createWorkbenchService } from '../modules/workbench/index.ts';
import type { Clock } from '../platform/context.ts';
import { createFieldCipher } from '../platform/crypto.ts';
import type { Logger } from '../platform/logging.ts';

export interface ServicesDeps {
  config: Config;
  database: DatabaseHandle;
  /** Injected so that tests can move time (lockout, session expiry, background work). */
  clock: Clock;
  log: Logger;
}

/**
 * The services every module is made of, wired once per process (no service locator, no autoload):
 * main.ts, the test harness and the benchmarks build them here and hand the same instance to the
 * start-up bootstrap and to buildApp. Modules are listed in dependency order; a module receives the
 * services of the modules below it, never the other way round (an architecture test checks it).
 */
export function createServices(deps: ServicesDeps) {
  const { config, clock, log } = deps;
  const { db } = deps.database;
  if (!config.keys) throw new Error('field-encryption keys are not resolved (resolveKeys)');
  const cipher = createFieldCipher(config.keys);
  const audit = createKeyedAuditService({ db, keys: config.keys, checkpointFile: config.auditCheckpoints.file });
  const { regions, grids } = createRegionsServices({ db, audit });
  const sites = createSitesService({ db, audit, regions });
  const serviceItems = createServiceItemsService({ db, audit, sites });
  const accounts = createAccountsServices({ db, config, audit, regions, grids, sites, cipher });
  const employers = createEmployersService({ db, audit, regions, cipher });
  const background = { clock, log };
  const residents = createResidentsServices({ db, audit, cipher, regions, grids, staff: accounts.staff, ...background });
  const { tasks, notifications } = createTasksServices({
    db,
    dialect: deps.database.dialect,
    config,
    clock,
    // Staff have no phone on record yet: their notifications go to the inbox.
    phones: { phoneOf: (trx, recipient) => (recipient.residentId ? residents.mobileOf(trx, recipient.residentId) : Promise.resolve(null)) },
  });
  // The entered calendar years live in memory (the rules are synchronous): loaded by the bootstrap,
  // reloaded after each write, and on every runner round when another process wrote.
  const calendar = createCalendarService({ db, audit });
  tasks.beforeEachRound(() => calendar.refreshIfChanged().then(() => undefined));
  const ledger = createLedgerServices({
    db,
    audit,
    regions,
    sites,
    residents: { regionOf: residentRegionOf },
    employers: { regionOf: employerRegionOf },
    timeline: residents.timeline,
  });
  const desk = { db, audit, ledger, residents: { regionOf: residentRegionOf }, sites };
  const tickets = createTicketsService({ ...desk, tasks, notifications, cipher });
  registerTicketTasks(tasks, tickets);
  const appointments = createAppointmentsService({ ...desk, tasks, notifications, smsConfigured: () => config.smsGateway !== undefined });
  registerAppointmentTasks(tasks, appointments);
  const feedback = createFeedbackService(desk);
  const jobs = createJobsService({
    db,
    audit,
    ledger,
    employers: { regionOf: employerRegionOf, forImport: employersForImport },
    sites,
    tasks,
    cipher,
    regions,
  });
  registerJobTasks(tasks, jobs);
  const matching = createMatchingService({ db, index: jobs.index, jobs, regions });
  const referrals = createReferralsService({
    db,
    audit,
    ledger,
    jobs,
    residents: { regionOf: residentRegionOf, timeline: residents.timeline, employment: residents.employment },
    sites,
    tasks,
    notifications,
  });
  registerReferralTasks(tasks, referrals);
  const gigs = createGigsService({
    db,
    audit,
    ledger,
    jobs,
    residents: { regionOf: residentRegionOf, timeline: residents.timeline },
    sites,
  });
  const policies = createPoliciesService({ db, audit, ledger, timeline: residents.timeline });
  const outreach = createOutreachService({ db, audit, ledger, timeline: residents.timeline, tasks, notifications });
  registerOutreachTasks(tasks, outreach);
  return {
    database: deps.database,
    clock,
    log,
    cipher,
    audit,
    regions,
    grids,
    sites,
    serviceItems,
    accounts,
    employers,
    residents,
    tasks,
    notifications,
    calendar,
    ledger,
    tickets,
    appointments,
    workbench: createWorkbenchService({ db, regions }),
    coverage: createCoverageService({ db, audit }),
    feedback,
    jobs,
    matching,
    referrals,
    gigs,
    policies,
    outreach,
  };
}
export type Services = ReturnType<typeof createServices>;
