import {
  DEFAULT_TRAVEL_MODEL,
  type Island,
  islandsLinked,
  KM_PER_DEGREE,
  type Place,
  type TravelMode,
  type TravelModel,
  travelMinutes,
  travelMinutesLowerBound,
} from './geography.ts';

/**
 * Nearest sites for many places at once (issue 13, "Speed"): the sites of each island in a uniform
 * grid of longitude × latitude cells, searched ring by ring outwards from the place's cell until
 * the nearest distance any unvisited ring could hold costs more minutes than the best site found.
 * Every candidate's minutes come from THE travel function, compared exactly as the brute force
 * compares them (fewer minutes, then the smaller id), so the answer is the brute force's, bit for
 * bit (site-grid.test.ts checks it on seeded random instances). Pruning rests on
 * `travelMinutesLowerBound`, which a road-graph model keeps true.
 *
 * The lower bound of the great-circle distance to a ring: ds² = R²(dφ² + cos²φ dλ²) ≥ R²(dφ² +
 * c² dλ²) where c is the cosine of the highest latitude the path may reach (the places' own plus 1°,
 * more than any bulge of a great circle spanning a few degrees), so a path is at least as long as
 * the flat distance in (φ, c·λ), which is at least its separation along either axis. Places or
 * sites outside the grid's safe range (spans over a few degrees, latitudes beyond ±60°, a place far
 * outside the sites' box) fall back to the brute force.
 */

export interface NearestSite {
  siteId: string;
  minutes: number;
}

interface Located extends Place {
  id: string;
}

interface IslandGrid {
  island: Island;
  sites: readonly Located[];
  /** false: too spread out for the flat bound; searched by brute force. */
  usable: boolean;
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
  cellLng: number;
  cellLat: number;
  cols: number;
  rows: number;
  /** Sites in cell c are order[start[c]] … order[start[c + 1] − 1] (cell c = row × cols + col). */
  start: Int32Array;
  order: Int32Array;
  maxAbsLat: number;
}

const MAX_SPAN_DEGREES = 5;
const MAX_ABS_LAT = 60;
/** A place further than this outside the sites' box is searched by brute force. */
const PLACE_MARGIN_DEGREES = 2;
const MAX_CELLS = 1 << 16;
/** Relative and absolute slack on the bound, far above the haversine's floating-point error. */
const SLACK = 1e-9;

function better(minutes: number, id: string, best: NearestSite | null): boolean {
  return best === null || minutes < best.minutes || (minutes === best.minutes && id < best.siteId);
}

function gridOf(island: Island, sites: readonly Located[]): IslandGrid {
  let minLng = Number.POSITIVE_INFINITY;
  let minLat = Number.POSITIVE_INFINITY;
  let maxLng = Number.NEGATIVE_INFINITY;
  let maxLat = Number.NEGATIVE_INFINITY;
  for (const { point } of sites) {
    minLng = Math.min(minLng, point.lng);
    maxLng = Math.max(maxLng, point.lng);
    minLat = Math.min(minLat, point.lat);
    maxLat = Math.max(maxLat, point.lat);
  }
  const maxAbsLat = Math.max(Math.abs(minLat), Math.abs(maxLat));
  const empty = new Int32Array(0);
  const usable =
    Number.isFinite(minLng + maxLng + minLat + maxLat) &&
    maxLng - minLng <= MAX_SPAN_DEGREES &&
    maxLat - minLat <= MAX_SPAN_DEGREES &&
    maxAbsLat <= MAX_ABS_LAT;
  const grid: IslandGrid = {
    island,
    sites,
    usable,
    minLng,
    minLat,
    maxLng,
    maxLat,
    cellLng: 1,
    cellLat: 1,
    cols: 1,
    rows: 1,
    start: empty,
    order: empty,
    maxAbsLat,
  };
  if (!usable) return grid;
  // Sixteen cells per site over the sites' box (at least 250 m a side): the sites cluster around
  // the town seats, so an occupied cell holds a few and a place's nearest site is usually found
  // within two rings. Measured at 500 × 10 000 (four modes): one site per cell 83 ms, four 60 ms,
  // sixteen 50 ms; cells of the e-bike's 15-minute radius (4.4 km) 123 ms. Capped at MAX_CELLS.
  const kmPerLng = KM_PER_DEGREE * Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const widthKm = (maxLng - minLng) * kmPerLng;
  const heightKm = (maxLat - minLat) * KM_PER_DEGREE;
  let cellKm = Math.max(0.25, Math.sqrt((widthKm * heightKm) / (16 * sites.length)), Math.max(widthKm, heightKm) / 256);
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
  const cellOf = new Int32Array(sites.length);
  const start = new Int32Array(cols * rows + 1);
  sites.forEach(({ point }, index) => {
    const col = Math.min(cols - 1, Math.floor((point.lng - minLng) / grid.cellLng));
    const row = Math.min(rows - 1, Math.floor((point.lat - minLat) / grid.cellLat));
    const cell = row * cols + col;
    cellOf[index] = cell;
    start[cell + 1] = (start[cell + 1] ?? 0) + 1;
  });
  for (let c = 0; c < cols * rows; c++) start[c + 1] = (start[c + 1] ?? 0) + (start[c] ?? 0);
  const fill = start.slice(0, cols * rows);
  const order = new Int32Array(sites.length);
  for (let index = 0; index < sites.length; index++) {
    const cell = cellOf[index] ?? 0;
    order[fill[cell] ?? 0] = index;
    fill[cell] = (fill[cell] ?? 0) + 1;
  }
  grid.start = start;
  grid.order = order;
  return grid;
}

