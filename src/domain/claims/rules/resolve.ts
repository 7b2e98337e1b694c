import type { Verdict } from '../types';
import type { Hit } from './evaluate';

/**
 * The same claim is often found in several views; keep one per term and range. Drop a hit that lies strictly
 * inside a longer one of at least its severity (顶级 inside 最顶级, best inside bestseller, 领先 in 世界领先).
 */
export function resolveHits(hits: Hit[]): Hit[] {
  if (hits.length <= 1) return hits; // one hit has nothing to merge with nor to lie inside
  const unique = new Map<string, Hit>();
  for (const hit of hits) {
    const key = `${hit.term}|${hit.start}|${hit.end}`;
    const seen = unique.get(key);
    if (!seen || (seen.severity === 'warn' && hit.severity === 'block')) unique.set(key, hit);
  }
  const all = [...unique.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  return all.filter(
    (inner) =>
      !all.some((outer) => outer !== inner && strictlyContains(outer, inner) && atLeast(outer, inner)),
  );
}

function strictlyContains(outer: Hit, inner: Hit): boolean {
  return (
    outer.start <= inner.start &&
    inner.end <= outer.end &&
    (outer.start < inner.start || inner.end < outer.end)
  );
}

function atLeast(outer: Hit, inner: Hit): boolean {
  return outer.severity === 'block' || inner.severity === 'warn';
}

/** Step 6: block beats warn beats pass. */
export function verdictOf(hits: readonly Hit[]): Verdict {
  if (hits.some((hit) => hit.severity === 'block')) return 'block';
  return hits.length > 0 ? 'warn' : 'pass';
}
