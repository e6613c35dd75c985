/**
 * Timing without a verdict from one noisy sample: contenders run interleaved (A, B, A, B …, in a
 * rotating order) for several rounds; the benchmark reports medians and ratios of medians.
 */
import { performance } from "node:perf_hooks";

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** Milliseconds `work` takes. */
export function timed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/**
 * Runs every contender once per round, in an order that rotates each round (so none always runs
 * first, on a cold cache or a fresh heap), after one untimed warm-up round. Returns each
 * contender's times in milliseconds.
 */
export function interleave<K extends string>(
  contenders: Readonly<Record<K, () => void>>,
  rounds: number,
): Record<K, number[]> {
  const keys = Object.keys(contenders) as K[];
  const times = Object.fromEntries(keys.map((key) => [key, [] as number[]])) as Record<K, number[]>;
  for (const key of keys) contenders[key]();
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[(round + i) % keys.length]!;
      times[key].push(timed(contenders[key]));
    }
  }
  return times;
}

/** A small seeded generator (mulberry32): the same input sets on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
