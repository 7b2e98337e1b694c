import type { Finding } from '../../domain/claims';

/** A run of text covered by the same findings; `findings` is empty for plain text. */
export interface Segment {
  start: number;
  end: number;
  findings: readonly Finding[];
}

/**
 * Cuts [from, to) of a text of `length` code units at every finding boundary, so overlapping findings
 * become runs that each know every finding covering them. Findings outside the text are clipped, because a
 * report computed on a slightly older text (deferred while typing) may briefly point past its end.
 */
export function segmentsOf(length: number, findings: readonly Finding[], from = 0, to = length): Segment[] {
  const valid = findings
    .map((f) => ({ finding: f, start: Math.max(f.start, 0), end: Math.min(f.end, length) }))
    .filter((f) => f.start < f.end);
  const cuts = new Set<number>([from, to]);
  for (const f of valid) {
    if (f.start > from && f.start < to) cuts.add(f.start);
    if (f.end > from && f.end < to) cuts.add(f.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < sorted.length - 1; i += 1) {
    const start = sorted[i];
    const end = sorted[i + 1];
    if (start >= end) continue;
    const covering = valid.filter((f) => f.start <= start && f.end >= end).map((f) => f.finding);
    segments.push({ start, end, findings: covering });
  }
  return segments;
}

/** The strongest severity wins the style of a run covered by several findings. */
export const severityOf = (findings: readonly Finding[]) =>
  findings.some((f) => f.severity === 'block') ? 'block' : 'warn';
