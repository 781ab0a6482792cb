import type { ReferralStage, RegionScope } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, inScope, pageWithTotal } from '../../db/scope.ts';
import type { NewReferralRow, ReferralRow, ReferralRowUpdate, ReferralStepRow } from './referrals.table.ts';

export type ReferralWithNames = ReferralRow & {
  job_title: string;
  job_kind: string;
  employer_name: string;
  resident_name: string;
  site_name: string;
  created_by_name: string | null;
};

function withNames(db: Executor<Database>) {
  return db
    .selectFrom('referrals as f')
    .innerJoin('jobs', 'jobs.id', 'f.job_id')
    .innerJoin('employers', 'employers.id', 'f.employer_id')
    .innerJoin('residents', 'residents.id', 'f.resident_id')
    .innerJoin('sites', 'sites.id', 'f.site_id')
    .leftJoin('staff', 'staff.id', 'f.created_by')
    .selectAll('f')
    .select([
      'jobs.title as job_title',
      'jobs.kind as job_kind',
      'employers.name as employer_name',
      'residents.name as resident_name',
      'sites.name as site_name',
      'staff.display_name as created_by_name',
    ]);
}

export async function findReferralById(db: Executor<Database>, scope: RegionScope, id: string): Promise<ReferralWithNames | undefined> {
  return withNames(db).where('f.id', '=', id).where(inScope(scope, 'f')).executeTakeFirst();
}

/** System work (the follow-up task) only. */
export async function findReferralForSystem(db: Executor<Database>, id: string): Promise<ReferralWithNames | undefined> {
  return withNames(db).where('f.id', '=', id).executeTakeFirst();
}

export async function findReferralOf(db: Executor<Database>, jobId: string, residentId: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('referrals').select('id').where('job_id', '=', jobId).where('resident_id', '=', residentId).executeTakeFirst();
}

export interface ReferralFilters {
  stage?: ReferralStage | undefined;
  siteId?: string | undefined;
  jobId?: string | undefined;
  employerId?: string | undefined;
  residentId?: string | undefined;
}

function filtered(db: Kysely<Database>, scope: RegionScope, filters: ReferralFilters) {
  return db
    .selectFrom('referrals as f')
    .where(inScope(scope, 'f'))
    .$if(filters.stage !== undefined, (qb) => qb.where('f.stage', '=', filters.stage as ReferralStage))
    .$if(filters.siteId !== undefined, (qb) => qb.where('f.site_id', '=', filters.siteId as string))
    .$if(filters.jobId !== undefined, (qb) => qb.where('f.job_id', '=', filters.jobId as string))
    .$if(filters.employerId !== undefined, (qb) => qb.where('f.employer_id', '=', filters.employerId as string))
    .$if(filters.residentId !== undefined, (qb) => qb.where('f.resident_id', '=', filters.residentId as string));
}

export async function selectReferralPage(
  db: Kysely<Database>,
  scope: RegionScope,
  filters: ReferralFilters,
  page: { page: number; pageSize: number },
): Promise<{ rows: ReferralWithNames[]; total: number }> {
  const base = filtered(db, scope, filters);
  const rows = await base
    .innerJoin('jobs', 'jobs.id', 'f.job_id')
    .innerJoin('employers', 'employers.id', 'f.employer_id')
    .innerJoin('residents', 'residents.id', 'f.resident_id')
    .innerJoin('sites', 'sites.id', 'f.site_id')
    .leftJoin('staff', 'staff.id', 'f.created_by')
    .selectAll('f')
    .select([
      'jobs.title as job_title',
      'jobs.kind as job_kind',
      'employers.name as employer_name',
      'residents.name as resident_name',
      'sites.name as site_name',
      'staff.display_name as created_by_name',
      (eb) => eb.fn.countAll().over().as('total_count'),
    ])
    .orderBy('f.updated_at', 'desc')
    .orderBy('f.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return pageWithTotal(rows, page.page, async () =>
    Number((await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  );
}

export async function countByStage(db: Kysely<Database>, scope: RegionScope, filters: ReferralFilters): Promise<Map<string, number>> {
  const rows = await filtered(db, scope, filters)
    .select(['f.stage', (eb) => eb.fn.countAll().as('n')])
    .groupBy('f.stage')
    .execute();
  return new Map(rows.map((row) => [row.stage, Number(row.n)]));
}

export async function insertReferral(trx: Executor<Database>, row: NewReferralRow): Promise<void> {
  await trx.insertInto('referrals').values(row).execute();
}

export async function updateReferralAtVersion(
  trx: Executor<Database>,
  scope: RegionScope,
  id: string,
  version: number,
  patch: ReferralRowUpdate,
): Promise<boolean> {
  const result = await trx
    .updateTable('referrals')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where(inScope(scope, 'referrals'))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertStep(trx: Executor<Database>, row: ReferralStepRow): Promise<void> {
  await trx.insertInto('referral_steps').values(row).execute();
}

export async function selectSteps(
  db: Executor<Database>,
  referralId: string,
): Promise<(ReferralStepRow & { staff_name: string | null })[]> {
  return db
    .selectFrom('referral_steps as s')
    .leftJoin('staff', 'staff.id', 's.staff_id')
    .selectAll('s')
    .select('staff.display_name as staff_name')
    .where('s.referral_id', '=', referralId)
    .orderBy('s.at')
    .orderBy('s.id')
    .execute();
}
