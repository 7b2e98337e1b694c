import type { ContextLists } from '../dictionary/contexts';
import type { TermEntry } from '../dictionary/types';
import type { Severity } from '../types';

export interface GuardInput {
  entry: TermEntry;
  /** Text of the view the hit was found in, and the hit's position in it. */
  text: string;
  start: number;
  end: number;
  contexts: ContextLists;
  hasBodyCue: () => boolean;
}

/** What a guard keeps: possibly a different canonical term or rule (第一个 → 首个) or a longer span. */
export interface GuardOverride {
  term?: string;
  ruleId?: string;
  severity?: Severity;
  end?: number;
}

/** null drops the hit (a suppressing context applies or the rule's condition is not met). */
export type Guard = (input: GuardInput) => GuardOverride | null;

export const KEEP: GuardOverride = {};
