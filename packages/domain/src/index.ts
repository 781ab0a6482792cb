import { config } from 'zod';
import { zhCN } from 'zod/locales';

// Validation messages in Chinese on both sides of the contract. Imported by name (not through the
// `z` namespace) so that a bundle reading only the contract's tables leaves the schemas out.
config(zhCN());

export * from './appointments.ts';
export * from './audit.ts';
export * from './auth.ts';
export * from './calendar.ts';
export * from './cases.ts';
export * from './common.ts';
export * from './coverage.ts';
export * from './employers.ts';
export * from './errors.ts';
export * from './feedback.ts';
export * from './geography.ts';
export * from './gigs.ts';
export * from './job-import.ts';
export * from './job-wording.ts';
export * from './jobs.ts';
export * from './ledger.ts';
export * from './matching.ts';
export * from './org.ts';
export * from './outreach.ts';
export * from './permission-schemas.ts';
export * from './permissions.ts';
export * from './policies.ts';
export * from './reference/industries.ts';
export * from './reference/occupations.ts';
export * from './referrals.ts';
export * from './regions.ts';
export * from './residents.ts';
export * from './service-catalogue.ts';
export * from './service-items.ts';
export * from './shanghai-time.ts';
export * from './tasks.ts';
export * from './tickets.ts';
export * from './validators/credit-code.ts';
export * from './validators/id-number.ts';
export * from './validators/mobile.ts';
export * from './workbench.ts';
