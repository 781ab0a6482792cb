import type { JobKind, JobState, RegionScope } from '@jobcircle/domain';
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, inScope, likeContains, pageWithTotal } from '../../db/scope.ts';
import type { JobRow, JobRowUpdate, NewJobRow } from './jobs.table.ts';

export type JobWithNames = JobRow & { employer_name: string; site_name: string; created_by_name: string | null };

/**
 * What a scope may read: its own area's jobs in every state, and the district's open jobs (staff
 * anywhere recommend any open job; it is on the public board anyway). Writes use `inScope` alone.
 */
function readable(scope: RegionScope): Expression<SqlBool> {
  return sql<SqlBool>`(${inScope(scope, 'j')} or (j.district_code = ${scope.districtCode} and j.state = 'open'))`;
}

function withNames(db: Executor<Database>) {
  return db
    .selectFrom('jobs as j')
    .innerJoin('employers', 'employers.id', 'j.employer_id')
    .innerJoin('sites', 'sites.id', 'j.site_id')
    .leftJoin('staff', 'staff.id', 'j.created_by')
    .selectAll('j')
    .select(['employers.name as employer_name', 'sites.name as site_name', 'staff.display_name as created_by_name']);
}

export async function findJobById(db: Executor<Database>, scope: RegionScope, id: string): Promise<JobWithNames | undefined> {
  return withNames(db).where('j.id', '=', id).where(readable(scope)).executeTakeFirst();
}

/** For a write: the job in the actor's own area only. */
export async function findWritableJob(db: Executor<Database>, scope: RegionScope, id: string): Promise<JobWithNames | undefined> {
  return withNames(db).where('j.id', '=', id).where(inScope(scope, 'j')).executeTakeFirst();
}

