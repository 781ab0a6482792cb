import type { ListContactLogsQuery, ListEmployersQuery, RegionScope } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, inScope, likeContains, pageWithTotal } from '../../db/scope.ts';
import type {
  EmployerContactLogsTable,
  EmployerContactRow,
  EmployerRow,
  EmployerRowUpdate,
  NewEmployerContactLogRow,
  NewEmployerContactRow,
  NewEmployerRow,
} from './employers.table.ts';

export type EmployerWithNames = EmployerRow & { town_name: string; village_name: string | null };
export type ContactLogWithStaff = Pick<EmployerContactLogsTable, 'id' | 'at' | 'channel' | 'summary' | 'jobs_collected'> & {
  staff_name: string;
};

function employersWithNames(db: Executor<Database>) {
  return db
    .selectFrom('employers')
    .innerJoin('regions as town', 'town.code', 'employers.town_code')
    .leftJoin('regions as village', 'village.code', 'employers.village_code')
    .selectAll('employers')
    .select(['town.name as town_name', 'village.name as village_name']);
}

export async function findEmployerById(db: Executor<Database>, scope: RegionScope, id: string): Promise<EmployerWithNames | undefined> {
  return employersWithNames(db).where('employers.id', '=', id).where(inScope(scope, 'employers')).executeTakeFirst();
}

/** Unscoped: a credit code is unique across the district, whoever registered it. */
export async function findEmployerIdByCreditCode(db: Executor<Database>, creditCode: string): Promise<string | undefined> {
  const row = await db.selectFrom('employers').select('id').where('credit_code', '=', creditCode).executeTakeFirst();
  return row?.id;
}

/** Active employers in scope with one of these credit codes or exact names (an import finding its employers). */
export async function selectEmployersByCodeOrName(
  db: Executor<Database>,
  scope: RegionScope,
  creditCodes: readonly string[],
  names: readonly string[],
): Promise<Pick<EmployerRow, 'id' | 'name' | 'credit_code' | 'address'>[]> {
  if (creditCodes.length === 0 && names.length === 0) return [];
  return db
    .selectFrom('employers')
    .select(['id', 'name', 'credit_code', 'address'])
    .where(inScope(scope, 'employers'))
    .where('is_active', '=', 1)
    .where((eb) =>
      eb.or([
        ...(creditCodes.length > 0 ? [eb('credit_code', 'in', [...creditCodes])] : []),
        ...(names.length > 0 ? [eb('name', 'in', [...names])] : []),
      ]),
    )
    .execute();
}

export async function selectEmployerPage(
  db: Kysely<Database>,
  scope: RegionScope,
  query: ListEmployersQuery,
): Promise<{ rows: EmployerWithNames[]; total: number }> {
  const filtered = db
    .selectFrom('employers')
    .where(inScope(scope, 'employers'))
    .$if(query.kind !== undefined, (qb) => qb.where('employers.kind', '=', query.kind as NonNullable<ListEmployersQuery['kind']>))
    .$if(query.townCode !== undefined, (qb) => qb.where('employers.town_code', '=', query.townCode as string))
    .$if(query.villageCode !== undefined, (qb) => qb.where('employers.village_code', '=', query.villageCode as string))
    .$if(query.isKeyEmployer !== undefined, (qb) => qb.where('employers.is_key_employer', '=', query.isKeyEmployer ? 1 : 0))
    .$if(query.industrySection !== undefined, (qb) =>
      qb.where('employers.industry_section', '=', query.industrySection as NonNullable<ListEmployersQuery['industrySection']>),
    )
    .$if(query.isActive !== undefined, (qb) => qb.where('employers.is_active', '=', query.isActive ? 1 : 0))
    .$if(Boolean(query.q), (qb) => qb.where('employers.name', 'like', likeContains(query.q as string)));
  const sortColumn = (
    { name: 'employers.name', kind: 'employers.kind', townCode: 'employers.town_code', updatedAt: 'employers.updated_at' } as const
  )[query.sort];
  // One query for the page and the total (a window count), so a list costs one round trip.
  const rows = await filtered
    .innerJoin('regions as town', 'town.code', 'employers.town_code')
    .leftJoin('regions as village', 'village.code', 'employers.village_code')
    .selectAll('employers')
    .select(['town.name as town_name', 'village.name as village_name', (eb) => eb.fn.countAll().over().as('total_count')])
    .orderBy(sortColumn, query.order)
    .orderBy('employers.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return pageWithTotal(rows, query.page, async () =>
    Number((await filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  );
}

/** The contacts of the employers in scope, oldest first, by employer id. */
export async function selectContacts(
  db: Executor<Database>,
  scope: RegionScope,
  employerIds: readonly string[],
): Promise<Map<string, EmployerContactRow[]>> {
  const contacts = new Map<string, EmployerContactRow[]>(employerIds.map((id) => [id, []]));
  if (employerIds.length === 0) return contacts;
  const rows = await db
    .selectFrom('employer_contacts')
    .innerJoin('employers', 'employers.id', 'employer_contacts.employer_id')
    .where(inScope(scope, 'employers'))
    .where('employer_contacts.employer_id', 'in', [...employerIds])
    .selectAll('employer_contacts')
    .orderBy('employer_contacts.created_at')
    .orderBy('employer_contacts.id')
    .execute();
  for (const row of rows) contacts.get(row.employer_id)?.push(row);
  return contacts;
}

/** One employer's contact history in scope, newest first, with the total. */
export async function selectContactLogPage(
  db: Kysely<Database>,
  scope: RegionScope,
  employerId: string,
  query: ListContactLogsQuery,
): Promise<{ rows: ContactLogWithStaff[]; total: number }> {
  const filtered = db
    .selectFrom('employer_contact_logs')
    .innerJoin('employers', 'employers.id', 'employer_contact_logs.employer_id')
    .where(inScope(scope, 'employers'))
    .where('employer_contact_logs.employer_id', '=', employerId);
  const rows = await filtered
    .innerJoin('staff', 'staff.id', 'employer_contact_logs.staff_id')
    .select([
      'employer_contact_logs.id',
      'employer_contact_logs.at',
      'employer_contact_logs.channel',
      'employer_contact_logs.summary',
      'employer_contact_logs.jobs_collected',
      'staff.display_name as staff_name',
      (eb) => eb.fn.countAll().over().as('total_count'),
    ])
    .orderBy('employer_contact_logs.at', 'desc')
    .orderBy('employer_contact_logs.id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  if (rows.length === 0 && query.page > 1) {
    const count = await filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return { rows: [], total: Number(count.n) };
  }
  return { rows: rows.map(({ total_count: _, ...row }) => row), total: Number(rows[0]?.total_count ?? 0) };
}

export async function insertEmployer(trx: Executor<Database>, row: NewEmployerRow): Promise<void> {
  await trx.insertInto('employers').values(row).execute();
}

/** Optimistic update: changes the row only if it is still at `version`; returns whether it did. */
export async function updateEmployerAtVersion(
  trx: Executor<Database>,
  scope: RegionScope,
  id: string,
  version: number,
  patch: EmployerRowUpdate,
): Promise<boolean> {
  const result = await trx
    .updateTable('employers')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where(inScope(scope, 'employers'))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertContact(trx: Executor<Database>, row: NewEmployerContactRow): Promise<void> {
  await trx.insertInto('employer_contacts').values(row).execute();
}

export async function insertContactLog(trx: Executor<Database>, row: NewEmployerContactLogRow): Promise<void> {
  await trx.insertInto('employer_contact_logs').values(row).execute();
}
