/// <reference types="node" />
import { readFileSync } from 'node:fs';
import type { BenchMatcher } from './matchers';

export interface Throughput {
  /** Median over the rounds: one slow round (another process, a GC) moves it less than a mean. */
  megabytesPerSecond: number;
  rounds: number[];
}

const utf8Bytes = (texts: readonly string[]) =>
  texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);

const cpuSeconds = (started: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
};

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * MB/s of UTF-8 input over the whole corpus, per round, after one warm-up pass over a slice of it. Timed in
 * CPU time of this process, so a busy machine (other builds, other tests) does not skew one matcher against
 * another. Rounds are interleaved (every matcher once per round), so a noisy minute hits all of them alike.
 */
export function measureThroughput(
  matchers: readonly BenchMatcher[],
  corpus: readonly string[],
  rounds: number,
): Throughput[] {
  const megabytes = utf8Bytes(corpus) / 1e6;
  for (const matcher of matchers) for (const text of corpus.slice(0, 500)) matcher.verdict(text);
  const samples = matchers.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    matchers.forEach((matcher, m) => {
      const started = process.cpuUsage();
      for (const text of corpus) matcher.verdict(text);
      samples[m].push(megabytes / cpuSeconds(started));
    });
  }
  return samples.map((perRound) => ({ megabytesPerSecond: median(perRound), rounds: perRound }));
}

/** Median over the rounds of ours / theirs within the same round: the two ran under the same load. */
export function medianRatio(ours: Throughput, theirs: Throughput): number {
  return median(ours.rounds.map((value, round) => value / theirs.rounds[round]));
}

export interface Latency {
  p50: number;
  p99: number;
}

/** Per-call latency on one long text: warm-up, then `iterations` timed calls. */
export function measureLatency(matcher: BenchMatcher, text: string, iterations = 200, warmUp = 20): Latency {
  for (let i = 0; i < warmUp; i++) matcher.verdict(text);
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    matcher.verdict(text);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: at(0.5), p99: at(0.99) };
}

interface DevCase {
  text: string;
  field: string;
  expect: string;
}

export function loadDevCases(): DevCase[] {
  const url = new URL('../../shared/claims/dev-cases.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as DevCase[];
}

/** Share of dev cases whose verdict is right; the baselines can only say block (any hit) or pass. */
export function verdictAccuracy(matcher: BenchMatcher, cases: readonly DevCase[]): number {
  const correct = cases.filter(
    (devCase) => matcher.verdict(devCase.text, devCase.field) === devCase.expect,
  ).length;
  return correct / cases.length;
}

export { median, utf8Bytes };
