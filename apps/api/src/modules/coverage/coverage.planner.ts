/**
 * The maximal covering location problem (Church & ReVelle 1974; targets.md §A2): choose at most k
 * candidates to cover the most demand weight (the uncovered labour force). Pure and deterministic:
 * the same instance always gives the same plan (ties go to the lower candidate index; no randomness).
 *
 * The heuristic: greedy by marginal gain, then best-improvement 1-swap local search (the best
 * exchange of a chosen site for an unchosen one over the whole neighbourhood, repeated until no
 * exchange improves), then deterministic restarts from the best plan so far — drop one of its sites
 * and refill greedily without it, drop two, greedy from a forced first pick among the heaviest
 * single candidates outside it (6k restarts, at most 60; on an improvement the list starts again) —
 * each followed by the same local search; the best plan wins (the earliest on ties). Gains are kept incrementally
 * through an inverse index (demand point → candidates covering it), so a swap neighbourhood costs
 * one pass over the candidates plus the points only the outgoing site covers.
 */
export interface CoveringInstance {
  /** Weight of each demand point (its uncovered labour force). */
  weights: readonly number[];
  /** For each candidate, the indices of the demand points it would cover. */
  covers: readonly (readonly number[])[];
  k: number;
}

export interface CoveringPlan {
  /** Candidate indices, in the order chosen (a swap takes the place of the site it replaces). */
  chosen: number[];
  objective: number;
}

export interface HeuristicOptions {
  /** false: greedy alone (the bench's baseline). */
  localSearch?: boolean;
  /** Restarts after the first local optimum (default 6k, at most 60). */
  restarts?: number;
}

const EPSILON = 1e-9;

export function objectiveOf(instance: CoveringInstance, chosen: readonly number[]): number {
  const covered = new Uint8Array(instance.weights.length);
  for (const candidate of chosen) for (const demand of instance.covers[candidate] ?? []) covered[demand] = 1;
  let total = 0;
  covered.forEach((flag, demand) => {
    if (flag) total += instance.weights[demand] ?? 0;
  });
  return total;
}

/** Compressed rows both ways: the points of each candidate, the candidates of each point (duplicates and bad indices dropped). */
interface Compiled {
  m: number;
  n: number;
  weight: Float64Array;
  coverStart: Int32Array;
  coverIndex: Int32Array;
  byStart: Int32Array;
  byIndex: Int32Array;
  /** Each candidate's total weight (its gain on an empty plan). */
  single: Float64Array;
}

function compile(instance: CoveringInstance): Compiled {
  const n = instance.weights.length;
  const m = instance.covers.length;
  const weight = Float64Array.from(instance.weights, (w) => (Number.isFinite(w) ? w : 0));
  const seen = new Int32Array(n).fill(-1);
  const coverStart = new Int32Array(m + 1);
  const list: number[] = [];
  const degree = new Int32Array(n + 1);
  for (let c = 0; c < m; c++) {
    for (const p of instance.covers[c] ?? []) {
      if (!(Number.isInteger(p) && p >= 0 && p < n) || seen[p] === c) continue;
      seen[p] = c;
      list.push(p);
      degree[p + 1] = (degree[p + 1] ?? 0) + 1;
    }
    coverStart[c + 1] = list.length;
  }
  const coverIndex = Int32Array.from(list);
  for (let p = 0; p < n; p++) degree[p + 1] = (degree[p + 1] ?? 0) + (degree[p] ?? 0);
  const byStart = degree;
  const fill = byStart.slice(0, n);
  const byIndex = new Int32Array(coverIndex.length);
  const single = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    for (let k = coverStart[c] ?? 0; k < (coverStart[c + 1] ?? 0); k++) {
      const p = coverIndex[k] ?? 0;
      byIndex[fill[p] ?? 0] = c;
      fill[p] = (fill[p] ?? 0) + 1;
      single[c] = (single[c] ?? 0) + (weight[p] ?? 0);
    }
  }
  return { m, n, weight, coverStart, coverIndex, byStart, byIndex, single };
}

/** A plan being built: how often each point is covered, each candidate's gain if added. */
class PlanState {
  readonly count: Int32Array;
  readonly gain: Float64Array;
  readonly inPlan: Uint8Array;
  readonly chosen: number[] = [];
  objective = 0;

  constructor(private readonly data: Compiled) {
    this.count = new Int32Array(data.n);
    this.gain = Float64Array.from(data.single);
    this.inPlan = new Uint8Array(data.m);
  }

  private change(candidate: number, step: 1 | -1) {
    const { coverStart, coverIndex, byStart, byIndex, weight } = this.data;
    const { count, gain } = this;
    for (let k = coverStart[candidate] ?? 0; k < (coverStart[candidate + 1] ?? 0); k++) {
      const p = coverIndex[k] ?? 0;
      const before = count[p] ?? 0;
      count[p] = before + step;
      // Only a point going 0 → 1 or 1 → 0 changes the objective and the others' gains.
      if (step === 1 ? before !== 0 : before !== 1) continue;
      const w = (weight[p] ?? 0) * step;
      this.objective += w;
      for (let b = byStart[p] ?? 0; b < (byStart[p + 1] ?? 0); b++) {
        const other = byIndex[b] ?? 0;
        gain[other] = (gain[other] ?? 0) - w;
      }
    }
  }

  add(candidate: number) {
    this.inPlan[candidate] = 1;
    this.change(candidate, 1);
  }

  remove(candidate: number) {
    this.inPlan[candidate] = 0;
    this.change(candidate, -1);
  }
}

