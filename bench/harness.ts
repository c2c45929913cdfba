/** What every benchmark case shares: timing, the BENCH line, and the case interface. */

export interface BenchOptions {
  /** Fewer repetitions, for a quick check that every case still runs and agrees. */
  quick: boolean;
  log: (line: string) => void;
}

export interface BenchCase {
  name: string;
  /** One sentence: what is measured. */
  description: string;
  /** Prints its own BENCH line(s) through `options.log`; resolves to false when the case fails. */
  run: (options: BenchOptions) => Promise<boolean>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return ((sorted[Math.floor(middle)] as number) + (sorted[Math.ceil(middle)] as number)) / 2;
}

/** Milliseconds taken by `work`; its result is returned so the work cannot be optimised away. */
export function time<T>(work: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
}

export interface PairedTiming<E, B> {
  engineMs: number;
  baselineMs: number;
  engineResult: E;
  baselineResult: B;
}

/**
 * Times the engine and the baseline alternately (so drifts of the machine hit
 * both alike): `warmUp` untimed rounds, then the median of `repetitions`.
 */
export function pairedTiming<E, B>(
  engine: () => E,
  baseline: () => B,
  warmUp: number,
  repetitions: number,
): PairedTiming<E, B> {
  let engineResult = engine();
  let baselineResult = baseline();
  for (let index = 1; index < warmUp; index++) {
    engine();
    baseline();
  }
  const engineTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let index = 0; index < repetitions; index++) {
    const engineRun = time(engine);
    const baselineRun = time(baseline);
    engineTimes.push(engineRun.ms);
    baselineTimes.push(baselineRun.ms);
    engineResult = engineRun.result;
    baselineResult = baselineRun.result;
  }
  return {
    engineMs: median(engineTimes),
    baselineMs: median(baselineTimes),
    engineResult,
    baselineResult,
  };
}

function formatMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3);
}

/**
 * `BENCH <case> ratio=<x> engine=<ms>ms baseline=<ms>ms key=value…`; a case
 * without a baseline gives only its own figures.
 */
export function benchLine(
  name: string,
  figures: { engineMs?: number; baselineMs?: number },
  extra: Readonly<Record<string, string | number>> = {},
): string {
  const parts = [`BENCH ${name}`];
  const { engineMs, baselineMs } = figures;
  if (engineMs !== undefined && baselineMs !== undefined && baselineMs > 0) {
    parts.push(`ratio=${(engineMs / baselineMs).toFixed(2)}`);
  }
  if (engineMs !== undefined) parts.push(`engine=${formatMs(engineMs)}ms`);
  if (baselineMs !== undefined) parts.push(`baseline=${formatMs(baselineMs)}ms`);
  for (const [key, value] of Object.entries(extra)) parts.push(`${key}=${value}`);
  return parts.join(" ");
}
