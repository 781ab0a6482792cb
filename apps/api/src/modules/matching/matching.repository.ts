import type { EducationLevel, EmploymentStatus, RegionScope } from '@jobcircle/domain';
import { sql } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, inScope } from '../../db/scope.ts';

/** Read-side (README): the registry's columns ranking needs. */
function profiles(db: Executor<Database>, scope: RegionScope) {
  return db
    .selectFrom('residents as r')
    .where(inScope(scope, 'r', { hasGrid: true }))
    .where('r.merged_into_id', 'is', null)
    .select([
      'r.id',
      'r.name',
      'r.birth_date',
      'r.town_code',
      'r.village_code',
      'r.education',
      'r.occupations',
      'r.skills',
      'r.certificates',
      'r.job_intention',
      'r.employment_status',
      sql<number>`case when exists (select 1 from resident_key_groups g where g.resident_id = r.id and g.key_group = 'hardship') then 1 else 0 end`.as(
        'is_hardship',
      ),
    ]);
}
export type ProfileRow = {
  id: string;
  name: string;
  birth_date: string;
  town_code: string;
  village_code: string;
  education: EducationLevel;
  occupations: string;
  skills: string;
  certificates: string;
  job_intention: string | null;
  employment_status: EmploymentStatus;
  is_hardship: number;
};

export async function findProfile(db: Executor<Database>, scope: RegionScope, id: string): Promise<ProfileRow | undefined> {
  return profiles(db, scope).where('r.id', '=', id).executeTakeFirst();
}

/** Job seekers of the scope: everyone in the labour force not in work (students, the retired and the employed are left out). */
export async function selectSeekerProfiles(db: Executor<Database>, scope: RegionScope): Promise<ProfileRow[]> {
  return profiles(db, scope).where('r.employment_status', 'in', ['unemployed', 'flexible', 'unknown']).execute();
}
