/// <reference types="node" />
import { readFileSync } from 'node:fs';
import type { BenchMatcher } from './matchers';

export interface Throughput {
  megabytesPerSecond: number;
  seconds: number;
}

const utf8Bytes = (texts: readonly string[]) => texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);

/**
 * MB/s of UTF-8 input over the whole corpus, after one warm-up pass over a slice of it. Timed in CPU time
 * of this process, so a busy machine (other builds, other tests) does not skew one matcher against another.
 */
export function measureThroughput(matcher: BenchMatcher, corpus: readonly string[]): Throughput {
  for (const text of corpus.slice(0, 500)) matcher.verdict(text);
  const started = process.cpuUsage();
  for (const text of corpus) matcher.verdict(text);
  const used = process.cpuUsage(started);
  const seconds = (used.user + used.system) / 1e6;
  return { megabytesPerSecond: utf8Bytes(corpus) / 1e6 / seconds, seconds };
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
  const correct = cases.filter((devCase) => matcher.verdict(devCase.text, devCase.field) === devCase.expect).length;
  return correct / cases.length;
}

export { utf8Bytes };
