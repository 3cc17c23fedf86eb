/**
 * Timing and summary statistics. Every figure of the bench is a median over repeated runs after
 * warm-up runs (the first calls pay for JIT compilation and lazy initialisation, which a reader's
 * browser pays once, not per page).
 */
import { performance } from 'node:perf_hooks';

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Nearest-rank percentile (p in 0..100) — no interpolation, so p95 is a time that really happened. */
export function percentile(samples: readonly number[], p: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Milliseconds one call of `fn` takes. */
export function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export interface RunOptions {
  runs: number;
  warmup: number;
}

/**
 * Times several contenders on the same input, interleaved run by run so that machine noise
 * (another process, GC, CPU frequency) falls on all of them alike. `setup` makes a fresh input
 * per contender per run (e.g. a freshly parsed DOM, since Readability changes the one it reads);
 * its cost is not timed.
 */
export function timeSideBySide<I>(
  contenders: Record<string, (input: I) => unknown>,
  setup: () => I,
  { runs, warmup }: RunOptions,
): Record<string, number[]> {
  const names = Object.keys(contenders);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let run = 0; run < warmup + runs; run++) {
    // Alternate the order so neither contender always runs right after a GC-heavy setup.
    const order = run % 2 ? [...names].reverse() : names;
    for (const name of order) {
      const input = setup();
      // Each sample starts from a collected heap (npm run bench gives node --expose-gc), so no
      // contender pays for the garbage another left behind (compromise leaves a lot).
      collectGarbage();
      const ms = timeOnce(() => contenders[name]!(input));
      if (run >= warmup) samples[name]!.push(ms);
    }
  }
  return samples;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Rounds for display and JSON: three significant decimals below 1 ms, two above. */
export function round(ms: number): number {
  if (!Number.isFinite(ms)) return ms;
  return ms < 1 ? Math.round(ms * 1000) / 1000 : Math.round(ms * 100) / 100;
}

export function ratio(a: number, b: number): number {
  return b > 0 ? Math.round((a / b) * 1000) / 1000 : NaN;
}
