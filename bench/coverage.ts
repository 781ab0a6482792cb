// bench/coverage.ts — the 15-minute circle (issue 13, "Speed"), figures and ratios in one run:
//  1. coverage of BENCH_DEMANDS demand points by BENCH_SITES sites for all four modes — target ≤ 200 ms
//     (through the site grid), with the ratios to a bare loop computing every site–point distance
//     once and to the brute force (`nearestSite` for every point, every site), whose answer it must equal;
//  2. the planner, k = BENCH_K over BENCH_CANDIDATES candidates (greedy, best-improvement swaps,
//     restarts) — target ≤ 2 s, with the ratio to plain greedy; the instance built through the
//     demand grid (coverage.reach.ts), with the ratio to the brute force, whose answer it must equal;
//  3. HiGHS (worker thread, BENCH_TIME_LIMIT s) on the 361-village instance and on seeded instances:
//     proves optimality or reports its gap within 60 s; the heuristic/optimum ratio per instance.
// Demand and sites are drawn around the real town seats (seeded), on their islands.
// Run: npm run bench:coverage -w apps/api   (BENCH_SITES=500 BENCH_DEMANDS=10000 BENCH_CANDIDATES=2000 BENCH_K=10)
import {
  COVERAGE_MODES,
  type CoverageDemand,
  type CoverageSite,
  coverageOf,
  distanceKm,
  type Island,
  islandOfTown,
  isWithinThreshold,
  nearestSite,
  travelMinutes,
} from '@jobcircle/domain';
import { solveExact } from '../apps/api/src/modules/coverage/coverage.highs.ts';
import { type CoveringInstance, greedySwap, objectiveOf } from '../apps/api/src/modules/coverage/coverage.planner.ts';
import { coversWithinReach } from '../apps/api/src/modules/coverage/coverage.reach.ts';
import { referenceRegions } from '../apps/api/src/modules/regions/regions.reference.ts';

const SITES = Number(process.env.BENCH_SITES ?? 500);
const DEMANDS = Number(process.env.BENCH_DEMANDS ?? 10_000);
const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 2_000);
const K = Number(process.env.BENCH_K ?? 10);
const TIME_LIMIT = Number(process.env.BENCH_TIME_LIMIT ?? 60);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

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
const random = seeded(13);
const ms = (n: number) => `${n.toFixed(1)} ms`;
function best(run: () => unknown, runs = RUNS): number {
  run(); // warm-up
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - t0);
  }
  return fastest;
}

const regions = referenceRegions();
const seats = regions
  .filter((r) => r.level === 'town' && r.lng != null && r.lat != null)
  .map((r) => ({ code: r.code, lng: Number(r.lng), lat: Number(r.lat), island: islandOfTown(r.code) }));
/** A point within ~3 km of a random town seat, on that town's island. */
function near(spread = 0.03): { point: { lng: number; lat: number }; island: Island } {
  const seat = seats[Math.floor(random() * seats.length)] as (typeof seats)[number];
  return { point: { lng: seat.lng + (random() - 0.5) * 2 * spread, lat: seat.lat + (random() - 0.5) * 2 * spread }, island: seat.island };
}

// ── 1. coverage ──
const sites: CoverageSite[] = Array.from({ length: SITES }, (_, i) => ({
  id: `s${i}`,
  isActive: true,
  serviceItems: [1, 2, 3],
  ...near(),
}));
const demands: CoverageDemand[] = Array.from({ length: DEMANDS }, (_, i) => ({ id: `d${i}`, ...near(0.05) }));
let sink = 0;
const baseline = best(() => {
  for (const d of demands) for (const s of sites) sink += distanceKm(d.point, s.point);
});
const allModes = best(() => {
  for (const mode of COVERAGE_MODES) sink += coverageOf(demands, sites, { mode, item: 1 }).filter((r) => r.covered).length;
});
const bruteForce = () => COVERAGE_MODES.map((mode) => demands.map((d) => nearestSite(d, sites, mode)));
const bruteMs = best(bruteForce, 2);
const gridAnswers = COVERAGE_MODES.map((mode) => coverageOf(demands, sites, { mode, item: 1 }).map((r) => r.nearest));
const identical = JSON.stringify(gridAnswers) === JSON.stringify(bruteForce());
console.log(`coverage: ${SITES} sites × ${DEMANDS} points, four modes: ${ms(allModes)} (target ≤ 200 ms at 500 × 10 000)`);
console.log(`  baseline (every distance once): ${ms(baseline)}; ratio ${(allModes / baseline).toFixed(2)}×`);
console.log(
  `  brute force (every site for every point, four modes): ${ms(bruteMs)}; grid/brute ${(allModes / bruteMs).toFixed(3)}×; same answer: ${identical ? 'yes' : 'NO'}`,
);
for (const mode of COVERAGE_MODES) {
  const covered = coverageOf(demands, sites, { mode, item: 1 }).filter((r) => r.covered).length;
  console.log(`  ${mode}: ${((covered / DEMANDS) * 100).toFixed(1)}% of points within 15 min`);
}

