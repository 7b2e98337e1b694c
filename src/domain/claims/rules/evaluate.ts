import type { ClaimDictionary } from '../dictionary/types';
import { viewString } from '../text/mappedText';
import type { Candidate, ScanResult } from '../matching/scan';
import type { ClaimCategory, ClaimField, Severity } from '../types';
import { shouldDowngrade } from './downgrades';
import { guards } from './guards';
import { isGoalStatement, isNegated } from './sharedContexts';

/** A hit that survived the suppressing contexts, in original offsets. */
export interface Hit {
  term: string;
  ruleId: string;
  category: ClaimCategory;
  severity: Severity;
  start: number;
  end: number;
}

/** Steps 4–5 of the decision model: suppress (C1–C9), then downgrade (D1–D4). */
export function evaluateCandidates(scan: ScanResult, dictionary: ClaimDictionary, field: ClaimField): Hit[] {
  const hits: Hit[] = [];
  for (const candidate of scan.candidates) {
    const hit = evaluate(candidate, scan, dictionary, field);
    if (hit) hits.push(hit);
  }
  return hits;
}

function evaluate(
  candidate: Candidate,
  scan: ScanResult,
  dictionary: ClaimDictionary,
  field: ClaimField,
): Hit | null {
  const { entry, view, start } = candidate;
  const contexts = dictionary.contexts;
  const text = viewString(view);
  const guard = entry.guard ? guards[entry.guard] : undefined;
  const override = guard
    ? guard({ entry, text, start, end: candidate.end, contexts, hasBodyCue: scan.hasBodyCue })
    : {};
  if (!override) return null;
  const end = override.end ?? candidate.end;
  // C7 names no category: 不是万能的 / 并非药妆 deny the claim just as 不是最便宜的 does. C2 goals are SUP only.
  if (isNegated(text, start, end, contexts)) return null;
  if (entry.category === 'SUP' && entry.lang === 'zh' && isGoalStatement(text, start, end, contexts))
    return null;
  const originalStart = view.starts[start];
  const originalEnd = view.ends[end - 1];
  if (scan.suppressingSpans.some(([from, to]) => from <= originalStart && originalEnd <= to)) return null;
  const term = override.term ?? entry.term;
  let severity = override.severity ?? entry.severity;
  if (
    severity === 'block' &&
    shouldDowngrade({ text, start, end, term, category: entry.category, field, contexts })
  ) {
    severity = 'warn';
  }
  return {
    term,
    ruleId: override.ruleId ?? entry.ruleId,
    category: entry.category,
    severity,
    start: originalStart,
    end: originalEnd,
  };
}
