import { z } from 'zod';
import {
  DEFAULT_TRAVEL_MODEL,
  type GeoPoint,
  IslandSchema,
  type Place,
  TRAVEL_MODE_LABELS,
  type TravelMode,
  type TravelModel,
  travelMinutes,
} from './geography.ts';
import { VillageCodeSchema } from './regions.ts';
import { KEY_GROUPS, type KeyGroup } from './residents.ts';
import { ServiceItemNoSchema } from './service-items.ts';
import { type NearestSite, siteGrid } from './site-grid.ts';

/**
 * The 15-minute circle (plan §一, issue 13): how far each village is from the nearest active site
 * offering a service item, by a travel mode, and the share of people within the threshold.
 *
 * Travel times come from THE travel model, `travelMinutes` in geography.ts (shared with job
 * matching): a road-graph model replaces its body without touching this file. The islands are part
 * of the model: without a configured link no trip crosses the water. Nearest sites for many places
 * at once go through a spatial grid of the sites (site-grid.ts), exact against the brute force.
 */

/** The modes the 15-minute circle offers: a subset of the one list of travel modes. */
export const COVERAGE_MODES = ['walk', 'elderly_walk', 'bike', 'ebike'] as const satisfies readonly TravelMode[];
export const CoverageModeSchema = z.enum(COVERAGE_MODES);
export type CoverageMode = z.infer<typeof CoverageModeSchema>;
export const COVERAGE_MODE_LABELS: Record<CoverageMode, string> = {
  walk: TRAVEL_MODE_LABELS.walk,
  elderly_walk: TRAVEL_MODE_LABELS.elderly_walk,
  bike: TRAVEL_MODE_LABELS.bike,
  ebike: TRAVEL_MODE_LABELS.ebike,
};

/** Chongming District's bounding box (WGS-84), with a margin: an imported point outside it is refused. */
export const DISTRICT_BOUNDS = { minLng: 121.08, maxLng: 122.05, minLat: 31.25, maxLat: 31.9 } as const;

export function isInDistrictBounds(point: GeoPoint): boolean {
  return (
    point.lng >= DISTRICT_BOUNDS.minLng &&
    point.lng <= DISTRICT_BOUNDS.maxLng &&
    point.lat >= DISTRICT_BOUNDS.minLat &&
    point.lat <= DISTRICT_BOUNDS.maxLat
  );
}

export const DEFAULT_COVERAGE_THRESHOLD_MINUTES = 15;
export type { NearestSite };

/**
 * Within the threshold. The tolerance (10⁻⁶ minute: 0.075 mm on foot) absorbs floating-point error
 * of the haversine, so that a point exactly on the boundary counts as covered.
 */
export function isWithinThreshold(minutes: number, thresholdMinutes: number): boolean {
  return minutes <= thresholdMinutes + 1e-6;
}

export interface CoverageSite extends Place {
  id: string;
  isActive: boolean;
  serviceItems: readonly number[];
}

/** The active sites offering `item` (all active sites when item is null). */
export function sitesOffering<S extends CoverageSite>(sites: readonly S[], item: number | null): S[] {
  return sites.filter((site) => site.isActive && (item === null || site.serviceItems.includes(item)));
}

/**
 * The nearest of `sites` (already filtered) from `place`; ties go to the smaller id; null if none is
 * reachable. Every site once: for one place (coverageOf uses the grid for many; it gives the same).
 */
export function nearestSite(
  place: Place,
  sites: readonly CoverageSite[],
  mode: CoverageMode,
  model: TravelModel = DEFAULT_TRAVEL_MODEL,
): NearestSite | null {
  let best: NearestSite | null = null;
  for (const site of sites) {
    const minutes = travelMinutes(place, site, mode, model);
    if (!Number.isFinite(minutes)) continue;
    if (best === null || minutes < best.minutes || (minutes === best.minutes && site.id < best.siteId)) best = { siteId: site.id, minutes };
  }
  return best;
}

export interface CoverageDemand extends Place {
  id: string;
}

export interface DemandCoverage {
  id: string;
  nearest: NearestSite | null;
  covered: boolean;
}

/**
 * Coverage of each demand point (a village at its centre) by the active sites offering `item`: the
 * nearest site of each through the site grid — the same answer as `nearestSite` for each, faster.
 */