// ── 2. the planner ──
function instanceOf(
  points: readonly CoverageDemand[],
  candidates: readonly CoverageDemand[],
  k: number,
  weights: number[],
): CoveringInstance {
  return { weights, covers: coversWithinReach(candidates, points, 'ebike', 15), k };
}
/** Every candidate against every point (what the planner did before the grid). */
function bruteCovers(points: readonly CoverageDemand[], candidates: readonly CoverageDemand[]): number[][] {
  return candidates.map((c) => points.flatMap((p, i) => (isWithinThreshold(travelMinutes(c, p, 'ebike'), 15) ? [i] : [])));
}
const candidates: CoverageDemand[] = Array.from({ length: CANDIDATES }, (_, i) => ({ id: `c${i}`, ...near(0.05) }));
const weights = demands.map(() => 1 + Math.floor(random() * 200));
const t0 = performance.now();
const large = instanceOf(demands, candidates, K, weights);
const buildMs = performance.now() - t0;
const t1 = performance.now();
const bruteLarge = bruteCovers(demands, candidates);
const bruteBuildMs = performance.now() - t1;
const sameCovers = JSON.stringify(bruteLarge) === JSON.stringify(large.covers);
let plan = greedySwap(large);
const swapMs = best(() => {
  plan = greedySwap(large);
}, 3);
const greedyMs = best(() => greedySwap(large, { localSearch: false }), 3);
const greedyObjective = greedySwap(large, { localSearch: false }).objective;
console.log(`planner: k = ${K} over ${CANDIDATES} candidates, ${DEMANDS} demand points (e-bike, 15 min)`);
console.log(
  `  instance built in ${ms(buildMs)} (brute force ${ms(bruteBuildMs)}; grid/brute ${(buildMs / bruteBuildMs).toFixed(3)}×; same answer: ${sameCovers ? 'yes' : 'NO'})`,
);
console.log(
  `  heuristic (greedy, swaps, restarts) ${ms(swapMs)} (target ≤ 2 s); greedy alone ${ms(greedyMs)}; ratio ${(swapMs / greedyMs).toFixed(2)}×; build + heuristic ${ms(buildMs + swapMs)}`,
);
console.log(
  `  objective ${plan.objective} (greedy ${greedyObjective}, +${(((plan.objective - greedyObjective) / Math.max(1, greedyObjective)) * 100).toFixed(2)}%)`,
);

// ── 3. HiGHS against the heuristic ──
const villages = regions.filter((r) => r.level === 'village');
const villagePoints: CoverageDemand[] = villages.map((v) => {
  const seat = seats.find((s) => s.code === v.parent_code);
  const island = islandOfTown(v.parent_code ?? '');
  const base = seat ?? { lng: 121.5, lat: 31.6 };
  return { id: v.code, point: { lng: base.lng + (random() - 0.5) * 0.08, lat: base.lat + (random() - 0.5) * 0.08 }, island };
});
const instances: { name: string; instance: CoveringInstance }[] = [
  {
    name: `361 villages, each a candidate, k = ${K}`,
    instance: instanceOf(
      villagePoints,
      villagePoints,
      K,
      villagePoints.map(() => 100 + Math.floor(random() * 1900)),
    ),
  },
];
for (const seed of [1, 2, 3]) {
  const pts = Array.from({ length: Math.min(2000, DEMANDS) }, (_, i) => ({ id: `p${seed}-${i}`, ...near(0.05) }));
  const cands = Array.from({ length: Math.min(200, CANDIDATES) }, (_, i) => ({ id: `q${seed}-${i}`, ...near(0.05) }));
  instances.push({
    name: `seeded ${seed}: ${pts.length} × ${cands.length}, k = ${K}`,
    instance: instanceOf(
      pts,
      cands,
      K,
      pts.map(() => 1 + Math.floor(random() * 200)),
    ),
  });
}
for (const { name, instance } of instances) {
  const heuristic = greedySwap(instance);
  const exact = await solveExact(instance, { timeLimitSeconds: TIME_LIMIT, warmStart: heuristic.chosen });
  const reference = exact.status === 'optimal' ? exact.objective : exact.bound;
  const ratio = reference ? heuristic.objective / reference : Number.NaN;
  const check = exact.objective === null ? '' : ` (check ${objectiveOf(instance, exact.chosen)})`;
  console.log(
    `HiGHS ${name}: ${exact.status} in ${exact.seconds.toFixed(2)} s, optimum ${exact.objective}${check}, gap ${exact.gap?.toFixed(4) ?? '—'}; heuristic/${exact.status === 'optimal' ? 'optimum' : 'bound'} ${ratio.toFixed(4)}`,
  );
}
if (sink === -1) console.log(sink);
