import type { RegionScope } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, inScope } from '../../db/scope.ts';
import type { GigSignupRow, GigSignupRowUpdate, NewGigSignupRow } from './gigs.table.ts';

export type GigSignupWithNames = GigSignupRow & { job_title: string; resident_name: string };

function withNames(db: Executor<Database>) {
  return db
    .selectFrom('gig_signups as g')
    .innerJoin('jobs', 'jobs.id', 'g.job_id')
    .innerJoin('residents', 'residents.id', 'g.resident_id')
    .selectAll('g')
    .select(['jobs.title as job_title', 'residents.name as resident_name']);
}

export async function findSignupById(db: Executor<Database>, scope: RegionScope, id: string): Promise<GigSignupWithNames | undefined> {
  return withNames(db).where('g.id', '=', id).where(inScope(scope, 'g')).executeTakeFirst();
}

export async function selectSignups(
  db: Kysely<Database>,
  scope: RegionScope,
  filters: { jobId?: string | undefined; date?: string | undefined },
): Promise<GigSignupWithNames[]> {
  return withNames(db)
    .where(inScope(scope, 'g'))
    .$if(filters.jobId !== undefined, (qb) => qb.where('g.job_id', '=', filters.jobId as string))
    .$if(filters.date !== undefined, (qb) => qb.where('g.work_date', '=', filters.date as string))
    .orderBy('g.created_at')
    .orderBy('g.id')
    .limit(500)
    .execute();
}

export async function hasSignup(trx: Executor<Database>, jobId: string, residentId: string): Promise<boolean> {
  return (
    (await trx
      .selectFrom('gig_signups')
      .select('id')
      .where('job_id', '=', jobId)
      .where('resident_id', '=', residentId)
      .executeTakeFirst()) !== undefined
  );
}

/** Live sign-ups of a job (all areas: the headcount is the job's). */
export async function countLiveSignups(trx: Executor<Database>, jobId: string): Promise<number> {
  const row = await trx
    .selectFrom('gig_signups')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('job_id', '=', jobId)
    .where('state', '!=', 'cancelled')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertSignup(trx: Executor<Database>, row: NewGigSignupRow): Promise<void> {
  await trx.insertInto('gig_signups').values(row).execute();
}

export async function updateSignupAtVersion(
  trx: Executor<Database>,
  scope: RegionScope,
  id: string,
  version: number,
  patch: GigSignupRowUpdate,
): Promise<boolean> {
  const result = await trx
    .updateTable('gig_signups')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where(inScope(scope, 'gig_signups'))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
