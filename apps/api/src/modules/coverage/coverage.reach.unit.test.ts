import {
  COVERAGE_MODES,
  DEFAULT_TRAVEL_MODEL,
  ISLANDS,
  type Island,
  isWithinThreshold,
  type TravelModel,
  travelMinutes,
} from '@jobcircle/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coversWithinReach, type ReachDemand } from './coverage.reach.ts';

/** The brute force: every candidate against every demand point. */
function bruteForce(
  candidates: readonly { point: { lng: number; lat: number }; island: Island }[],
  demands: readonly ReachDemand[],
  mode: (typeof COVERAGE_MODES)[number],
  threshold: number,
  model: TravelModel,
) {
  return candidates.map((c) =>
    demands.flatMap((d, i) =>
      d.point && isWithinThreshold(travelMinutes(c, { point: d.point, island: d.island }, mode, model), threshold) ? [i] : [],
    ),
  );
}

const inDistrict = fc.record({
  lng: fc.double({ min: 121.1, max: 122.0, noNaN: true }),
  lat: fc.double({ min: 31.3, max: 31.85, noNaN: true }),
});
const clustered = fc.record({
  lng: fc.double({ min: 121.38, max: 121.42, noNaN: true }),
  lat: fc.double({ min: 31.61, max: 31.65, noNaN: true }),
});
// A lattice of 0.009° (≈ 1 km north–south): points exactly at or around the walking threshold.
const onLattice = fc.record({
  lng: fc.integer({ min: 0, max: 6 }).map((i) => 121.4 + i * 0.009),
  lat: fc.integer({ min: 0, max: 6 }).map((i) => 31.6 + i * 0.009),
});
const farAway = fc.record({ lng: fc.double({ min: 100, max: 140, noNaN: true }), lat: fc.double({ min: -70, max: 70, noNaN: true }) });
const point = fc.oneof(
  { arbitrary: inDistrict, weight: 3 },
  { arbitrary: clustered, weight: 4 },
  { arbitrary: onLattice, weight: 3 },
  { arbitrary: farAway, weight: 1 },
);
const island = fc.constantFrom<Island>(...ISLANDS);

describe('the planner instance through the demand grid', () => {
  it('equals the brute force (seeded random instances: ties on a lattice, far points, no positions, island links, thresholds)', () => {
    fc.assert(
      fc.property(
        fc.record({
          candidates: fc.array(fc.record({ point, island }), { maxLength: 40, size: 'max' }),
          demands: fc.array(fc.record({ point: fc.option(point, { freq: 8 }), island }), { maxLength: 150, size: 'max' }),
          mode: fc.constantFrom(...COVERAGE_MODES),
          threshold: fc.constantFrom(5, 15, 15, 30, 1e6),
          detourFactor: fc.double({ min: 1, max: 1.6, noNaN: true }),
          links: fc.subarray([
            ['chongming', 'changxing'],
            ['changxing', 'hengsha'],
          ] as const),
        }),
        ({ candidates, demands, mode, threshold, detourFactor, links }) => {
          const model: TravelModel = { ...DEFAULT_TRAVEL_MODEL, detourFactor, islandLinks: links.map(([a, b]) => [a, b] as const) };
          expect(coversWithinReach(candidates, demands, mode, threshold, model)).toEqual(
            bruteForce(candidates, demands, mode, threshold, model),
          );
        },
      ),
      { seed: 13, numRuns: 300 },
    );
  });

  it('equals the brute force at the bench’s density (2 000 points, 200 candidates, e-bike and walk)', () => {
    let a = 7;
    const random = () => {
      a = (a * 1103515245 + 12345) % 2147483648;
      return a / 2147483648;
    };
    const around = () => ({
      point: { lng: 121.4 + (random() - 0.5) * 0.3, lat: 31.62 + (random() - 0.5) * 0.2 },
      island: 'chongming' as const,
    });
    const demands = Array.from({ length: 2000 }, around);
    const candidates = Array.from({ length: 200 }, around);
    for (const mode of ['ebike', 'walk'] as const) {
      const covers = coversWithinReach(candidates, demands, mode, 15);
      expect(covers.some((c) => c.length > 0)).toBe(true);
      expect(covers).toEqual(bruteForce(candidates, demands, mode, 15, DEFAULT_TRAVEL_MODEL));
    }
  });
});