export function coverageOf(
  demands: readonly CoverageDemand[],
  sites: readonly CoverageSite[],
  options: { mode: CoverageMode; item: number | null; thresholdMinutes?: number; model?: TravelModel },
): DemandCoverage[] {
  const grid = siteGrid(sitesOffering(sites, options.item));
  const threshold = options.thresholdMinutes ?? DEFAULT_COVERAGE_THRESHOLD_MINUTES;
  return demands.map((demand) => {
    const nearest = grid.nearest(demand, options.mode, options.model);
    return { id: demand.id, nearest, covered: nearest !== null && isWithinThreshold(nearest.minutes, threshold) };
  });
}

/** The people of one village, as coverage weighs it. */
export interface VillagePeople {
  population: number;
  labourForce: number;
  keyGroups: Partial<Record<KeyGroup, number>>;
  /** The village counts at its town seat (no centre placed yet). */
  approximate: boolean;
}

/** Share of a part in a whole, null when the whole is empty. */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export interface CoverageTotals {
  villageCount: number;
  uncoveredVillageCount: number;
  population: number;
  coveredPopulation: number;
  labourForce: number;
  coveredLabourForce: number;
  keyGroups: Record<KeyGroup, { total: number; covered: number }>;
  /** Population counted at a town seat instead of its village centre. */
  approximatePopulation: number;
}

/** Adds villages' people up, covered or not. */
export function sumCoverage(villages: readonly (VillagePeople & { covered: boolean })[]): CoverageTotals {
  const keyGroups = Object.fromEntries(KEY_GROUPS.map((group) => [group, { total: 0, covered: 0 }])) as CoverageTotals['keyGroups'];
  const totals: CoverageTotals = {
    villageCount: 0,
    uncoveredVillageCount: 0,
    population: 0,
    coveredPopulation: 0,
    labourForce: 0,
    coveredLabourForce: 0,
    keyGroups,
    approximatePopulation: 0,
  };
  for (const village of villages) {
    totals.villageCount += 1;
    if (!village.covered) totals.uncoveredVillageCount += 1;
    totals.population += village.population;
    totals.labourForce += village.labourForce;
    if (village.approximate) totals.approximatePopulation += village.population;
    if (village.covered) {
      totals.coveredPopulation += village.population;
      totals.coveredLabourForce += village.labourForce;
    }
    for (const group of KEY_GROUPS) {
      const count = village.keyGroups[group] ?? 0;
      keyGroups[group].total += count;
      if (village.covered) keyGroups[group].covered += count;
    }
  }
  return totals;
}

// ---- the contract ----

export const CoverageQuerySchema = z.object({
  mode: CoverageModeSchema.default('walk'),
  /** The service item; without it any active site counts. */
  item: z.coerce.number().pipe(ServiceItemNoSchema).optional(),
  threshold: z.coerce.number().int().min(1).max(120).default(DEFAULT_COVERAGE_THRESHOLD_MINUTES),
});
export type CoverageQuery = z.infer<typeof CoverageQuerySchema>;

const ShareSchema = z.number().min(0).max(1).nullable();

export const CoverageFiguresSchema = z.object({
  villageCount: z.number().int(),
  uncoveredVillageCount: z.number().int(),
  population: z.number().int(),
  coveredPopulation: z.number().int(),
  populationShare: ShareSchema,
  labourForce: z.number().int(),
  coveredLabourForce: z.number().int(),
  labourForceShare: ShareSchema,
  keyGroups: z.array(z.object({ keyGroup: z.enum(KEY_GROUPS), total: z.number().int(), covered: z.number().int(), share: ShareSchema })),
  /** Share of the population counted at a town seat (approximate position). */
  approximateShare: ShareSchema,
});
export type CoverageFigures = z.infer<typeof CoverageFiguresSchema>;

export function figuresOf(totals: CoverageTotals): CoverageFigures {
  return {
    villageCount: totals.villageCount,
    uncoveredVillageCount: totals.uncoveredVillageCount,
    population: totals.population,
    coveredPopulation: totals.coveredPopulation,
    populationShare: shareOf(totals.coveredPopulation, totals.population),
    labourForce: totals.labourForce,
    coveredLabourForce: totals.coveredLabourForce,
    labourForceShare: shareOf(totals.coveredLabourForce, totals.labourForce),
    keyGroups: KEY_GROUPS.map((keyGroup) => ({
      keyGroup,
      total: totals.keyGroups[keyGroup].total,
      covered: totals.keyGroups[keyGroup].covered,
      share: shareOf(totals.keyGroups[keyGroup].covered, totals.keyGroups[keyGroup].total),
    })),
    approximateShare: shareOf(totals.approximatePopulation, totals.population),
  };
}

