import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COVERAGE_MODES, type CoverageDemand, type CoverageMode, type CoverageSite, coverageOf, nearestSite } from './coverage.ts';
import { DEFAULT_TRAVEL_MODEL, ISLANDS, type Island, type TravelModel } from './geography.ts';

/** The brute force: every site for every demand point (coverage.ts `nearestSite`). */
function bruteForce(demands: readonly CoverageDemand[], sites: readonly CoverageSite[], mode: CoverageMode, model: TravelModel) {
  const offering = sites.filter((s) => s.isActive && s.serviceItems.includes(1));
  return demands.map((d) => nearestSite(d, offering, mode, model));
}

// Points mostly in the district's box; some on a coarse lattice (exact ties, shared points), a few
// far away (the grid's brute-force fallback).
const inDistrict = fc.record({
  lng: fc.double({ min: 121.1, max: 122.0, noNaN: true }),
  lat: fc.double({ min: 31.3, max: 31.85, noNaN: true }),
});
const onLattice = fc.record({
  lng: fc.integer({ min: 0, max: 6 }).map((i) => 121.4 + i * 0.01),
  lat: fc.integer({ min: 0, max: 6 }).map((i) => 31.6 + i * 0.01),
});
const farAway = fc.record({ lng: fc.double({ min: 100, max: 140, noNaN: true }), lat: fc.double({ min: -70, max: 70, noNaN: true }) });
const clustered = fc.record({
  lng: fc.double({ min: 121.38, max: 121.42, noNaN: true }),
  lat: fc.double({ min: 31.61, max: 31.65, noNaN: true }),
});
const point = fc.oneof(
  { arbitrary: inDistrict, weight: 3 },
  { arbitrary: clustered, weight: 4 },
  { arbitrary: onLattice, weight: 3 },
  { arbitrary: farAway, weight: 1 },
);
const island = fc.constantFrom<Island>(...ISLANDS);
const instance = fc.record({
  sites: fc.array(
    fc.record({
      point,
      island,
      isActive: fc.constantFrom(true, true, true, false),
      item: fc.boolean(),
      name: fc.integer({ min: 0, max: 40 }),
    }),
    { maxLength: 150, size: 'max' },
  ),
  demands: fc.array(fc.record({ point, island }), { maxLength: 80, size: 'max' }),
  mode: fc.constantFrom(...COVERAGE_MODES),
  detourFactor: fc.double({ min: 1, max: 1.6, noNaN: true }),
  links: fc.subarray([
    ['chongming', 'changxing'],
    ['changxing', 'hengsha'],
  ] as const),
});

describe('the site grid', () => {
  it('gives exactly the brute force’s nearest site and minutes (random instances, ties, far points, island links)', () => {
    fc.assert(
      fc.property(instance, ({ sites, demands, mode, detourFactor, links }) => {
        // Ids are not in the order of the sites, and may repeat a name with another index (ties go to the smaller id).
        const coverageSites: CoverageSite[] = sites.map((s, i) => ({
          id: `s${String(s.name).padStart(2, '0')}-${i}`,
          point: s.point,
          island: s.island,
          isActive: s.isActive,
          serviceItems: s.item ? [1, 2] : [2],
        }));
        const coverageDemands: CoverageDemand[] = demands.map((d, i) => ({ id: `d${i}`, ...d }));
        const model: TravelModel = { ...DEFAULT_TRAVEL_MODEL, detourFactor, islandLinks: links };
        const expected = bruteForce(coverageDemands, coverageSites, mode, model);
        const actual = coverageOf(coverageDemands, coverageSites, { mode, item: 1, model });
        expect(actual.map((r) => r.nearest)).toEqual(expected);
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it('matches the brute force at the bench’s density (500 sites around the town seats, 3 000 points)', () => {
    let a = 7;
    const random = () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const seats = [
      { lng: 121.39335, lat: 31.62988, island: 'chongming' as const },
      { lng: 121.8029, lat: 31.50078, island: 'chongming' as const },
      { lng: 121.68949, lat: 31.39144, island: 'changxing' as const },
      { lng: 121.83761, lat: 31.34251, island: 'hengsha' as const },
    ];
    const near = (spread: number) => {
      const seat = seats[Math.floor(random() * seats.length)] ?? seats[0];
      const { lng, lat, island } = seat as (typeof seats)[number];
      return { point: { lng: lng + (random() - 0.5) * 2 * spread, lat: lat + (random() - 0.5) * 2 * spread }, island };
    };
    const sites: CoverageSite[] = Array.from({ length: 500 }, (_, i) => ({
      id: `s${i}`,
      isActive: true,
      serviceItems: [1],
      ...near(0.03),
    }));
    const demands: CoverageDemand[] = Array.from({ length: 3000 }, (_, i) => ({ id: `d${i}`, ...near(0.05) }));
    for (const mode of COVERAGE_MODES) {
      const actual = coverageOf(demands, sites, { mode, item: 1 });
      expect(actual.map((r) => r.nearest)).toEqual(bruteForce(demands, sites, mode, DEFAULT_TRAVEL_MODEL));
      expect(actual.some((r) => r.covered)).toBe(true);
    }
  });
});