/** System work (the expiry task) only. */
export async function findJobForSystem(db: Executor<Database>, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface JobFilters {
  state?: JobState | undefined;
  kind?: JobKind | undefined;
  townCode?: string | undefined;
  occupation?: string | undefined;
  employerId?: string | undefined;
  siteId?: string | undefined;
  q?: string | undefined;
  onDate?: string | undefined;
  /** Shanghai date: an open job past its validity is listed as expired. */
  today: string;
}

const SORT_COLUMNS = { updatedAt: 'j.updated_at', validTo: 'j.valid_to', title: 'j.title', payMaxFen: 'j.pay_max_fen' } as const;

export async function selectJobPage(
  db: Kysely<Database>,
  scope: RegionScope,
  filters: JobFilters,
  page: { page: number; pageSize: number; sort: keyof typeof SORT_COLUMNS; order: 'asc' | 'desc' },
): Promise<{ rows: JobWithNames[]; total: number }> {
  const { today } = filters;
  const filtered = db
    .selectFrom('jobs as j')
    .where(readable(scope))
    .$if(filters.state === 'open', (qb) => qb.where('j.state', '=', 'open').where('j.valid_to', '>=', today))
    .$if(filters.state === 'expired', (qb) =>
      qb.where((eb) => eb.or([eb('j.state', '=', 'expired'), eb.and([eb('j.state', '=', 'open'), eb('j.valid_to', '<', today)])])),
    )
    .$if(filters.state !== undefined && filters.state !== 'open' && filters.state !== 'expired', (qb) =>
      qb.where('j.state', '=', filters.state as JobState),
    )
    .$if(filters.kind !== undefined, (qb) => qb.where('j.kind', '=', filters.kind as JobKind))
    .$if(filters.townCode !== undefined, (qb) => qb.where('j.town_code', '=', filters.townCode as string))
    .$if(filters.occupation !== undefined, (qb) =>
      qb.where((eb) =>
        eb.or([eb('j.occupation_code', '=', filters.occupation as string), eb('j.occupation_code', 'like', `${filters.occupation}-%`)]),
      ),
    )
    .$if(filters.employerId !== undefined, (qb) => qb.where('j.employer_id', '=', filters.employerId as string))
    .$if(filters.siteId !== undefined, (qb) => qb.where('j.site_id', '=', filters.siteId as string))
    .$if(filters.onDate !== undefined, (qb) =>
      qb.where('j.valid_from', '<=', filters.onDate as string).where('j.valid_to', '>=', filters.onDate as string),
    )
    .$if(Boolean(filters.q), (qb) => qb.where(sql<SqlBool>`j.title like ${likeContains(filters.q ?? '')} escape '\\'`));
  const rows = await filtered
    .innerJoin('employers', 'employers.id', 'j.employer_id')
    .innerJoin('sites', 'sites.id', 'j.site_id')
    .leftJoin('staff', 'staff.id', 'j.created_by')
    .selectAll('j')
    .select([
      'employers.name as employer_name',
      'sites.name as site_name',
      'staff.display_name as created_by_name',
      (eb) => eb.fn.countAll().over().as('total_count'),
    ])
    .orderBy(SORT_COLUMNS[page.sort], page.order)
    .orderBy('j.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return pageWithTotal(rows, page.page, async () =>
    Number((await filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  );
}

export async function insertJob(trx: Executor<Database>, row: NewJobRow): Promise<void> {
  await trx.insertInto('jobs').values(row).execute();
}

/** Links a job to the ledger line of its collection (written in the same transaction). */
export async function setJobServiceRecord(trx: Executor<Database>, id: string, serviceRecordId: string): Promise<void> {
  await trx.updateTable('jobs').set({ service_record_id: serviceRecordId }).where('id', '=', id).execute();
}

export async function updateJobAtVersion(
  trx: Executor<Database>,
  scope: RegionScope,
  id: string,
  version: number,
  patch: JobRowUpdate,
): Promise<boolean> {
  const result = await trx
    .updateTable('jobs')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where(inScope(scope, 'jobs'))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A hire through a referral: one more hired, and filled when the headcount is reached (one statement, no lost update). */
export async function countHire(trx: Executor<Database>, id: string, at: string): Promise<void> {
  await trx
    .updateTable('jobs')
    .set((eb) => ({
      hired_count: eb('hired_count', '+', 1),
      state: sql<JobState>`case when hired_count + 1 >= headcount and state = 'open' then 'filled' else state end`,
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', id)
    .execute();
}

/** The expiry task: an open job past its validity becomes expired (idempotent). */
export async function expireJob(trx: Executor<Database>, id: string, today: string, at: string): Promise<boolean> {
  const result = await trx
    .updateTable('jobs')
    .set((eb) => ({ state: 'expired', version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', id)
    .where('state', '=', 'open')
    .where('valid_to', '<', today)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The narrow columns ranking needs, of every open job of the district (the in-memory index). */
export function selectRankingRows(db: Executor<Database>, ids?: readonly string[]) {
  return db
    .selectFrom('jobs as j')
    .innerJoin('employers', 'employers.id', 'j.employer_id')
    .select([
      'j.id',
      'j.kind',
      'j.occupation_code',
      'j.title',
      'j.education_min',
      'j.skills',
      'j.certificates',
      'j.pay_min_fen',
      'j.pay_max_fen',
      'j.pay_unit',
      'j.work_hours',
      'j.age_min',
      'j.age_max',
      'j.lng',
      'j.lat',
      'j.headcount',
      'j.hired_count',
      'j.state',
      'j.valid_from',
      'j.valid_to',
      'j.district_code',
      'j.town_code',
      'employers.name as employer_name',
    ])
    .$if(ids === undefined, (qb) => qb.where('j.state', '=', 'open'))
    .$if(ids !== undefined, (qb) => qb.where('j.id', 'in', ids as string[]))
    .execute();
}
export type RankingRow = Awaited<ReturnType<typeof selectRankingRows>>[number];

// ── the public board ──

export type PublicJobRow = JobRow & { employer_name: string; site_name: string; site_address: string; site_phone: string | null };

function publicRows(db: Executor<Database>, today: string) {
  return db
    .selectFrom('jobs as j')
    .innerJoin('employers', 'employers.id', 'j.employer_id')
    .innerJoin('sites', 'sites.id', 'j.site_id')
    .where('j.state', '=', 'open')
    .where('j.valid_to', '>=', today)
    .where('j.valid_from', '<=', today);
}

export async function selectPublicJobPage(
  db: Kysely<Database>,
  filters: { townCode?: string | undefined; kind?: JobKind | undefined; occupation?: string | undefined; siteId?: string | undefined },
  today: string,
  page: { page: number; pageSize: number },
): Promise<{ rows: PublicJobRow[]; total: number }> {
  const filtered = publicRows(db, today)
    .$if(filters.townCode !== undefined, (qb) => qb.where('j.town_code', '=', filters.townCode as string))
    .$if(filters.kind !== undefined, (qb) => qb.where('j.kind', '=', filters.kind as JobKind))
    .$if(filters.siteId !== undefined, (qb) => qb.where('j.site_id', '=', filters.siteId as string))
    .$if(filters.occupation !== undefined, (qb) =>
      qb.where((eb) =>
        eb.or([eb('j.occupation_code', '=', filters.occupation as string), eb('j.occupation_code', 'like', `${filters.occupation}-%`)]),
      ),
    );
  const rows = await filtered
    .selectAll('j')
    .select([
      'employers.name as employer_name',
      'sites.name as site_name',
      'sites.address as site_address',
      'sites.contact_phone as site_phone',
      (eb) => eb.fn.countAll().over().as('total_count'),
    ])
    .orderBy('j.updated_at', 'desc')
    .orderBy('j.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return pageWithTotal(rows, page.page, async () =>
    Number((await filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  );
}

export async function findPublicJob(db: Kysely<Database>, id: string, today: string): Promise<PublicJobRow | undefined> {
  return publicRows(db, today)
    .where('j.id', '=', id)
    .selectAll('j')
    .select([
      'employers.name as employer_name',
      'sites.name as site_name',
      'sites.address as site_address',
      'sites.contact_phone as site_phone',
    ])
    .executeTakeFirst();
}
