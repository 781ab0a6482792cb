import { z } from 'zod';
import {
  type GeoPoint,
  ISLAND_LABELS,
  islandOfTown,
  TRAVEL_MODE_LABELS,
  type TravelMode,
  type TravelModel,
  travelMinutes,
} from './geography.ts';
import { JOB_KIND_LABELS, type JobKind, JobKindSchema, monthlyPayFen, type PayUnit, PayUnitSchema } from './jobs.ts';
import { sharedOccupationLevel } from './reference/occupations.ts';
import { EDUCATION_LEVEL_LABELS, EDUCATION_LEVELS, type EducationLevel, type KeyGroup, WORK_HOURS_LABELS } from './residents.ts';

// ── explainable matching (人岗匹配, plan §三.三, annex item 7) ──────────────────────

/**
 * The weights: configuration, documented in docs/decisions.md. A score is the sum of the points of
 * the reasons; a reason "against" carries negative points. Occupation is worth most because staff
 * recommend by trade first; commute beyond the limit outweighs any trade match.
 */
export const MATCH_WEIGHTS = {
  occupation: { detail: 40, minor: 30, middle: 20, major: 10 },
  /** Full points when the resident has every skill the job asks for, pro rata otherwise. */
  skills: 15,
  certificates: 10,
  educationMet: 10,
  educationGap: -20,
  payMet: 10,
  payBelow: -10,
  hoursMet: 5,
  hoursMismatch: -5,
  /** Full points at zero minutes, falling linearly to 0 at the resident's limit. */
  commuteWithin: 10,
  commuteBeyond: -50,
  /** The job is on another island and the travel model has no link across the water. */
  commuteUnreachable: -50,
  ageOutside: -30,
  ageFriendly: 3,
  /** 就业促进法 Art. 53: public-welfare posts go first to hardship persons. */
  keyGroupPriority: 15,
} as const;
export type MatchWeights = typeof MATCH_WEIGHTS;

/** How far to look when the resident has not said how far they would go. */
export const DEFAULT_MAX_COMMUTE_MINUTES = 45;
/** A resident this old or older values a job without an age limit (older workers, 大龄). */
export const AGE_FRIENDLY_FROM = 45;

/** What ranking needs of a job, kept in memory (refreshed on job writes). */
export interface JobFacts {
  id: string;
  kind: JobKind;
  occupationCode: string;
  educationMin: EducationLevel | null;
  skills: readonly string[];
  certificates: readonly string[];
  payMinFen: number;
  payMaxFen: number;
  payUnit: PayUnit;
  workHours: 'full_time' | 'part_time' | 'flexible' | 'any';
  ageMin: number | null;
  ageMax: number | null;
  /** The job's point, or the point of its town seat when it has none. */
  point: GeoPoint | null;
  headcount: number;
  hiredCount: number;
  state: string;
  validFrom: string;
  validTo: string;
  townCode: string;
}

/** What ranking needs of a resident. */
export interface ResidentFacts {
  id: string;
  /** The resident's own trades and the ones they want (job intention). */
  occupations: readonly string[];
  skills: readonly string[];
  certificates: readonly string[];
  education: EducationLevel;
  /** Monthly expectation, in fen. */
  payMinFen: number | null;
  hours: 'full_time' | 'part_time' | 'flexible' | 'any';
  maxCommuteMinutes: number | null;
  travelMode: TravelMode;
  age: number;
  keyGroups: readonly KeyGroup[];
  /** The village's point (its town seat until villages are placed). */
  point: GeoPoint | null;
  /** The town of the resident's village: its island bounds the commute. */
  townCode: string;
}

export const MATCH_REASON_CODES = [
  'occupation',
  'skills',
  'certificates',
  'education_met',
  'education_gap',
  'pay_met',
  'pay_below',
  'hours_met',
  'hours_mismatch',
  'commute_within',
  'commute_beyond',
  'commute_unreachable',
  'age_outside',
  'age_friendly',
  'key_group_priority',
] as const;
export type MatchReasonCode = (typeof MATCH_REASON_CODES)[number];

export const MatchReasonSchema = z.object({
  code: z.enum(MATCH_REASON_CODES),
  polarity: z.enum(['for', 'against']),
  points: z.number(),
  text: z.string(),
});
export type MatchReason = z.infer<typeof MatchReasonSchema>;

export interface MatchResult {
  score: number;
  reasons: MatchReason[];
  commuteMinutes: number | null;
}

/** Hard filters: a job that fails one never appears (expired, full, not open, or a kind not asked for). */
export function isMatchable(job: JobFacts, today: string, kinds?: readonly JobKind[]): boolean {
  if (job.state !== 'open') return false;
  if (job.validTo < today || job.validFrom > today) return false;
  if (job.hiredCount >= job.headcount) return false;
  if (kinds && kinds.length > 0 && !kinds.includes(job.kind)) return false;
  return true;
}

