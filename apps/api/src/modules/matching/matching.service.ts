import {
  ageOn,
  type CandidateMatch,
  DEFAULT_TRAVEL_MODE,
  type GeoPoint,
  isMatchable,
  type JobCandidatesQuery,
  type JobIntention,
  type JobKind,
  type JobMatch,
  type KeyGroup,
  MATCH_WEIGHTS,
  type ResidentFacts,
  type ResidentMatchesQuery,
  scoreMatch,
  topMatches,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { shanghaiDate } from '../calendar/index.ts';
import type { IndexedJob } from '../jobs/index.ts';
import { findProfile, type ProfileRow, selectSeekerProfiles } from './matching.repository.ts';

/** Ranking reads the points only; the reasons are written for the results shown. */
const QUICK = { explain: false } as const;

export interface OpenJobs {
  openJobs(): Promise<ReadonlyMap<string, IndexedJob>>;
}
export interface JobLookup {
  getJob(ctx: ServiceContext, id: string): Promise<{ id: string; state: string }>;
}
export interface Places {
  find(code: string): Promise<{ lng: number | null; lat: number | null; parent_code: string | null } | undefined>;
}

export interface MatchingServiceDeps {
  db: Kysely<Database>;
  index: OpenJobs;
  jobs: JobLookup;
  regions: Places;
}

export function createMatchingService(deps: MatchingServiceDeps) {
  const { db, index, jobs, regions } = deps;
  const points = new Map<string, GeoPoint | null>();

  /** A village's point, or its town seat's (villages have none yet); cached: the directory does not change while running. */
  async function pointOf(villageCode: string): Promise<GeoPoint | null> {
    const cached = points.get(villageCode);
    if (cached !== undefined) return cached;
    const village = await regions.find(villageCode);
    let point: GeoPoint | null =
      village?.lng != null && village.lat != null ? { lng: Number(village.lng), lat: Number(village.lat) } : null;
    if (!point && village?.parent_code) {
      const town = await regions.find(village.parent_code);
      point = town?.lng != null && town.lat != null ? { lng: Number(town.lng), lat: Number(town.lat) } : null;
    }
    points.set(villageCode, point);
    return point;
  }

  function factsOf(row: ProfileRow, today: string, point: GeoPoint | null): ResidentFacts {
    const intention = row.job_intention ? (JSON.parse(row.job_intention) as JobIntention) : null;
    const own = JSON.parse(row.occupations) as string[];
    return {
      id: row.id,
      occupations: [...new Set([...own, ...(intention?.occupations ?? [])])],
      skills: JSON.parse(row.skills) as string[],
      certificates: (JSON.parse(row.certificates) as { name: string }[]).map((c) => c.name),
      education: row.education,
      payMinFen: intention?.payMinFen ?? null,
      hours: intention?.hours ?? 'any',
      maxCommuteMinutes: intention?.maxCommuteMinutes ?? null,
      travelMode: intention?.travelMode ?? DEFAULT_TRAVEL_MODE,
      age: ageOn(row.birth_date, today),
      keyGroups: Number(row.is_hardship) ? (['hardship'] as KeyGroup[]) : [],
      point,
      townCode: row.town_code,
    };
  }

  return {
    /** The top open jobs for a resident in the actor's scope, each with its reasons for and against. */
    async jobsForResident(
      ctx: ServiceContext,
      residentId: string,
      query: ResidentMatchesQuery,
    ): Promise<{ items: JobMatch[]; considered: number }> {
      const row = await findProfile(db, ctx.actor.scope, residentId);
      if (!row) throw new AppError('NOT_FOUND');
      const today = shanghaiDate(ctx.now);
      const resident = factsOf(row, today, await pointOf(row.village_code));
      const kinds = query.kind === undefined ? undefined : ((Array.isArray(query.kind) ? query.kind : [query.kind]) as JobKind[]);
      const open = await index.openJobs();
      let considered = 0;
      const ranked = topMatches(
        open.values(),
        (job) => {
          if (job.districtCode !== ctx.actor.scope.districtCode || !isMatchable(job, today, kinds)) return undefined;
          considered += 1;
          return scoreMatch(resident, job, MATCH_WEIGHTS, QUICK);
        },
        query.limit,
      ).map(({ item }) => ({ item, result: scoreMatch(resident, item) }));
      return {
        considered,
        items: ranked.map(({ item, result }) => ({
          jobId: item.id,
          title: item.title,
          kind: item.kind,
          occupationCode: item.occupationCode,
          employerName: item.employerName,
          townCode: item.townCode,
          payMinFen: item.payMinFen,
          payMaxFen: item.payMaxFen,
          payUnit: item.payUnit,
          validTo: item.validTo,
          score: result.score,
          commuteMinutes: result.commuteMinutes,
          reasons: result.reasons,
        })),
      };
    },

    /** The best job seekers in the actor's area for an open job, with the same reasons. */
    async candidatesForJob(
      ctx: ServiceContext,
      jobId: string,
      query: JobCandidatesQuery,
    ): Promise<{ items: CandidateMatch[]; considered: number }> {
      await jobs.getJob(ctx, jobId);
      const job = (await index.openJobs()).get(jobId);
      const today = shanghaiDate(ctx.now);
      if (!job || !isMatchable(job, today)) throw new AppError('JOB_NOT_OPEN');
      const rows = await selectSeekerProfiles(db, ctx.actor.scope);
      const villagePoints = new Map<string, GeoPoint | null>();
      for (const code of new Set(rows.map((row) => row.village_code))) villagePoints.set(code, await pointOf(code));
      const ranked = topMatches(
        rows.map((row) => ({ id: row.id, row, facts: factsOf(row, today, villagePoints.get(row.village_code) ?? null) })),
        (candidate) => scoreMatch(candidate.facts, job, MATCH_WEIGHTS, QUICK),
        query.limit,
      ).map(({ item }) => ({ item, result: scoreMatch(item.facts, job) }));
      return {
        considered: rows.length,
        items: ranked.map(({ item, result }) => ({
          residentId: item.row.id,
          name: item.row.name,
          age: item.facts.age,
          education: item.row.education,
          villageCode: item.row.village_code,
          employmentStatus: item.row.employment_status,
          score: result.score,
          commuteMinutes: result.commuteMinutes,
          reasons: result.reasons,
        })),
      };
    },
  };
}
export type MatchingService = ReturnType<typeof createMatchingService>;