/**
 * Greedy from `base` (kept, in its order; empty: from scratch): the largest gain (ties to the lower
 * index), never a candidate of `excluded`, until k are chosen or nothing adds weight.
 */
function greedy(data: Compiled, k: number, base: readonly number[] = [], excluded: readonly number[] = []): PlanState {
  const state = new PlanState(data);
  for (const c of base.slice(0, k)) {
    state.add(c);
    state.chosen.push(c);
  }
  for (const c of excluded) state.inPlan[c] = 1; // skipped by the scan below, not counted
  while (state.chosen.length < k) {
    let best = -1;
    let bestGain = EPSILON;
    for (let c = 0; c < data.m; c++) {
      if (state.inPlan[c]) continue;
      const gain = state.gain[c] ?? 0;
      if (gain > bestGain + EPSILON) {
        best = c;
        bestGain = gain;
      }
    }
    if (best < 0) break;
    state.add(best);
    state.chosen.push(best);
  }
  for (const c of excluded) if (!state.chosen.includes(c)) state.inPlan[c] = 0;
  return state;
}

/** Best-improvement 1-swap until no exchange raises the objective by more than EPSILON. */
function localSearch(data: Compiled, state: PlanState) {
  const { coverStart, coverIndex, byStart, byIndex, weight, m } = data;
  const extra = new Float64Array(m);
  const { count, gain, inPlan, chosen } = state;
  for (let iteration = 0; iteration < 10_000; iteration++) {
    let bestDelta = EPSILON;
    let bestPosition = -1;
    let bestIn = -1;
    for (let position = 0; position < chosen.length; position++) {
      const out = chosen[position] as number;
      // The weight only `out` covers is lost; a replacement also regains what it shares of it.
      let loss = 0;
      for (let k = coverStart[out] ?? 0; k < (coverStart[out + 1] ?? 0); k++) {
        const p = coverIndex[k] ?? 0;
        if (count[p] !== 1) continue;
        const w = weight[p] ?? 0;
        loss += w;
        for (let b = byStart[p] ?? 0; b < (byStart[p + 1] ?? 0); b++) {
          const c = byIndex[b] ?? 0;
          extra[c] = (extra[c] ?? 0) + w;
        }
      }
      for (let c = 0; c < m; c++) {
        if (inPlan[c]) continue;
        const delta = (gain[c] ?? 0) + (extra[c] ?? 0) - loss;
        if (delta > bestDelta + EPSILON) {
          bestDelta = delta;
          bestPosition = position;
          bestIn = c;
        }
      }
      for (let k = coverStart[out] ?? 0; k < (coverStart[out + 1] ?? 0); k++) {
        const p = coverIndex[k] ?? 0;
        if (count[p] !== 1) continue;
        for (let b = byStart[p] ?? 0; b < (byStart[p + 1] ?? 0); b++) extra[byIndex[b] ?? 0] = 0;
      }
    }
    if (bestPosition < 0) return;
    state.remove(chosen[bestPosition] as number);
    state.add(bestIn);
    chosen[bestPosition] = bestIn;
  }
}

/** Greedy + best-improvement swaps + deterministic restarts (module comment). */
export function greedySwap(instance: CoveringInstance, options: HeuristicOptions = {}): CoveringPlan {
  const data = compile(instance);
  const k = Math.max(0, Math.floor(instance.k));
  const first = greedy(data, k);
  const result = (chosen: number[]): CoveringPlan => ({ chosen, objective: objectiveOf(instance, chosen) });
  if (options.localSearch === false) return result(first.chosen);
  localSearch(data, first);
  // Nothing left to gain (every coverable point covered, or fewer useful candidates than k): optimal.
  if (first.chosen.length < k) return result(first.chosen);
  let best = first;
  const budget = Math.max(0, Math.floor(options.restarts ?? Math.min(60, 6 * k)));
  let used = 0;
  const tryPlan = (state: PlanState) => {
    used += 1;
    localSearch(data, state);
    if (state.objective > best.objective + EPSILON) {
      best = state;
      return true;
    }
    return false;
  };
  // Kicks from the best plan: drop one site, refill greedily without it; greedy from a forced first
  // pick among the heaviest single candidates outside the plan; then drop two sites. On an
  // improvement the schedule starts again from the new best.
  type Restart = { drop: number[] } | { first: number };
  const scheduleFor = (plan: PlanState): Restart[] => {
    const out: Restart[] = [];
    for (let i = 0; i < k; i++) out.push({ drop: [i] });
    const heaviest = Array.from({ length: data.m }, (_, c) => c)
      .filter((c) => !plan.inPlan[c] && (data.single[c] ?? 0) > EPSILON)
      .sort((a, b) => (data.single[b] ?? 0) - (data.single[a] ?? 0) || a - b);
    for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) out.push({ drop: [i, j] });
    for (const c of heaviest.slice(0, k)) out.push({ first: c });
    return out;
  };
  let schedule = scheduleFor(best);
  let next = 0;
  while (used < budget && next < schedule.length) {
    const restart = schedule[next] as Restart;
    next += 1;
    let start: PlanState;
    if ('first' in restart) start = greedy(data, k, [restart.first]);
    else {
      const removed = restart.drop.map((p) => best.chosen[p] as number);
      start = greedy(
        data,
        k,
        best.chosen.filter((c) => !removed.includes(c)),
        removed,
      );
    }
    if (tryPlan(start)) {
      schedule = scheduleFor(best);
      next = 0;
    }
  }
  return result(best.chosen);
}
