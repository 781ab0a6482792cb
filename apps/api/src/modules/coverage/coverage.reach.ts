import {
  DEFAULT_TRAVEL_MODEL,
  type GeoPoint,
  type Island,
  islandsLinked,
  isWithinThreshold,
  KM_PER_DEGREE,
  type Place,
  type TravelMode,
  type TravelModel,
  travelMinutes,
  travelMinutesLowerBound,
} from '@jobcircle/domain';

/**
 * The planner's instance (issue 13 §4): for each candidate, the demand points within the threshold
 * (ascending indices) — exactly what checking every candidate against every point with
 * `travelMinutes` and `isWithinThreshold` gives (coverage.reach.unit.test.ts compares it with that
 * brute force), but only the points of grid cells the threshold can reach are checked.
 *
 * The demand points of each island go into a uniform longitude × latitude grid (cells of half the
 * reach); a cell is scanned only if `travelMinutesLowerBound` of its least straight-line distance
 * from the candidate is within the threshold. That distance is bounded below as in the site grid
 * (packages/domain/src/site-grid.ts): the flat distance in (φ, cos φmax · λ), φmax the highest
 * latitude of the candidate and the points plus 1°, with a relative and absolute slack. Grids over
 * 5° wide, latitudes beyond ±60°, candidates more than 2° outside the points' box and thresholds no
 * distance exceeds fall back to the brute force. Points without a position are never covered.
 */
export interface ReachDemand {
  point: GeoPoint | null;
  island: Island;
}

const MAX_SPAN_DEGREES = 5;
const MAX_ABS_LAT = 60;
const PLACE_MARGIN_DEGREES = 2;
const MAX_CELLS = 1 << 16;
const SLACK = 1e-9;
/** Beyond this reach (km) the threshold excludes nothing nearby: brute force. */
const MAX_REACH_KM = 500;

interface DemandGrid {
  island: Island;
  /** Indices (into the demands) of this island's positioned points, ascending. */
  members: Int32Array;
  usable: boolean;
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
  maxAbsLat: number;
  cellLng: number;
  cellLat: number;
  cols: number;
  rows: number;
  /** Points in cell c are order[start[c]] … order[start[c + 1] − 1] (demand indices). */
  start: Int32Array;
  order: Int32Array;
}

/** The largest straight-line distance (km) the threshold may reach, or null when it is over MAX_REACH_KM. */
function reachKm(mode: TravelMode, threshold: number, model: TravelModel): number | null {
  const within = (km: number) => isWithinThreshold(travelMinutesLowerBound(km, mode, model), threshold);
  if (within(MAX_REACH_KM)) return null;
  let lo = 0;
  let hi = MAX_REACH_KM;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (within(mid)) lo = mid;
    else hi = mid;
  }
  return hi;
}

function gridOf(island: Island, members: Int32Array, demands: readonly ReachDemand[], reach: number): DemandGrid {
  let minLng = Number.POSITIVE_INFINITY;
  let minLat = Number.POSITIVE_INFINITY;
  let maxLng = Number.NEGATIVE_INFINITY;
  let maxLat = Number.NEGATIVE_INFINITY;
  for (const index of members) {
    const point = demands[index]?.point as GeoPoint;
    minLng = Math.min(minLng, point.lng);
    maxLng = Math.max(maxLng, point.lng);
    minLat = Math.min(minLat, point.lat);
    maxLat = Math.max(maxLat, point.lat);
  }
  const maxAbsLat = Math.max(Math.abs(minLat), Math.abs(maxLat));
  const grid: DemandGrid = {
    island,
    members,
    usable:
      maxLng - minLng <= MAX_SPAN_DEGREES &&
      maxLat - minLat <= MAX_SPAN_DEGREES &&
      maxAbsLat <= MAX_ABS_LAT &&
      Number.isFinite(minLng + maxLng + minLat + maxLat),
    minLng,
    minLat,
    maxLng,
    maxLat,
    maxAbsLat,
    cellLng: 1,
    cellLat: 1,
    cols: 1,
    rows: 1,
    start: new Int32Array(0),
    order: new Int32Array(0),
  };
  if (!grid.usable) return grid;
  const kmPerLng = KM_PER_DEGREE * Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const widthKm = (maxLng - minLng) * kmPerLng;
  const heightKm = (maxLat - minLat) * KM_PER_DEGREE;
  let cellKm = Math.max(0.05, reach / 2);
  let cols = 0;
  let rows = 0;
  for (;;) {
    cols = Math.floor(widthKm / cellKm) + 1;
    rows = Math.floor(heightKm / cellKm) + 1;
    if (cols * rows <= MAX_CELLS) break;
    cellKm *= 1.5;
  }
  grid.cellLng = cellKm / kmPerLng;
  grid.cellLat = cellKm / KM_PER_DEGREE;
  grid.cols = cols;
  grid.rows = rows;
  const cellOf = new Int32Array(members.length);
  const start = new Int32Array(cols * rows + 1);
  members.forEach((index, k) => {
    const point = demands[index]?.point as GeoPoint;
    const col = Math.min(cols - 1, Math.floor((point.lng - minLng) / grid.cellLng));
    const row = Math.min(rows - 1, Math.floor((point.lat - minLat) / grid.cellLat));
    const cell = row * cols + col;
    cellOf[k] = cell;
    start[cell + 1] = (start[cell + 1] ?? 0) + 1;
  });
  for (let c = 0; c < cols * rows; c++) start[c + 1] = (start[c + 1] ?? 0) + (start[c] ?? 0);
  const fill = start.slice(0, cols * rows);
  const order = new Int32Array(members.length);
  members.forEach((index, k) => {
    const cell = cellOf[k] ?? 0;
    order[fill[cell] ?? 0] = index;
    fill[cell] = (fill[cell] ?? 0) + 1;
  });
  grid.start = start;
  grid.order = order;
  return grid;
}

