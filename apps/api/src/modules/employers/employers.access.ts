import type { RegionPlacement, RegionScope } from '@jobcircle/domain';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import { AppError } from '../../platform/errors.ts';
import { findEmployerById, selectContacts, selectEmployersByCodeOrName } from './employers.repository.ts';

/**
 * Public (ARCHITECTURE §9): where an employer is, for another module's record of a service to it
 * (the service ledger) — with the scope check: an employer outside `scope` (or none) throws NOT_FOUND.
 */
export async function employerRegionOf(trx: Executor<Database>, scope: RegionScope, employerId: string): Promise<RegionPlacement> {
  const row = await findEmployerById(trx, scope, employerId);
  if (!row) throw new AppError('NOT_FOUND');
  return { districtCode: row.district_code, townCode: row.town_code, villageCode: row.village_code };
}

/** An employer an import names, with its first contact (the job's contact when the row has none). */
export interface EmployerForImport {
  id: string;
  name: string;
  creditCode: string | null;
  address: string;
  contact: { name: string; phoneCipher: string } | null;
}

/** Values per `in (…)` list: well under both databases' limit on bound parameters. */
const LOOKUP_CHUNK = 500;

/**
 * Public (ARCHITECTURE §9): the active employers in `scope` with these credit codes or exact names,
 * for an import to resolve its rows. One outside the scope is simply not found.
 */
export async function employersForImport(
  trx: Executor<Database>,
  scope: RegionScope,
  wanted: { creditCodes: readonly string[]; names: readonly string[] },
): Promise<EmployerForImport[]> {
  const creditCodes = [...new Set(wanted.creditCodes)];
  const names = [...new Set(wanted.names)];
  const found = new Map<string, Awaited<ReturnType<typeof selectEmployersByCodeOrName>>[number]>();
  for (let i = 0; i < Math.max(creditCodes.length, names.length); i += LOOKUP_CHUNK) {
    const rows = await selectEmployersByCodeOrName(trx, scope, creditCodes.slice(i, i + LOOKUP_CHUNK), names.slice(i, i + LOOKUP_CHUNK));
    for (const row of rows) found.set(row.id, row);
  }
  const ids = [...found.keys()];
  const contacts = new Map<string, { name: string; phone_cipher: string }>();
  for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
    for (const [id, list] of await selectContacts(trx, scope, ids.slice(i, i + LOOKUP_CHUNK))) if (list[0]) contacts.set(id, list[0]);
  }
  return [...found.values()].map((row) => {
    const contact = contacts.get(row.id);
    return {
      id: row.id,
      name: row.name,
      creditCode: row.credit_code,
      address: row.address,
      contact: contact ? { name: contact.name, phoneCipher: contact.phone_cipher } : null,
    };
  });
}
