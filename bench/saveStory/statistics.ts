import { performance } from 'node:perf_hooks';

export function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

export const median = (samples: readonly number[]) => percentile(samples, 0.5);
export const p95 = (samples: readonly number[]) => percentile(samples, 0.95);

/** Milliseconds taken by each of `times` sequential runs of `task`. */
export async function timeEach(times: number, task: (run: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < times; run++) {
    const start = performance.now();
    await task(run);
    samples.push(performance.now() - start);
  }
  return samples;
}
