/**
 * The maximal covering location problem (Church & ReVelle 1974; targets.md §A2): choose at most k
 * candidates to cover the most demand weight (the uncovered labour force). Pure and deterministic:
 * the same instance always gives the same plan (ties go to the lower candidate index).
 */
export interface CoveringInstance {
  /** Weight of each demand point (its uncovered labour force). */
  weights: readonly number[];
  /** For each candidate, the indices of the demand points it would cover. */
  covers: readonly (readonly number[])[];
  k: number;
}

export interface CoveringPlan {
  /** Candidate indices, in the order chosen. */
  chosen: number[];
  objective: number;
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

/** Greedy by marginal gain, then 1-swap (best improving exchange per chosen site) until no swap improves. */
export function greedySwap(instance: CoveringInstance, options: { maxPasses?: number } = {}): CoveringPlan {
  const { weights, covers } = instance;
  const count = new Int32Array(weights.length);
  const chosen: number[] = [];
  const isChosen = new Uint8Array(covers.length);
  const gainOf = (candidate: number) => {
    let gain = 0;
    for (const demand of covers[candidate] ?? []) if (count[demand] === 0) gain += weights[demand] ?? 0;
    return gain;
  };
  const bestAddition = (): { candidate: number; gain: number } => {
    let best = { candidate: -1, gain: EPSILON };
    for (let candidate = 0; candidate < covers.length; candidate += 1) {
      if (isChosen[candidate]) continue;
      const gain = gainOf(candidate);
      if (gain > best.gain + EPSILON) best = { candidate, gain };
    }
    return best;
  };
  const add = (candidate: number) => {
    isChosen[candidate] = 1;
    for (const demand of covers[candidate] ?? []) count[demand] = (count[demand] ?? 0) + 1;
  };
  const remove = (candidate: number) => {
    isChosen[candidate] = 0;
    for (const demand of covers[candidate] ?? []) count[demand] = (count[demand] ?? 0) - 1;
  };

  while (chosen.length < instance.k) {
    const { candidate } = bestAddition();
    if (candidate < 0) break;
    add(candidate);
    chosen.push(candidate);
  }

  const maxPasses = options.maxPasses ?? 20;
  for (let pass = 0; pass < maxPasses; pass += 1) {
    let improved = false;
    for (let position = 0; position < chosen.length; position += 1) {
      const out = chosen[position] as number;
      remove(out);
      const lost = gainOf(out);
      isChosen[out] = 1; // not a candidate for its own replacement
      const best = bestAddition();
      isChosen[out] = 0;
      if (best.candidate >= 0 && best.gain > lost + EPSILON) {
        add(best.candidate);
        chosen[position] = best.candidate;
        improved = true;
      } else add(out);
    }
    if (!improved) break;
  }
  return { chosen, objective: objectiveOf(instance, chosen) };
}
