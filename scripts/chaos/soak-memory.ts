import { round } from './report';

/** Whether the gateway's memory stays flat over the soak, from samples taken after a forced GC. */

export interface MemorySample {
  /** Seconds since the soak started. */
  t: number;
  rss: number;
  heapUsed: number;
}

export interface Flatness {
  firstMiB: number;
  lastMiB: number;
  maxMiB: number;
  /** Mean RSS in the first window after warm-up and in the last window. */
  earlyMiB: number;
  lateMiB: number;
  /** lateMiB / earlyMiB - 1. */
  growth: number;
  /** Least-squares slope of RSS after warm-up. */
  slopeMiBPerMin: number;
  heapFirstMiB: number;
  heapLastMiB: number;
  warmSeconds: number;
  windowSeconds: number;
}

const mib = (bytes: number): number => round(bytes / 2 ** 20);
const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

function slope(samples: readonly MemorySample[]): number {
  const mt = mean(samples.map((s) => s.t));
  const mr = mean(samples.map((s) => s.rss));
  const num = samples.reduce((n, s) => n + (s.t - mt) * (s.rss - mr), 0);
  const den = samples.reduce((n, s) => n + (s.t - mt) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

/**
 * Warm-up (JIT, caches, pools filling) is left out: a minute, or a fifth of a shorter run. The
 * first and last windows are as long, so the comparison is of like with like.
 */
export function flatness(samples: readonly MemorySample[], seconds: number): Flatness {
  const warmSeconds = Math.min(60, seconds * 0.2);
  const windowSeconds = Math.min(60, seconds * 0.2);
  const settled = samples.filter((s) => s.t >= warmSeconds);
  const early = settled.filter((s) => s.t < warmSeconds + windowSeconds).map((s) => s.rss);
  const late = samples.filter((s) => s.t >= seconds - windowSeconds).map((s) => s.rss);
  const first = samples[0];
  const last = samples[samples.length - 1];
  return {
    firstMiB: mib(first?.rss ?? 0),
    lastMiB: mib(last?.rss ?? 0),
    maxMiB: mib(Math.max(0, ...samples.map((s) => s.rss))),
    earlyMiB: mib(mean(early)),
    lateMiB: mib(mean(late)),
    growth: mean(late) / Math.max(1, mean(early)) - 1,
    slopeMiBPerMin: round((slope(settled) * 60) / 2 ** 20),
    heapFirstMiB: mib(first?.heapUsed ?? 0),
    heapLastMiB: mib(last?.heapUsed ?? 0),
    warmSeconds,
    windowSeconds,
  };
}
