import type { EducationLevel, GeoPoint, JobFacts } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type RankingRow, selectRankingRows } from './jobs.repository.ts';

/** A job as ranking holds it: the facts the score reads, and what a result shows. */
export interface IndexedJob extends JobFacts {
  title: string;
  employerName: string;
  districtCode: string;
}

export interface TownSeats {
  find(code: string): Promise<{ name: string; lng: number | null; lat: number | null } | undefined>;
}

/**
 * The open jobs ranking needs, held in memory (docs/decisions.md "Matching"): reading 10,000 wide
 * rows per request costs ~100 ms on SQLite, scoring them in memory ~13 ms. Loaded on first use and
 * refreshed, job by job, after every committed write to a job (create, edit, state change, a hire,
 * the expiry task). One process serves the API (the embedded default and the PostgreSQL set-up
 * alike); a second process would need a notification channel to refresh its copy.
 */
export function createJobIndex(deps: { db: Kysely<Database>; regions: TownSeats }) {
  const { db, regions } = deps;
  let jobs: Map<string, IndexedJob> | undefined;
  let loading: Promise<Map<string, IndexedJob>> | undefined;

  async function pointOf(row: RankingRow): Promise<GeoPoint | null> {
    if (row.lng != null && row.lat != null) return { lng: Number(row.lng), lat: Number(row.lat) };
    const seat = await regions.find(row.town_code);
    return seat?.lng != null && seat.lat != null ? { lng: Number(seat.lng), lat: Number(seat.lat) } : null;
  }

  async function toIndexed(row: RankingRow): Promise<IndexedJob> {
    return {
      id: row.id,
      kind: row.kind,
      occupationCode: row.occupation_code,
      educationMin: row.education_min as EducationLevel | null,
      skills: JSON.parse(row.skills) as string[],
      certificates: JSON.parse(row.certificates) as string[],
      payMinFen: Number(row.pay_min_fen),
      payMaxFen: Number(row.pay_max_fen),
      payUnit: row.pay_unit,
      workHours: row.work_hours,
      ageMin: row.age_min == null ? null : Number(row.age_min),
      ageMax: row.age_max == null ? null : Number(row.age_max),
      point: await pointOf(row),
      headcount: Number(row.headcount),
      hiredCount: Number(row.hired_count),
      state: row.state,
      validFrom: row.valid_from,
      validTo: row.valid_to,
      townCode: row.town_code,
      title: row.title,
      employerName: row.employer_name,
      districtCode: row.district_code,
    };
  }

  async function load(): Promise<Map<string, IndexedJob>> {
    const rows = await selectRankingRows(db);
    const map = new Map<string, IndexedJob>();
    for (const row of rows) map.set(row.id, await toIndexed(row));
    return map;
  }

  return {
    /** The open jobs (validity and headcount are checked by the caller, against its own clock). */
    async openJobs(): Promise<ReadonlyMap<string, IndexedJob>> {
      if (jobs) return jobs;
      loading ??= load().then((map) => {
        jobs = map;
        return map;
      });
      return loading;
    },

    /** After a committed write: re-read these jobs (dropping any no longer open). */
    async refresh(ids: readonly string[]): Promise<void> {
      if (!jobs || ids.length === 0) return;
      const rows = await selectRankingRows(db, ids);
      for (const id of ids) jobs.delete(id);
      for (const row of rows) if (row.state === 'open') jobs.set(row.id, await toIndexed(row));
    },
  };
}
export type JobIndex = ReturnType<typeof createJobIndex>;