export const POPULATION_SOURCES = ['registry', 'official', 'none'] as const;
export const POPULATION_SOURCE_LABELS: Record<(typeof POPULATION_SOURCES)[number], string> = {
  registry: '劳动力资源库',
  official: '官方人口数',
  none: '暂无人口数据',
};

const PointSchema = z.object({ lng: z.number(), lat: z.number() });

export const CoverageVillageSchema = z.object({
  villageCode: z.string(),
  villageName: z.string(),
  townCode: z.string(),
  townName: z.string(),
  island: IslandSchema,
  point: PointSchema.nullable(),
  /** Counted at the town seat: no centre placed yet. */
  approximate: z.boolean(),
  populationSource: z.enum(POPULATION_SOURCES),
  population: z.number().int(),
  labourForce: z.number().int(),
  keyGroups: z.array(z.object({ keyGroup: z.enum(KEY_GROUPS), count: z.number().int() })),
  nearestSiteId: z.string().nullable(),
  nearestSiteName: z.string().nullable(),
  /** Minutes to the nearest site, one decimal; null when none is reachable (or no position at all). */
  minutes: z.number().nullable(),
  covered: z.boolean(),
});
export type CoverageVillage = z.infer<typeof CoverageVillageSchema>;

export const CoverageReportSchema = z.object({
  mode: CoverageModeSchema,
  item: z.number().int().nullable(),
  thresholdMinutes: z.number().int(),
  model: z.object({ speedKmh: z.number(), detourFactor: z.number(), detourSource: z.string() }),
  siteCount: z.number().int(),
  figures: CoverageFiguresSchema,
  towns: z.array(z.object({ townCode: z.string(), townName: z.string(), island: IslandSchema, figures: CoverageFiguresSchema })),
  villages: z.array(CoverageVillageSchema),
});
export type CoverageReport = z.infer<typeof CoverageReportSchema>;

export const NearestSiteQuerySchema = z
  .object({
    mode: CoverageModeSchema.default('walk'),
    item: z.coerce.number().pipe(ServiceItemNoSchema).optional(),
    threshold: z.coerce.number().int().min(1).max(120).default(DEFAULT_COVERAGE_THRESHOLD_MINUTES),
    residentId: z.string().uuid().optional(),
    lng: z.coerce.number().min(-180).max(180).optional(),
    lat: z.coerce.number().min(-90).max(90).optional(),
  })
  .superRefine((query, ctx) => {
    if (query.residentId === undefined && (query.lng === undefined || query.lat === undefined)) {
      ctx.addIssue({ code: 'custom', path: query.lng === undefined ? ['lng'] : ['lat'], message: '请给出人员或坐标（经度和纬度）' });
    }
  });
export type NearestSiteQuery = z.infer<typeof NearestSiteQuerySchema>;

export const NearestSiteAnswerSchema = z.object({
  from: z.object({ point: PointSchema, island: IslandSchema, approximate: z.boolean(), villageCode: z.string().nullable() }),
  site: z.object({ id: z.string(), name: z.string(), kind: z.string(), point: PointSchema }).nullable(),
  minutes: z.number().nullable(),
  covered: z.boolean(),
  thresholdMinutes: z.number().int(),
});
export type NearestSiteAnswer = z.infer<typeof NearestSiteAnswerSchema>;

const LngSchema = z.number().min(-180).max(180);
const LatSchema = z.number().min(-90).max(90);

