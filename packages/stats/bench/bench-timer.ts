// Timing and memory for the benchmark: median of N runs, and peak resident memory sampled meanwhile.
import { resourceUsage } from 'node:process';

/** Peak RSS seen by sampling every few ms, plus the kernel's maxRSS (which includes start-up). */
export class MemorySampler {
  private peak = process.memoryUsage.rss();
  private timer: NodeJS.Timeout | undefined;

  start(): this {
    this.timer = setInterval(() => this.sample(), 5);
    this.timer.unref();
    return this;
  }

  sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.peak) this.peak = rss;
  }

  stop(): { sampledPeak: number; maxRss: number } {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return { sampledPeak: this.peak, maxRss: resourceUsage().maxRSS * 1024 };
  }
}

export interface Timing<T> {
  /** Median wall time in seconds. */
  median: number;
  times: number[];
  /** Median CPU time (user + system) in seconds: less disturbed than wall time on a busy machine. */
  cpuMedian: number;
  /** Result of the last run. */
  result: T;
}

/**
 * Runs `fn` `runs` times and returns the median time. Synchronous work blocks the sampler's timer,
 * so `memory.sample()` is called after each run (the peak inside a run is caught by maxRSS).
 */
export function timeMedian<T>(fn: () => T, runs: number, memory: MemorySampler): Timing<T> {
  const times: number[] = [];
  const cpu: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    result = fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e6);
    memory.sample();
  }
  return { median: median(times), times, cpuMedian: median(cpu), result };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