const yuan = (fen: number) => `${Math.round(fen / 100)} 元`;

/** The best level any of the resident's codes shares with the job's (大典 hierarchy). */
function occupationLevel(resident: readonly string[], jobCode: string): keyof MatchWeights['occupation'] | undefined {
  const rank = { detail: 4, minor: 3, middle: 2, major: 1 } as const;
  let best: keyof MatchWeights['occupation'] | undefined;
  for (const code of resident) {
    const level = code === jobCode ? 'detail' : sharedOccupationLevel(code, jobCode);
    // Two different 细类 share at most their 小类; a shared "detail" level means the same code.
    const shared = level === 'detail' && code !== jobCode ? 'minor' : level;
    if (shared && (!best || rank[shared] > rank[best])) best = shared;
  }
  return best;
}

const OCCUPATION_LEVEL_TEXT = { detail: '职业相同', minor: '同一职业小类', middle: '同一职业中类', major: '同一职业大类' } as const;

function overlap(wanted: readonly string[], held: readonly string[]): string[] {
  const mine = held.map((s) => s.toLowerCase());
  return wanted.filter((w) => mine.some((h) => h.includes(w.toLowerCase()) || w.toLowerCase().includes(h)));
}

/**
 * The explainable score of one job for one resident: every point comes with its reason, in Chinese.
 * Pure: no clock (age is given), no I/O — the benchmark calls it directly.
 */
export function scoreMatch(
  resident: ResidentFacts,
  job: JobFacts,
  weights: MatchWeights = MATCH_WEIGHTS,
  options: { explain?: boolean; model?: TravelModel } = {},
): MatchResult {
  // Ranking thousands of jobs needs the points only; the texts are written for the few shown.
  const explain = options.explain ?? true;
  const reasons: MatchReason[] = [];
  let score = 0;
  const add = (code: MatchReasonCode, points: number, text: () => string) => {
    score += points;
    if (explain) reasons.push({ code, polarity: points >= 0 ? 'for' : 'against', points, text: text() });
  };

  const level = occupationLevel(resident.occupations, job.occupationCode);
  if (level) add('occupation', weights.occupation[level], () => `${OCCUPATION_LEVEL_TEXT[level]}（${job.occupationCode}）`);

  if (job.skills.length > 0) {
    const have = overlap(job.skills, resident.skills);
    if (have.length > 0)
      add('skills', Math.round((weights.skills * have.length) / job.skills.length), () => `具备所需技能：${have.join('、')}`);
  }
  if (job.certificates.length > 0) {
    const have = overlap(job.certificates, resident.certificates);
    if (have.length > 0)
      add(
        'certificates',
        Math.round((weights.certificates * have.length) / job.certificates.length),
        () => `持有所需证书：${have.join('、')}`,
      );
  }

  const educationMin = job.educationMin;
  if (educationMin && educationMin !== 'unknown' && educationMin !== 'none') {
    const need = EDUCATION_LEVELS.indexOf(educationMin);
    const has = EDUCATION_LEVELS.indexOf(resident.education);
    if (resident.education !== 'unknown') {
      if (has >= need) add('education_met', weights.educationMet, () => `学历符合要求（${EDUCATION_LEVEL_LABELS[educationMin]}及以上）`);
      else
        add(
          'education_gap',
          weights.educationGap,
          () => `学历低于要求：要求${EDUCATION_LEVEL_LABELS[educationMin]}，本人为${EDUCATION_LEVEL_LABELS[resident.education]}`,
        );
    }
  }

  const monthlyMax = monthlyPayFen(job.payMaxFen, job.payUnit);
  const expected = resident.payMinFen;
  if (expected != null && expected > 0 && monthlyMax != null) {
    if (monthlyMax >= expected) add('pay_met', weights.payMet, () => `薪酬可达月 ${yuan(monthlyMax)}，满足期望 ${yuan(expected)}`);
    else add('pay_below', weights.payBelow, () => `薪酬折合每月最高 ${yuan(monthlyMax)}，低于期望 ${yuan(expected)}`);
  }

  if (resident.hours !== 'any' && job.workHours !== 'any') {
    if (resident.hours === job.workHours)
      add('hours_met', weights.hoursMet, () => `工作时间符合意向（${WORK_HOURS_LABELS[job.workHours]}）`);
    else
      add(
        'hours_mismatch',
        weights.hoursMismatch,
        () => `工作时间与意向不同：岗位为${WORK_HOURS_LABELS[job.workHours]}，意向为${WORK_HOURS_LABELS[resident.hours]}`,
      );
  }

  let commuteMinutes: number | null = null;
  if (resident.point && job.point) {
    // THE travel model (geography.ts), rounded up to a whole minute for the resident.
    const from = { point: resident.point, island: islandOfTown(resident.townCode) };
    const to = { point: job.point, island: islandOfTown(job.townCode) };
    const exact = travelMinutes(from, to, resident.travelMode, options.model);
    const limit = resident.maxCommuteMinutes ?? DEFAULT_MAX_COMMUTE_MINUTES;
    const mode = TRAVEL_MODE_LABELS[resident.travelMode];
    if (!Number.isFinite(exact)) {
      add(
        'commute_unreachable',
        weights.commuteUnreachable,
        () => `岗位在${ISLAND_LABELS[to.island]}，本人在${ISLAND_LABELS[from.island]}，${mode}无法跨江直达`,
      );
    } else {
      const minutes = Math.ceil(exact);
      commuteMinutes = minutes;
      if (minutes <= limit)
        add('commute_within', Math.round(weights.commuteWithin * (1 - minutes / limit)), () => `${mode}约 ${minutes} 分钟可到`);
      else add('commute_beyond', weights.commuteBeyond, () => `${mode}约 ${minutes} 分钟，超过可接受的 ${limit} 分钟`);
    }
  }

  if (job.ageMin != null || job.ageMax != null) {
    const below = job.ageMin != null && resident.age < job.ageMin;
    const above = job.ageMax != null && resident.age > job.ageMax;
    if (below || above)
      add(
        'age_outside',
        weights.ageOutside,
        () => `年龄 ${resident.age} 岁，不在岗位依法设定的 ${job.ageMin ?? ''}–${job.ageMax ?? ''} 岁范围内`,
      );
  } else if (resident.age >= AGE_FRIENDLY_FROM) {
    add('age_friendly', weights.ageFriendly, () => '岗位不限年龄，适合大龄求职者');
  }

  if (job.kind === 'public_welfare' && resident.keyGroups.includes('hardship')) {
    add('key_group_priority', weights.keyGroupPriority, () => `就业困难人员优先安置${JOB_KIND_LABELS.public_welfare}`);
  }

  return { score, reasons, commuteMinutes };
}