export const VillageCentreParamsSchema = z.object({ villageCode: VillageCodeSchema });
export const PutVillageCentreBodySchema = z.object({
  lng: LngSchema,
  lat: LatSchema,
  source: z.string().trim().min(1).max(200).default('地图标注'),
  /** 0 for the first placement, then the version read. */
  version: z.number().int().min(0),
});
export type PutVillageCentreBody = z.input<typeof PutVillageCentreBodySchema>;
export const VillageCentreSchema = z.object({
  villageCode: z.string(),
  townCode: z.string(),
  lng: z.number(),
  lat: z.number(),
  source: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type VillageCentre = z.infer<typeof VillageCentreSchema>;

export const COVERAGE_IMPORT_KINDS = ['village-centres', 'village-populations'] as const;
export const CoverageImportParamsSchema = z.object({ kind: z.enum(COVERAGE_IMPORT_KINDS) });
export type CoverageImportKind = (typeof COVERAGE_IMPORT_KINDS)[number];
export const CoverageImportBodySchema = z.object({
  /** The CSV text (UTF-8; a header row: code,longitude,latitude,source — or code,population,labour_force,source,year). */
  csv: z.string().min(1).max(2_000_000),
});
export type CoverageImportBody = z.infer<typeof CoverageImportBodySchema>;
export const COVERAGE_IMPORT_ROW_ERRORS = [
  'column_missing',
  'required',
  'invalid',
  'village_unknown',
  'out_of_scope',
  'outside_district',
  'duplicate',
] as const;
export const CoverageImportReportSchema = z.object({
  kind: z.enum(COVERAGE_IMPORT_KINDS),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string(), code: z.enum(COVERAGE_IMPORT_ROW_ERRORS), reason: z.string() })),
  /** Rows written: 0 in a preview and whenever any row is bad. */
  written: z.number().int(),
});
export type CoverageImportReport = z.infer<typeof CoverageImportReportSchema>;

// ---- the planner (maximal covering location problem) ----

export const PlanCandidateSchema = z.object({
  name: z.string().trim().min(1).max(100),
  lng: LngSchema,
  lat: LatSchema,
});
export type PlanCandidate = z.infer<typeof PlanCandidateSchema>;

export const PlanBodySchema = z.object({
  mode: CoverageModeSchema.default('walk'),
  item: ServiceItemNoSchema.optional(),
  threshold: z.number().int().min(1).max(120).default(DEFAULT_COVERAGE_THRESHOLD_MINUTES),
  /** How many new points or outposts. */
  k: z.number().int().min(1).max(50),
  /** Candidate places (village committees, malls, parks, transport hubs), from a CSV or clicked on the map. */
  candidates: z.array(PlanCandidateSchema).min(1).max(5000),
  /** Also solve exactly with HiGHS (in a worker thread, under the time limit). */
  exact: z.boolean().default(false),
  timeLimitSeconds: z.number().int().min(1).max(120).default(30),
});
export type PlanBody = z.input<typeof PlanBodySchema>;

export const EXACT_STATUSES = ['optimal', 'time_limit', 'failed'] as const;
export const EXACT_STATUS_LABELS: Record<(typeof EXACT_STATUSES)[number], string> = {
  optimal: '已证明最优',
  time_limit: '达到时间上限（给出差距）',
  failed: '求解失败',
};

export const PlanResultSchema = z.object({
  mode: CoverageModeSchema,
  item: z.number().int().nullable(),
  thresholdMinutes: z.number().int(),
  k: z.number().int(),
  candidateCount: z.number().int(),
  /** Uncovered villages with a labour force: the demand the plan may win. */
  demandCount: z.number().int(),
  before: CoverageFiguresSchema,
  after: CoverageFiguresSchema,
  /** Which plan the figures show: the heuristic's, or the solver's when it found a better one. */
  source: z.enum(['heuristic', 'exact']),
  chosen: z.array(
    z.object({
      index: z.number().int(),
      name: z.string(),
      lng: z.number(),
      lat: z.number(),
      island: IslandSchema,
      /** Villages it covers that no existing site (nor an earlier chosen point) covers. */
      villageCodes: z.array(z.string()),
      labourForce: z.number().int(),
    }),
  ),
  heuristic: z.object({ objective: z.number(), milliseconds: z.number() }),
  exact: z
    .object({
      status: z.enum(EXACT_STATUSES),
      objective: z.number().nullable(),
      bound: z.number().nullable(),
      gap: z.number().nullable(),
      /** (bound − heuristic objective) ÷ bound: how far the heuristic's plan may be from the optimum. */
      heuristicGap: z.number().nullable(),
      seconds: z.number(),
      message: z.string().nullable(),
    })
    .nullable(),
});
export type PlanResult = z.infer<typeof PlanResultSchema>;