/** For each candidate, the indices of the demand points within `threshold` minutes by `mode`, ascending. */
export function coversWithinReach(
  candidates: readonly Place[],
  demands: readonly ReachDemand[],
  mode: TravelMode,
  threshold: number,
  model: TravelModel = DEFAULT_TRAVEL_MODEL,
): number[][] {
  const finite = (point: GeoPoint | null): point is GeoPoint => point !== null && Number.isFinite(point.lng) && Number.isFinite(point.lat);
  const byIsland = new Map<Island, number[]>();
  demands.forEach((demand, index) => {
    if (!finite(demand.point)) return; // never within any threshold (the brute force's NaN)
    const list = byIsland.get(demand.island);
    if (list) list.push(index);
    else byIsland.set(demand.island, [index]);
  });
  const reach = reachKm(mode, threshold, model);
  const grids = [...byIsland].map(([island, list]) => gridOf(island, Int32Array.from(list), demands, reach ?? 1));
  const within = (candidate: Place, index: number) => {
    const demand = demands[index] as ReachDemand;
    return isWithinThreshold(travelMinutes(candidate, { point: demand.point as GeoPoint, island: demand.island }, mode, model), threshold);
  };
  return candidates.map((candidate) => {
    if (!finite(candidate.point)) return [];
    const { lng, lat } = candidate.point;
    const found: number[] = [];
    for (const grid of grids) {
      if (!islandsLinked(candidate.island, grid.island, model)) continue;
      if (
        reach === null ||
        !grid.usable ||
        !(Math.abs(lat) <= MAX_ABS_LAT) ||
        !(lng >= grid.minLng - PLACE_MARGIN_DEGREES && lng <= grid.maxLng + PLACE_MARGIN_DEGREES) ||
        !(lat >= grid.minLat - PLACE_MARGIN_DEGREES && lat <= grid.maxLat + PLACE_MARGIN_DEGREES)
      ) {
        for (const index of grid.members) if (within(candidate, index)) found.push(index);
        continue;
      }
      const { cols, rows, cellLng, cellLat, start, order } = grid;
      const highest = Math.min(90, Math.max(grid.maxAbsLat, Math.abs(lat)) + 1);
      const kmPerLngBound = KM_PER_DEGREE * Math.cos((highest * Math.PI) / 180);
      // Cells beyond these ranges are more than `reach` away along one axis.
      const fromCol = Math.max(0, Math.floor((lng - grid.minLng - reach / kmPerLngBound) / cellLng) - 1);
      const toCol = Math.min(cols - 1, Math.floor((lng - grid.minLng + reach / kmPerLngBound) / cellLng) + 1);
      const fromRow = Math.max(0, Math.floor((lat - grid.minLat - reach / KM_PER_DEGREE) / cellLat) - 1);
      const toRow = Math.min(rows - 1, Math.floor((lat - grid.minLat + reach / KM_PER_DEGREE) / cellLat) + 1);
      for (let row = fromRow; row <= toRow; row++) {
        const south = grid.minLat + row * cellLat;
        const dLat = Math.max(0, south - lat, lat - (south + cellLat));
        for (let col = fromCol; col <= toCol; col++) {
          const cell = row * cols + col;
          const end = start[cell + 1] ?? 0;
          const first = start[cell] ?? 0;
          if (first === end) continue;
          const west = grid.minLng + col * cellLng;
          const dLng = Math.max(0, west - lng, lng - (west + cellLng));
          const km = Math.hypot(dLat * KM_PER_DEGREE, dLng * kmPerLngBound);
          if (!isWithinThreshold(travelMinutesLowerBound(Math.max(0, km * (1 - SLACK) - SLACK), mode, model), threshold)) continue;
          for (let k = first; k < end; k++) {
            const index = order[k] ?? 0;
            if (within(candidate, index)) found.push(index);
          }
        }
      }
    }
    return found.sort((a, b) => a - b);
  });
}