export interface Ranked<T> {
  item: T;
  result: MatchResult;
}

/**
 * The best `limit` by score (ties: shorter commute, then id), keeping only a bounded heap-free
 * selection so that 10,000 candidates cost one pass and a small sort.
 */
export function topMatches<T extends { id: string }>(
  items: Iterable<T>,
  score: (item: T) => MatchResult | undefined,
  limit: number,
): Ranked<T>[] {
  const kept: Ranked<T>[] = [];
  let floor = Number.NEGATIVE_INFINITY;
  const better = (a: Ranked<T>, b: Ranked<T>) =>
    b.result.score - a.result.score ||
    (a.result.commuteMinutes ?? Number.MAX_SAFE_INTEGER) - (b.result.commuteMinutes ?? Number.MAX_SAFE_INTEGER) ||
    (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);
  for (const item of items) {
    const result = score(item);
    if (!result || result.score < floor) continue;
    kept.push({ item, result });
    if (kept.length >= limit * 4) {
      kept.sort(better);
      kept.length = limit;
      floor = kept[limit - 1]?.result.score ?? floor;
    }
  }
  kept.sort(better);
  return kept.slice(0, limit);
}

// ── answers ──

export const JobMatchSchema = z.object({
  jobId: z.string(),
  title: z.string(),
  kind: JobKindSchema,
  occupationCode: z.string(),
  employerName: z.string(),
  townCode: z.string(),
  payMinFen: z.number().int(),
  payMaxFen: z.number().int(),
  payUnit: PayUnitSchema,
  validTo: z.string(),
  score: z.number(),
  commuteMinutes: z.number().int().nullable(),
  reasons: z.array(MatchReasonSchema),
});
export type JobMatch = z.infer<typeof JobMatchSchema>;
export const JobMatchListSchema = z.object({ items: z.array(JobMatchSchema), considered: z.number().int() });

export const CandidateMatchSchema = z.object({
  residentId: z.string(),
  name: z.string(),
  age: z.number().int(),
  education: z.string(),
  villageCode: z.string(),
  employmentStatus: z.string(),
  score: z.number(),
  commuteMinutes: z.number().int().nullable(),
  reasons: z.array(MatchReasonSchema),
});
export type CandidateMatch = z.infer<typeof CandidateMatchSchema>;
export const CandidateMatchListSchema = z.object({ items: z.array(CandidateMatchSchema), considered: z.number().int() });

export const ResidentMatchesQuerySchema = z.object({
  kind: z.union([JobKindSchema, z.array(JobKindSchema)]).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type ResidentMatchesQuery = z.infer<typeof ResidentMatchesQuerySchema>;
export const JobCandidatesQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(100).default(50) });
export type JobCandidatesQuery = z.infer<typeof JobCandidatesQuerySchema>;
