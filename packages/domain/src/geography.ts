import { z } from 'zod';

/**
 * THE travel model (ARCHITECTURE §9 "Geography", issue 13 §2): one mode list, one speed table, one
 * detour factor and the islands, behind one function, `travelMinutes`, that job matching (the
 * commute) and the 15-minute circle (coverage, nearest site, planner) both call. A road-graph model
 * (an imported OpenStreetMap extract, bounded Dijkstra) replaces its body without touching its
 * callers; it then keeps `travelMinutesLowerBound` true (no route is shorter than the straight line).
 *
 * Estimate = great-circle distance × detour factor ÷ the mode's speed, unrounded (matching rounds
 * up to a whole minute for display). Chongming is three islands; no trip crosses the water unless
 * the model lists a link between the two islands (docs/decisions.md "The travel model").
 */
export interface GeoPoint {
  lng: number;
  lat: number;
}

/**
 * Every travel mode. The stored values `walk`, `bike`, `ebike`, `bus`, `car` are residents' job
 * intentions and must not change; coverage offers a subset (`COVERAGE_MODES` in coverage.ts).
 */
export const TRAVEL_MODES = ['walk', 'elderly_walk', 'bike', 'ebike', 'bus', 'car'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];
export const TravelModeSchema = z.enum(TRAVEL_MODES, { error: '请选择出行方式' });
export const TRAVEL_MODE_LABELS: Record<TravelMode, string> = {
  walk: '步行',
  elderly_walk: '老年人步行',
  bike: '自行车',
  ebike: '电动自行车',
  bus: '公交',
  car: '驾车',
};
/** When the resident's mode is not recorded: the electric bike, the island's commonest commute. */
export const DEFAULT_TRAVEL_MODE: TravelMode = 'ebike';

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

/** Where a trip starts or ends: a point and the island it lies on. */
export interface Place {
  point: GeoPoint;
  island: Island;
}

export interface TravelModel {
  /** Door-to-door km/h per mode. */
  speedsKmh: Record<TravelMode, number>;
  /** Network distance ÷ straight-line distance. */
  detourFactor: number;
  /** Pairs of islands a trip may cross between (e.g. the 长江隧桥 for 长兴岛–崇明岛); none by default. */
  islandLinks: readonly (readonly [Island, Island])[];
}

/**
 * Speeds from targets.md §A1.1: walk 4.5 km/h (osmnx), elderly walk 3.4 km/h (0.94 m/s, age ≥ 80,
 * PLoS One 2017), bicycle 12 km/h (r5r), e-bike 20 km/h (below the 25 km/h cap of GB 17761-2018).
 * Bus 18 and car 40 km/h are matching's door-to-door estimates (bus with its waiting, on the
 * island's lines; car on its county roads); targets.md gives no figure for them.
 *
 * Detour factor 1.125, from targets.md §A1: the Shanghai 15-minute community life circle guideline
 * (2016, and TD/T 1062-2021) equates a 15-minute walk with a radius of about 1 km, while 15 minutes
 * at 4.5 km/h are 1 125 network metres (§A1.2): 1 125 ÷ 1 000 = 1.125. So a site 1 km away in a
 * straight line is exactly 15 minutes' walk. (Matching used 1.3 before, a rule of thumb without a
 * source; docs/decisions.md.)
 */
export const DEFAULT_TRAVEL_MODEL: TravelModel = {
  speedsKmh: { walk: 4.5, elderly_walk: 3.4, bike: 12, ebike: 20, bus: 18, car: 40 },
  detourFactor: 1.125,
  islandLinks: [],
};
export const DETOUR_FACTOR_SOURCE =
  '上海市15分钟社区生活圈规划导则（2016）及 TD/T 1062-2021：步行15分钟≈半径1公里；4.5 km/h 步行15分钟为1125米路网距离，1125÷1000=1.125';

const EARTH_RADIUS_KM = 6371.0088;
/** Kilometres per degree of latitude on the model's sphere. */
export const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;

/** Great-circle (haversine) distance in kilometres. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function islandsLinked(a: Island, b: Island, model: TravelModel = DEFAULT_TRAVEL_MODEL): boolean {
  if (a === b) return true;
  return model.islandLinks.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/**
 * THE travel-time function: minutes (unrounded) from `from` to `to` by `mode`, or Infinity when the
 * trip would cross water the model has no link for.
 */
export function travelMinutes(from: Place, to: Place, mode: TravelMode, model: TravelModel = DEFAULT_TRAVEL_MODEL): number {
  if (!islandsLinked(from.island, to.island, model)) return Number.POSITIVE_INFINITY;
  return ((distanceKm(from.point, to.point) * model.detourFactor) / model.speedsKmh[mode]) * 60;
}

/**
 * A lower bound of `travelMinutes` for any two places at least `straightKm` apart (great-circle):
 * what a spatial index may prune by. Equal to the estimate at exactly that distance; a road-graph
 * model keeps it true with a factor of 1 (no route is shorter than the straight line).
 */
export function travelMinutesLowerBound(straightKm: number, mode: TravelMode, model: TravelModel = DEFAULT_TRAVEL_MODEL): number {
  return ((straightKm * model.detourFactor) / model.speedsKmh[mode]) * 60;
}
