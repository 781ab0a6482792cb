import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Highs } from 'highs';
import type { CoveringInstance } from './coverage.planner.ts';

export interface ExactResult {
  status: 'optimal' | 'time_limit' | 'failed';
  /** The best plan HiGHS found (candidate indices), empty when it found none. */
  chosen: number[];
  objective: number | null;
  /** HiGHS' proven upper bound on the optimum (maximisation). */
  bound: number | null;
  /** Relative gap (bound − objective) ÷ bound; 0 when optimal. */
  gap: number | null;
  seconds: number;
  message: string | null;
}

/**
 * The worker's code, inline (the API is bundled into one file, so a separate worker file would not
 * be found next to it): it loads HiGHS' WebAssembly from node_modules (the path resolved by the
 * main thread), builds the MCLP — y_j binary per candidate, x_i ∈ [0,1] per demand,
 * max Σ wᵢxᵢ s.t. xᵢ ≤ Σ_{j covers i} y_j and Σ y_j ≤ k — warm-started with the heuristic's plan,
 * and solves it under HiGHS' own time limit.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const path = require('node:path');
(async () => {
  const { problems, timeLimitSeconds, highsPath } = workerData;
  let highs = null;
  const results = [];
  for (const { weights, covers, k, warmStart } of problems) {
  const started = Date.now();
  try {
    if (highs === null) {
      const loader = require(highsPath);
      highs = await (loader.default || loader)({ locateFile: (file) => path.join(path.dirname(highsPath), file) });
    }
    const M = covers.length, N = weights.length;
    const starts = [0], indices = [], values = [];
    for (let j = 0; j < M; j++) {
      for (const i of covers[j]) { indices.push(i); values.push(-1); }
      indices.push(N); values.push(1);
      starts.push(indices.length);
    }
    for (let i = 0; i < N; i++) { indices.push(i); values.push(1); starts.push(indices.length); }
    const numCols = M + N, numRows = N + 1;
    const colCost = new Float64Array(numCols); for (let i = 0; i < N; i++) colCost[M + i] = weights[i];
    const colLower = new Float64Array(numCols);
    const colUpper = new Float64Array(numCols).fill(1);
    const rowLower = new Float64Array(numRows).fill(-Infinity);
    const rowUpper = new Float64Array(numRows); rowUpper[N] = k;
    const integrality = new Int32Array(numCols); for (let j = 0; j < M; j++) integrality[j] = 1;
    const model = highs.createModel({ numCols, numRows, sense: -1, colCost, colLower, colUpper, rowLower, rowUpper,
      matrix: { format: 'csc', numRows, numCols, starts: Int32Array.from(starts), indices: Int32Array.from(indices), values: Float64Array.from(values) }, integrality });
    try {
      model.options.set({ time_limit: timeLimitSeconds, output_flag: false, mip_rel_gap: 1e-6 });
      if (warmStart.length > 0) {
        const colValue = new Float64Array(numCols);
        for (const j of warmStart) colValue[j] = 1;
        for (const j of warmStart) for (const i of covers[j]) colValue[M + i] = 1;
        try { model.setSolution({ colValue }); } catch {}
      }
      const { modelStatus } = model.run();
      let chosen = [], objective = null, bound = null, gap = null;
      try {
        const solution = model.getSolution();
        for (let j = 0; j < M; j++) if (solution.colValue[j] > 0.5) chosen.push(j);
        objective = model.getObjectiveValue();
      } catch {}
      try { bound = Number(model.info.get('mip_dual_bound')); } catch {}
      if (objective !== null && bound !== null && Number.isFinite(bound)) gap = bound > 0 ? Math.max(0, (bound - objective) / bound) : 0;
      const status = modelStatus === 7 ? 'optimal' : modelStatus === 13 ? 'time_limit' : 'failed';
      if (status === 'optimal') { gap = 0; bound = objective; }
      results.push({ status, chosen, objective, bound, gap, seconds: (Date.now() - started) / 1000, message: status === 'failed' ? 'HiGHS model status ' + modelStatus : null });
    } finally { model.dispose(); }
  } catch (error) {
    results.push({ status: 'failed', chosen: [], objective: null, bound: null, gap: null, seconds: (Date.now() - started) / 1000, message: String(error && error.message || error) });
  }
  }
  parentPort.postMessage(results);
})();
`;

/**
 * The HiGHS model the worker builds, typed from the package (the worker's inline code is plain
 * JavaScript: it loads the package by the path resolved below).
 */
export type HighsModel = ReturnType<Highs['createModel']>;

/** Solves the instance exactly with HiGHS in a worker thread; the thread is stopped 5 s after the time limit whatever happens. */
export async function solveExact(
  instance: CoveringInstance,
  options: { timeLimitSeconds: number; warmStart: readonly number[] },
): Promise<ExactResult> {
  const [result] = await solveExactMany([{ instance, warmStart: options.warmStart }], options);
  return result as ExactResult;
}

/**
 * Several instances one after the other in one worker (HiGHS loaded once: the tests' many small
 * instances), each under the time limit; the thread is stopped 5 s after the sum of the limits.
 */
export function solveExactMany(
  problems: readonly { instance: CoveringInstance; warmStart: readonly number[] }[],
  options: { timeLimitSeconds: number },
): Promise<ExactResult[]> {
  const highsPath = createRequire(import.meta.url).resolve('highs');
  const started = Date.now();
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        problems: problems.map(({ instance, warmStart }) => ({
          weights: [...instance.weights],
          covers: instance.covers.map((c) => [...c]),
          k: instance.k,
          warmStart: [...warmStart],
        })),
        timeLimitSeconds: options.timeLimitSeconds,
        highsPath,
      },
    });
    const failed = (message: string): ExactResult => ({
      status: 'failed',
      chosen: [],
      objective: null,
      bound: null,
      gap: null,
      seconds: (Date.now() - started) / 1000,
      message,
    });
    const guard = setTimeout(
      () => {
        void worker.terminate();
        resolve(problems.map(() => ({ ...failed('the solver did not stop at its time limit'), status: 'time_limit' })));
      },
      (options.timeLimitSeconds * problems.length + 5) * 1000,
    );
    worker.once('message', (results: ExactResult[]) => {
      clearTimeout(guard);
      void worker.terminate();
      resolve(results);
    });
    worker.once('error', (error) => {
      clearTimeout(guard);
      resolve(problems.map(() => failed(error.message)));
    });
  });
}
