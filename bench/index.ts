import { longText, productDescriptions } from './corpus';
import { allMatchers } from './matchers';
import {
  loadDevCases,
  measureLatency,
  measureThroughput,
  medianRatio,
  utf8Bytes,
  verdictAccuracy,
} from './measure';

/** npm run bench: throughput, latency and accuracy of our checker against obscenity and a naive matcher. */
const corpus = productDescriptions();
const long = longText();
const cases = loadDevCases();
const matchers = allMatchers();
// The machine is shared and noisy: more rounds (BENCH_ROUNDS=15) steady the medians.
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 7));

console.log(
  `corpus: ${corpus.length} descriptions, ${(utf8Bytes(corpus) / 1e6).toFixed(2)} MB UTF-8; long text: ${long.length} chars`,
);
console.log(`dev cases: ${cases.length}; throughput: median of ${rounds} interleaved rounds, CPU time\n`);

const throughputs = measureThroughput(matchers, corpus, rounds);
const rows = matchers.map((matcher, m) => ({
  name: matcher.name,
  throughput: throughputs[m],
  latency: measureLatency(matcher, long),
  accuracy: verdictAccuracy(matcher, cases),
}));

const header = ['matcher', 'MB/s (median)', 'min–max', 'p50 ms (20k)', 'p99 ms (20k)', 'dev accuracy'];
const table = rows.map((row) => [
  row.name,
  row.throughput.megabytesPerSecond.toFixed(2),
  `${Math.min(...row.throughput.rounds).toFixed(1)}–${Math.max(...row.throughput.rounds).toFixed(1)}`,
  row.latency.p50.toFixed(3),
  row.latency.p99.toFixed(3),
  `${(row.accuracy * 100).toFixed(1)}%`,
]);
const widths = header.map((title, column) =>
  Math.max(title.length, ...table.map((cells) => cells[column].length)),
);
const line = (cells: string[]) =>
  cells
    .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
    .join(' | ');
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
for (const cells of table) console.log(line(cells));
const [ours, obscenity] = throughputs;
console.log(
  `\nthroughput ours / obscenity: ${(ours.megabytesPerSecond / obscenity.megabytesPerSecond).toFixed(1)}x (ratio of medians)`,
);
console.log(
  `per-round ratio: median ${medianRatio(ours, obscenity).toFixed(1)}x, rounds ${ours.rounds.map((v, r) => (v / obscenity.rounds[r]).toFixed(1)).join(' ')}`,
);
