// Every browser journey. Each sets up what it needs itself (through the API or, where that is the
// point of the journey, through the UI), with names no other run has used: any journey runs alone
// (`node --import tsx e2e/run.ts <id>`) and in any order (`--shuffle`).
import { type Journey, PHONE } from '../lib.ts';
import { lockout } from './accounts.ts';
import { districtEntersHolidayYear } from './calendar.ts';
import { districtPlansCoverage } from './coverage.ts';
import { townAdminRegistersEmployer } from './employers.ts';
import { gigDayToConfirmedPay } from './gigs.ts';
import { jobFairListImported } from './job-import.ts';
import { jobToInsuredHire } from './jobs.ts';
import { elderMode, phone } from './layout.ts';
import { offlineNavigation, sessionEndsMidForm } from './losing-nothing.ts';
import { policyEligibilityExplained } from './policies.ts';
import { publicRequestToResolution } from './public-requests.ts';
import { townAdminImportsResidents, townAdminRegistersResident } from './residents.ts';
import { townAdminEnrolsSecondFactor } from './second-factor.ts';
import { serviceDeskPages, walkInToRating } from './service-desk.ts';
import { districtAdminCreatesPoint, districtAdminVisitsEveryPage, pointWorkerSeesOwnVillage } from './sites.ts';

export const JOURNEYS: readonly Journey[] = [
  {
    id: 'jobs',
    name: 'a job collected at an employer, matched, referred through interview to a hire and insurance registration; the public board on a phone',
    run: jobToInsuredHire,
  },
  { id: 'job-import', name: 'a job-fair list imported: a row with discriminatory wording named and skipped', run: jobFairListImported },
  {
    id: 'gigs',
    name: 'a day job posted in the quick dialog (a deposit refused), a worker signed up, checked in and out, pay confirmed',
    run: gigDayToConfirmedPay,
  },
  { id: 'site-create', name: 'district admin creates a point in a village with its items', run: districtAdminCreatesPoint },
  { id: 'console-pages', name: 'district admin visits every page of the console', run: districtAdminVisitsEveryPage },
  {
    id: 'point-worker',
    name: 'a village’s point worker changes the password and sees only the village',
    run: pointWorkerSeesOwnVillage,
  },
  { id: 'lockout', name: 'lockout after five wrong passwords, unlock by an admin', run: lockout },
  {
    id: 'second-factor',
    name: 'a town admin binds an authenticator first; sign-in asks for a code, refuses a wrong one, takes a recovery code',
    run: townAdminEnrolsSecondFactor,
  },
  { id: 'elder-mode', name: 'elder mode: large text and targets, remembered', run: elderMode },
  { id: 'phone', name: 'a phone 360 px wide', run: phone, viewport: PHONE },
  { id: 'employer', name: 'town admin registers a homestay with a contact and a visit', run: townAdminRegistersEmployer },
  {
    id: 'resident-import',
    name: 'town admin imports residents, then opens a file: unmask, a note, an assistance file',
    run: townAdminImportsResidents,
  },
  {
    id: 'resident-form',
    name: 'town admin registers a resident: the ID number checked while typing, a registered one refused',
    run: townAdminRegistersResident,
  },
  {
    id: 'service-desk',
    name: 'a walk-in recorded at the desk, the ticket handed over and resolved, rated anonymously; the workbench',
    run: walkInToRating,
  },
  {
    id: 'public-request',
    name: 'a request sent from a station’s public page on a phone, taken by the station’s worker, called back and resolved',
    run: publicRequestToResolution,
  },
  {
    id: 'calendar',
    name: 'the district enters next year’s holiday notice (a weekday refused as a working weekend); the calendar counts it',
    run: districtEntersHolidayYear,
  },
  {
    id: 'policies',
    name: 'policy cards, a resident’s eligibility explained per condition and recorded as a consultation; the rule-pack editor',
    run: policyEligibilityExplained,
  },
  {
    id: 'coverage',
    name: 'coverage per village and town on foot; two candidate points planned with the exact solve beside the heuristic, exported',
    run: districtPlansCoverage,
  },
  {
    id: 'session-draft',
    name: 'a session ended while the resident form is half typed: sign in again, the input is back (never the ID number)',
    run: sessionEndsMidForm,
  },
  { id: 'offline', name: 'navigation without network: 网络未连接 with 重试, and back online the page loads', run: offlineNavigation },
  {
    id: 'service-desk-pages',
    name: 'service-desk pages: ledger, tickets, appointments booked and cancelled, feedback, inbox, tasks',
    run: serviceDeskPages,
  },
];
