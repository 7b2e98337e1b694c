import { applyVariants } from './variants';
import { buildHanView, buildLatinView } from './views';
import { decodeLeetspeak } from './leetspeak';
import { ScratchSlot, identityMapped, type MappedText } from './mappedText';
import { normaliseChars, normaliseString } from './normaliseChars';
import { hasMarkdown, stripMarkdown } from './visibleMarkdown';
import { extractVisibleHtml } from './visibleHtml';

/**
 * Han and Latin views of RULES.md §2. The third, collapsed Latin view (N9, beeeest → best) is not built:
 * the matcher collapses repeated letters on the fly while it walks the Latin view.
 */
export interface NormalisedViews {
  han: MappedText;
  latin: MappedText;
}

// One slot per stage, reused across calls. The views are only valid until the next normalise() call.
const slots = {
  html: new ScratchSlot(),
  markdown: new ScratchSlot(),
  base: new ScratchSlot(),
  han: new ScratchSlot(),
  latin: new ScratchSlot(),
};

/** The whole pipeline: N0 visible text, N1–N7 per character, then the views (N8, N9). */
export function normalise(original: string): NormalisedViews {
  let visible = extractVisibleHtml(original, slots.html);
  if (hasMarkdown(original)) visible = stripMarkdown(visible ?? identityMapped(original, slots.html), slots.markdown);
  const base = visible ? normaliseChars(visible, slots.base) : normaliseString(original, slots.base);
  decodeLeetspeak(base);
  const varied = applyVariants(base);
  return { han: buildHanView(varied, slots.han), latin: buildLatinView(varied, slots.latin) };
}

/** N9 for Latin patterns: the form a surface takes in the collapsed view. */
export function collapseRepeatedLetters(text: string): string {
  return text.replace(/([a-z])\1+/g, '$1');
}
