import { describe, expect, it } from 'vitest';
import { solveExact, solveExactMany } from './coverage.highs.ts';
import { type CoveringInstance, greedySwap, objectiveOf } from './coverage.planner.ts';

/** mulberry32: a small seeded generator, so that every run draws the same instances. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Clustered demand in a 20 × 15 km box, weights 1–200, candidates anywhere, a 1.5 km radius. */
function generate(seed: number, demands: number, candidates: number, k: number): CoveringInstance {
  const random = seeded(seed);
  const centres = Array.from({ length: 8 }, () => [random() * 20, random() * 15] as const);
  const points = Array.from({ length: demands }, () => {
    const [cx, cy] = centres[Math.floor(random() * centres.length)] as readonly [number, number];
    return [cx + (random() - 0.5) * 6, cy + (random() - 0.5) * 6] as const;
  });
  const weights = points.map(() => 1 + Math.floor(random() * 200));
  const covers = Array.from({ length: candidates }, () => {
    const [x, y] = [random() * 20, random() * 15];
    return points.flatMap(([px, py], i) => (Math.hypot(px - x, py - y) <= 1.5 ? [i] : []));
  });
  return { weights, covers, k };
}

describe('greedy + swaps + restarts', () => {
  it('solves a hand-worked instance, ties to the lower index', () => {
    // Demand weights 5, 5, 6; c0 covers {1, 2} (11), c1 {0, 1} (10), c2 {0} (5), c3 {2} (6); k = 2.
    // Greedy takes c0 (11), then c1 and c2 both add 5: the lower index, c1. 16 = everything.
    const instance = { weights: [5, 5, 6], covers: [[1, 2], [0, 1], [0], [2]], k: 2 };
    expect(greedySwap(instance)).toEqual({ chosen: [0, 1], objective: 16 });
    // With k = 1 the best single site wins; with none covering, the plan is empty.
    expect(greedySwap({ ...instance, k: 1 })).toEqual({ chosen: [0], objective: 11 });
    expect(greedySwap({ weights: [1], covers: [[]], k: 3 })).toEqual({ chosen: [], objective: 0 });
  });

  it('improves on greedy by a swap', () => {
    // Greedy picks c0 (weight 10: demands 0..3 of 2.5) first, then c1 or c2 add 2 each: 12.
    // The optimum {c1, c2} covers demands 0–1 + 4 and 2–3 + 5: 5 + 2 + 5 + 2 = 14.
    const instance = {
      weights: [2.5, 2.5, 2.5, 2.5, 2, 2],
      covers: [
        [0, 1, 2, 3],
        [0, 1, 4],
        [2, 3, 5],
      ],
      k: 2,
    };
    const plan = greedySwap(instance);
    expect(plan.objective).toBe(14);
    expect([...plan.chosen].sort()).toEqual([1, 2]);
  });

  it('never falls below greedy alone, and local search finds the exchange greedy misses', () => {
    for (let seed = 20; seed < 30; seed++) {
      const instance = generate(seed, 400, 80, 6);
      const plain = greedySwap(instance, { localSearch: false });
      const plan = greedySwap(instance);
      expect(plan.objective).toBeGreaterThanOrEqual(plain.objective);
      expect(new Set(plan.chosen).size).toBe(plan.chosen.length);
      expect(plan.chosen.length).toBeLessThanOrEqual(6);
    }
    // Greedy alone on the swap instance stops at 12 (c0 first).
    const instance = {
      weights: [2.5, 2.5, 2.5, 2.5, 2, 2],
      covers: [
        [0, 1, 2, 3],
        [0, 1, 4],
        [2, 3, 5],
      ],
      k: 2,
    };
    expect(greedySwap(instance, { localSearch: false }).objective).toBe(12);
    expect(greedySwap(instance, { restarts: 0 }).objective).toBe(14);
  });

  it('gives the same plan for the same input', () => {
    const instance = generate(7, 400, 80, 6);
    const first = greedySwap(instance);
    expect(first.chosen.length).toBe(6);
    expect(greedySwap(generate(7, 400, 80, 6))).toEqual(first);
    expect(objectiveOf(instance, first.chosen)).toBe(first.objective);
  });
});

describe('against the HiGHS optimum', () => {
  it('reaches ≥ 0.97 of the optimum on every seeded instance HiGHS proves optimal', { timeout: 60_000 }, async () => {
    const ratios: number[] = [];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const instance = generate(seed, 300, 60, 5);
      const heuristic = greedySwap(instance);
      const exact = await solveExact(instance, { timeLimitSeconds: 10, warmStart: heuristic.chosen });
      if (exact.status !== 'optimal' || exact.objective === null) continue;
      expect(exact.chosen.length).toBeLessThanOrEqual(5);
      expect(objectiveOf(instance, exact.chosen)).toBeCloseTo(exact.objective, 6);
      ratios.push(heuristic.objective / exact.objective);
    }
    expect(ratios.length).toBeGreaterThanOrEqual(5);
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(0.97);
    expect(Math.max(...ratios)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('reaches ≥ 0.97 of the optimum on 36 further small seeded instances (k 2–7), every one proved optimal', {
    timeout: 60_000,
  }, async () => {
    const instances = Array.from({ length: 36 }, (_, i) => generate(100 + i, 120 + (i % 4) * 20, 30 + (i % 3) * 10, 2 + (i % 6)));
    const plans = instances.map((instance) => greedySwap(instance));
    instances.forEach((instance, i) => {
      expect(greedySwap(instance)).toEqual(plans[i]);
    });
    // One worker for all (HiGHS loaded once), not warm-started: the optimum is HiGHS' own.
    const exact = await solveExactMany(
      instances.map((instance) => ({ instance, warmStart: [] })),
      { timeLimitSeconds: 10 },
    );
    const ratios = exact.map((result, i) => {
      expect(result.status).toBe('optimal');
      return (plans[i]?.objective ?? 0) / (result.objective as number);
    });
    expect(ratios).toHaveLength(36);
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(0.97);
    expect(Math.max(...ratios)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('finds the optimum of the hand-worked swap instance, with a zero gap', async () => {
    const instance = {
      weights: [2.5, 2.5, 2.5, 2.5, 2, 2],
      covers: [
        [0, 1, 2, 3],
        [0, 1, 4],
        [2, 3, 5],
      ],
      k: 2,
    };
    const exact = await solveExact(instance, { timeLimitSeconds: 5, warmStart: [] });
    expect(exact).toMatchObject({ status: 'optimal', objective: 14, gap: 0 });
    expect([...exact.chosen].sort()).toEqual([1, 2]);
  });
});
