import { longText, productDescriptions } from './corpus';
import { allMatchers } from './matchers';
import { loadDevCases, measureLatency, measureThroughput, utf8Bytes, verdictAccuracy } from './measure';

/** npm run bench: throughput, latency and accuracy of our checker against obscenity and a naive matcher. */
const corpus = productDescriptions();
const long = longText();
const cases = loadDevCases();
const matchers = allMatchers();

console.log(`corpus: ${corpus.length} descriptions, ${(utf8Bytes(corpus) / 1e6).toFixed(2)} MB UTF-8; long text: ${long.length} chars`);
console.log(`dev cases: ${cases.length}\n`);

const rows = matchers.map((matcher) => ({
  name: matcher.name,
  throughput: measureThroughput(matcher, corpus),
  latency: measureLatency(matcher, long),
  accuracy: verdictAccuracy(matcher, cases),
}));

const ours = rows[0].throughput.megabytesPerSecond;
const obscenity = rows[1].throughput.megabytesPerSecond;
const header = ['matcher', 'MB/s', 'p50 ms (20k)', 'p99 ms (20k)', 'dev accuracy'];
const table = rows.map((row) => [
  row.name,
  row.throughput.megabytesPerSecond.toFixed(2),
  row.latency.p50.toFixed(3),
  row.latency.p99.toFixed(3),
  `${(row.accuracy * 100).toFixed(1)}%`,
]);
const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => cells[column].length)));
const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ');
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
for (const cells of table) console.log(line(cells));
console.log(`\nthroughput ours / obscenity: ${(ours / obscenity).toFixed(1)}x`);
