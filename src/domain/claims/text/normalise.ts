import { applyVariants, hasVariantTrigger } from './variants';
import { HAN_VIEW_IRRELEVANT, HAN_VIEW_NEEDED, classifyHanChanges, type HanPatternShape } from './hanChanges';
import { buildHanView, buildLatinView } from './views';
import { decodeLeetspeak } from './leetspeak';
import { ScratchSlot, identityMapped, type MappedText } from './mappedText';
import { lastSeenFlags, normaliseChars, normaliseString } from './normaliseChars';
import { SEEN_HAN_CHANGE, SEEN_JOIN, SEEN_LEET, SEEN_PINYIN, SEEN_VARIANT_HAN } from './unitFlags';
import { hasMarkdown, stripMarkdown } from './visibleMarkdown';
import { extractVisibleHtml } from './visibleHtml';

/**
 * Han and Latin views of RULES.md §2. The third, collapsed Latin view (N9, beeeest → best) is not built:
 * the matcher collapses repeated letters on the fly while it walks the Latin view.
 */
export interface NormalisedViews {
  han: MappedText;
  latin: MappedText;
  /**
   * The Han view would differ, but only around characters no Han pattern uses, so `han` is the Latin view for
   * now. Should the scan still find a Han pattern, it asks {@link completeHanView} for the real one (context
   * rules read the view around a hit, and there collapsing 淡淡 could matter).
   */
  hanDeferred?: boolean;
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
export function normalise(original: string, hanShape?: HanPatternShape): NormalisedViews {
  let visible = extractVisibleHtml(original, slots.html);
  if (hasMarkdown(original))
    visible = stripMarkdown(visible ?? identityMapped(original, slots.html), slots.markdown);
  const base = visible ? normaliseChars(visible, slots.base) : normaliseString(original, slots.base);
  // The per-character loop noted which triggers occur; a pass whose trigger never occurs would change nothing.
  const seen = lastSeenFlags();
  const leet = (seen & SEEN_LEET) !== 0;
  if (leet) decodeLeetspeak(base);
  const variants = (seen & (SEEN_VARIANT_HAN | SEEN_PINYIN)) !== 0 && hasVariantTrigger(base);
  const varied = variants ? applyVariants(base) : base;
  // The join and Han-change flags describe `base` as normalised; once leetspeak or variants rewrote it, ask the passes.
  const untouched = !leet && !variants;
  const latin = untouched && (seen & SEEN_JOIN) === 0 ? varied : buildLatinView(varied, slots.latin);
  // Without a Han change point the Han view is the text itself (leetspeak never touches Han or its neighbours).
  if (!variants && (seen & SEEN_HAN_CHANGE) === 0)
    return hanShape && latin === varied ? { han: latin, latin, hanDeferred: false } : { han: varied, latin };
  // Deferring is exact only when the Latin view is the base text the Han view would be built from.
  if (hanShape && latin === varied) {
    const changes = classifyHanChanges(varied, hanShape);
    if (changes !== HAN_VIEW_NEEDED)
      return { han: latin, latin, hanDeferred: changes === HAN_VIEW_IRRELEVANT };
  }
  return { han: buildHanView(varied, slots.han), latin };
}

/** The views of a deferred normalisation, with the Han view built after all. */
export function completeHanView(views: NormalisedViews): NormalisedViews {
  return { han: buildHanView(views.latin, slots.han), latin: views.latin };
}

/** N9 for Latin patterns: the form a surface takes in the collapsed view. */
export function collapseRepeatedLetters(text: string): string {
  return text.replace(/([a-z])\1+/g, '$1');
}
