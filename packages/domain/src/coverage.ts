import { z } from 'zod';
import { distanceKm, type GeoPoint } from './geography.ts';
import { VillageCodeSchema } from './regions.ts';
import { KEY_GROUPS, type KeyGroup } from './residents.ts';
import { ServiceItemNoSchema } from './service-items.ts';

/**
 * The 15-minute circle (plan §一, issue 13): how far each village is from the nearest active site
 * offering a service item, by a travel mode, and the share of people within the threshold.
 *
 * Travel model (../shared/research/targets.md §A1): time = great-circle distance × detour factor ÷
 * speed, behind ONE function (`coverageTravelMinutes`) so that a road-graph model (an imported
 * OpenStreetMap extract, bounded Dijkstra) can replace its body without touching its callers. The
 * islands are part of the model: without a configured link no trip crosses the water.
 */

export const COVERAGE_MODES = ['walk', 'elderly_walk', 'bike', 'ebike'] as const;
export const CoverageModeSchema = z.enum(COVERAGE_MODES);
export type CoverageMode = z.infer<typeof CoverageModeSchema>;
export const COVERAGE_MODE_LABELS: Record<CoverageMode, string> = {
  walk: '步行',
  elderly_walk: '老年人步行',
  bike: '自行车',
  ebike: '电动自行车',
};

export const ISLANDS = ['chongming', 'changxing', 'hengsha'] as const;
export const IslandSchema = z.enum(ISLANDS);
export type Island = z.infer<typeof IslandSchema>;
export const ISLAND_LABELS: Record<Island, string> = { chongming: '崇明岛', changxing: '长兴岛', hengsha: '横沙岛' };

/** 长兴镇 is 长兴岛, 横沙乡 is 横沙岛; every other town (and the farms and parks) lies on 崇明岛. */
const ISLAND_OF_TOWN: Record<string, Island> = { '310151116': 'changxing', '310151202': 'hengsha' };

export function islandOfTown(townCode: string): Island {
  return ISLAND_OF_TOWN[townCode] ?? 'chongming';
}

/**
 * The island of a bare point (an address with no village): 崇明岛's south shore runs north of
 * 31.45° N at every town seat (堡镇 31.539, 陈家镇 31.501), 长兴岛 and 横沙岛 lie south of it and are
 * split by the 横沙通道 near 121.79° E (长兴镇 seat 121.689, 横沙乡 seat 121.838).
 */
export function islandOfPoint(point: GeoPoint): Island {
  if (point.lat >= 31.45) return 'chongming';
  return point.lng >= 121.79 ? 'hengsha' : 'changxing';
}

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

export interface TravelModel {
  /** km/h per mode. */
  speedsKmh: Record<CoverageMode, number>;
  /** Network distance ÷ straight-line distance. */
  detourFactor: number;
  /** Pairs of islands a trip may cross between (e.g. the 长江隧桥 for 长兴岛–崇明岛); none by default. */
  islandLinks: readonly (readonly [Island, Island])[];
}

/**
 * Speeds from targets.md §A1.1: walk 4.5 km/h (osmnx), elderly walk 3.4 km/h (0.94 m/s, age ≥ 80,
 * PLoS One 2017), bicycle 12 km/h (r5r), e-bike 20 km/h (below the 25 km/h cap of GB 17761-2018).
 *
 * Detour factor 1.125, from targets.md §A1: the Shanghai 15-minute community life circle guideline
 * (2016, and TD/T 1062-2021) equates a 15-minute walk with a radius of about 1 km, while 15 minutes
 * at 4.5 km/h are 1 125 network metres (§A1.2): 1 125 ÷ 1 000 = 1.125. So a site 1 km away in a
 * straight line is exactly 15 minutes' walk.
 */
export const DEFAULT_TRAVEL_MODEL: TravelModel = {
  speedsKmh: { walk: 4.5, elderly_walk: 3.4, bike: 12, ebike: 20 },
  detourFactor: 1.125,
  islandLinks: [],
};
export const DETOUR_FACTOR_SOURCE =
  '上海市15分钟社区生活圈规划导则（2016）及 TD/T 1062-2021：步行15分钟≈半径1公里；4.5 km/h 步行15分钟为1125米路网距离，1125÷1000=1.125';
export const DEFAULT_COVERAGE_THRESHOLD_MINUTES = 15;

/** Where a trip starts or ends: a point and the island it lies on. */
export interface Place {
  point: GeoPoint;
  island: Island;
}

export function islandsLinked(a: Island, b: Island, model: TravelModel): boolean {
  if (a === b) return true;
  return model.islandLinks.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/**
 * THE travel-time function of the 15-minute circle: minutes (unrounded) from `from` to `to` by
 * `mode`, or Infinity when the trip would cross water the model has no link for.
 */
export function coverageTravelMinutes(from: Place, to: Place, mode: CoverageMode, model: TravelModel = DEFAULT_TRAVEL_MODEL): number {
  if (!islandsLinked(from.island, to.island, model)) return Number.POSITIVE_INFINITY;
  return ((distanceKm(from.point, to.point) * model.detourFactor) / model.speedsKmh[mode]) * 60;
}

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

export interface NearestSite {
  siteId: string;
  minutes: number;
}

/** The active sites offering `item` (all active sites when item is null). */
export function sitesOffering<S extends CoverageSite>(sites: readonly S[], item: number | null): S[] {
  return sites.filter((site) => site.isActive && (item === null || site.serviceItems.includes(item)));
}

/** The nearest of `sites` (already filtered) from `place`; ties go to the smaller id; null if none is reachable. */
export function nearestSite(
  place: Place,
  sites: readonly CoverageSite[],
  mode: CoverageMode,
  model: TravelModel = DEFAULT_TRAVEL_MODEL,
): NearestSite | null {
  let best: NearestSite | null = null;
  for (const site of sites) {
    const minutes = coverageTravelMinutes(place, site, mode, model);
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

/** Coverage of each demand point (a village at its centre) by the active sites offering `item`. */
export function coverageOf(
  demands: readonly CoverageDemand[],
  sites: readonly CoverageSite[],
  options: { mode: CoverageMode; item: number | null; thresholdMinutes?: number; model?: TravelModel },
): DemandCoverage[] {
  const offering = sitesOffering(sites, options.item);
  const threshold = options.thresholdMinutes ?? DEFAULT_COVERAGE_THRESHOLD_MINUTES;
  return demands.map((demand) => {
    const nearest = nearestSite(demand, offering, options.mode, options.model);
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
