import { z } from 'zod';

/**
 * Travel estimates between two WGS-84 points (ARCHITECTURE §9 "Geography"): the one function that
 * matching uses today and the coverage module will own when it is built (it may replace the body
 * with isochrones over the road and ferry network; the signature stays).
 *
 * Estimate = great-circle distance × a detour factor ÷ the mode's door-to-door speed. The detour
 * factor 1.3 is the usual ratio of road to straight-line distance on a rural grid of roads (Chongming's
 * roads run along the dykes and canals); the speeds include waiting and walking at either end.
 * Crossing to 长兴岛 or 横沙岛 is not modelled: the estimate is optimistic across the water.
 */
export interface GeoPoint {
  lng: number;
  lat: number;
}

export const TRAVEL_MODES = ['walk', 'bike', 'ebike', 'bus', 'car'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];
export const TravelModeSchema = z.enum(TRAVEL_MODES, { error: '请选择出行方式' });
export const TRAVEL_MODE_LABELS: Record<TravelMode, string> = {
  walk: '步行',
  bike: '自行车',
  ebike: '电动自行车',
  bus: '公交',
  car: '驾车',
};

/** Door-to-door km/h by mode (bus includes waiting: ~18 km/h on the island's lines). */
export const TRAVEL_SPEED_KMH: Record<TravelMode, number> = { walk: 4.5, bike: 12, ebike: 18, bus: 18, car: 40 };
export const DETOUR_FACTOR = 1.3;
/** When the resident's mode is not recorded: the electric bike, the island's commonest commute. */
export const DEFAULT_TRAVEL_MODE: TravelMode = 'ebike';

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle (haversine) distance in kilometres. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Estimated travel minutes from `from` to `to` by `mode`, rounded up to a whole minute. */
export function travelMinutes(from: GeoPoint, to: GeoPoint, mode: TravelMode = DEFAULT_TRAVEL_MODE): number {
  return Math.ceil(((distanceKm(from, to) * DETOUR_FACTOR) / TRAVEL_SPEED_KMH[mode]) * 60);
}