function bruteForce(grid: IslandGrid, place: Place, mode: TravelMode, model: TravelModel, best: NearestSite | null): NearestSite | null {
  let found = best;
  for (const site of grid.sites) {
    const minutes = travelMinutes(place, site, mode, model);
    if (Number.isFinite(minutes) && better(minutes, site.id, found)) found = { siteId: site.id, minutes };
  }
  return found;
}

function searchGrid(grid: IslandGrid, place: Place, mode: TravelMode, model: TravelModel, best: NearestSite | null): NearestSite | null {
  const { lng, lat } = place.point;
  if (
    !grid.usable ||
    !(Math.abs(lat) <= MAX_ABS_LAT) ||
    !(lng >= grid.minLng - PLACE_MARGIN_DEGREES && lng <= grid.maxLng + PLACE_MARGIN_DEGREES) ||
    !(lat >= grid.minLat - PLACE_MARGIN_DEGREES && lat <= grid.maxLat + PLACE_MARGIN_DEGREES)
  )
    return bruteForce(grid, place, mode, model, best);
  const { cols, rows, cellLng, cellLat, start, order, sites } = grid;
  const col = Math.floor((lng - grid.minLng) / cellLng);
  const row = Math.floor((lat - grid.minLat) / cellLat);
  // Distance (degrees) from the place to the nearer edge of its own cell, along each axis.
  const inLng = lng - (grid.minLng + col * cellLng);
  const inLat = lat - (grid.minLat + row * cellLat);
  const edgeLng = Math.max(0, Math.min(inLng, cellLng - inLng));
  const edgeLat = Math.max(0, Math.min(inLat, cellLat - inLat));
  const highest = Math.min(90, Math.max(grid.maxAbsLat, Math.abs(lat)) + 1);
  const kmPerLngBound = KM_PER_DEGREE * Math.cos((highest * Math.PI) / 180);
  const lastRing = Math.max(col, cols - 1 - col, row, rows - 1 - row);
  let found = best;
  const scan = (c: number, r: number) => {
    const cell = r * cols + c;
    const end = start[cell + 1] ?? 0;
    for (let k = start[cell] ?? 0; k < end; k++) {
      const site = sites[order[k] ?? 0] as Located;
      const minutes = travelMinutes(place, site, mode, model);
      if (Number.isFinite(minutes) && better(minutes, site.id, found)) found = { siteId: site.id, minutes };
    }
  };
  for (let ring = 0; ring <= lastRing; ring++) {
    if (ring > 0 && found !== null) {
      // Every site in this ring or beyond is at least this far (km) along one axis.
      const km = Math.min(((ring - 1) * cellLng + edgeLng) * kmPerLngBound, ((ring - 1) * cellLat + edgeLat) * KM_PER_DEGREE);
      const bound = travelMinutesLowerBound(Math.max(0, km * (1 - SLACK) - SLACK), mode, model);
      if (bound > found.minutes) break;
    }
    const r0 = row - ring;
    const r1 = row + ring;
    const c0 = col - ring;
    const c1 = col + ring;
    const cLo = Math.max(0, c0);
    const cHi = Math.min(cols - 1, c1);
    if (r0 >= 0 && r0 < rows) for (let c = cLo; c <= cHi; c++) scan(c, r0);
    if (ring > 0 && r1 >= 0 && r1 < rows) for (let c = cLo; c <= cHi; c++) scan(c, r1);
    if (ring === 0) continue;
    const rLo = Math.max(0, r0 + 1);
    const rHi = Math.min(rows - 1, r1 - 1);
    if (c0 >= 0 && c0 < cols) for (let r = rLo; r <= rHi; r++) scan(c0, r);
    if (c1 >= 0 && c1 < cols) for (let r = rLo; r <= rHi; r++) scan(c1, r);
  }
  return found;
}

export interface SiteGrid {
  /** The nearest site from `place` (fewest minutes, ties to the smaller id), null if none is reachable. */
  nearest(place: Place, mode: TravelMode, model?: TravelModel): NearestSite | null;
}

/** A grid per island of `sites` (already filtered: active, offering the item). */
export function siteGrid(sites: readonly Located[]): SiteGrid {
  const byIsland = new Map<Island, Located[]>();
  for (const site of sites) {
    const list = byIsland.get(site.island);
    if (list) list.push(site);
    else byIsland.set(site.island, [site]);
  }
  const grids = [...byIsland].map(([island, list]) => gridOf(island, list));
  return {
    nearest(place, mode, model = DEFAULT_TRAVEL_MODEL) {
      let best: NearestSite | null = null;
      for (const grid of grids) {
        if (islandsLinked(place.island, grid.island, model)) best = searchGrid(grid, place, mode, model, best);
      }
      return best;
    },
  };
}
