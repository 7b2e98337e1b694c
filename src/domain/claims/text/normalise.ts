import { applyVariants, hasVariantTrigger } from './variants';
import { HAN_VIEW_IRRELEVANT, HAN_VIEW_NEEDED, classifyHanChanges, type HanPatternShape } from './hanChanges';
import { buildHanView, buildHanViewAt, buildLatinView } from './views';
import { decodeLeetspeak } from './leetspeak';
import { MappedTextBuilder, ScratchSlot, type MappedText } from './mappedText';
import { SEEN_HAN_CHANGE, SEEN_JOIN, SEEN_LEET, SEEN_PINYIN, SEEN_VARIANT_HAN } from './seenFlags';
import { UnitWriter, type UnitDfa } from './unitWriter';
import type { WriterLog } from './writerLog';
import { hasMarkdown, lineHasMarker, stripMarkdown } from './visibleMarkdown';
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
  /**
   * Set when `latin` is the text exactly as the writer wrote it (no later pass rewrote it) and `han` is the
   * same view: what the writer's DFA found there, so the scan need not walk it again.
   */
  log?: WriterLog;
}

// One slot per stage, reused across calls. The views are only valid until the next normalise() call.
const slots = {
  html: new ScratchSlot(),
  markdown: new ScratchSlot(),
  base: new ScratchSlot(),
  han: new ScratchSlot(),
  latin: new ScratchSlot(),
};

const writer = new UnitWriter();

/**
 * The whole pipeline: N0 visible text, N1–N7 per character, then the views (N8, N9). With a `dfa` (the
 * matcher's combined automaton), the per-character loop runs it too and the views carry its log.
 */
export function normalise(original: string, hanShape?: HanPatternShape, dfa?: UnitDfa): NormalisedViews {
  writeVisible(original, dfa);
  const base = writer.finish();
  // The per-character loop noted which triggers occur; a pass whose trigger never occurs would change nothing.
  const seen = writer.log.seen;
  // A leetspeak pass that decoded nothing (50ml keeps its digits) leaves `base` as the flags describe it.
  const leet = (seen & SEEN_LEET) !== 0 && decodeLeetspeak(base);
  const variants = (seen & (SEEN_VARIANT_HAN | SEEN_PINYIN)) !== 0 && hasVariantTrigger(base);
  const varied = variants ? applyVariants(base) : base;
  // The join and Han-change flags describe `base` as normalised; once leetspeak or variants rewrote it, ask the passes.
  const untouched = !leet && !variants;
  const latin = untouched && (seen & SEEN_JOIN) === 0 ? varied : buildLatinView(varied, slots.latin);
  // The log describes `base` as written; it serves only where the scan's shared run reads exactly that.
  const log = dfa && untouched && latin === base ? writer.log : undefined;
  // Without a Han change point the Han view is the text itself (leetspeak never touches Han or its neighbours).
  if (!variants && (seen & SEEN_HAN_CHANGE) === 0)
    return hanShape && latin === varied
      ? { han: latin, latin, hanDeferred: false, log }
      : { han: varied, latin, log };
  // Deferring is exact only when the Latin view is the base text the Han view would be built from.
  if (hanShape && latin === varied) {
    const changes = classifyHanChanges(varied, hanShape, untouched ? writer.log : undefined);
    if (changes !== HAN_VIEW_NEEDED)
      return { han: latin, latin, hanDeferred: changes === HAN_VIEW_IRRELEVANT, log };
  }
  const han = buildHanView(varied, slots.han);
  return { han, latin, log: han === latin ? log : undefined };
}

/** N0 into the writer: the visible text of HTML and markdown, or the text itself. */
function writeVisible(original: string, dfa?: UnitDfa): void {
  writer.start(original.length + 8, slots.base, dfa);
  const markup = indexOf.call(original, '<') >= 0 || indexOf.call(original, '&') >= 0;
  if (!markup) {
    // Plain text is written first and searched for markdown only if the writer met a character markdown
    // needs (or the first line could start with a marker): most copy has none, and skips the search.
    writer.appendString(original, 0, original.length);
    if (!writer.sawMarkdownSuspect && !lineHasMarker(original, 0)) return;
    if (!hasMarkdown(original)) return;
    writer.start(original.length + 8, slots.base, dfa);
  } else if (!hasMarkdown(original)) {
    extractVisibleHtml(original, writer);
    return;
  }
  const visible = new MappedTextBuilder(original.length, slots.html);
  if (!extractVisibleHtml(original, visible)) visible.appendString(original, 0, original.length);
  writer.appendView(stripMarkdown(visible.build(), slots.markdown));
}

// Through the prototype: original.indexOf is a property load that sees every kind of string V8 has and turns
// megamorphic, a slow lookup on every call.
const { indexOf } = String.prototype;

let hanIndex = new Int32Array(256);

/**
 * The views of a deferred normalisation, with the Han view built after all. With the writer's log, it is
 * built from the logged change points, and `hanIndex` maps each Latin-view unit to its Han-view index
 * (left out where the Han view joins units that were not neighbours, see MappedHanView.spliced).
 */
export function completeHanView(views: NormalisedViews): NormalisedViews & { hanIndex?: Int32Array } {
  const { latin, log } = views;
  if (!log) return { han: buildHanView(latin, slots.han), latin };
  if (hanIndex.length < latin.length) hanIndex = new Int32Array(latin.length * 2);
  const built = buildHanViewAt(latin, log, hanIndex, slots.han);
  return { han: built.han, latin, hanIndex: built.spliced ? undefined : hanIndex };
}

/** N9 for Latin patterns: the form a surface takes in the collapsed view. */
export function collapseRepeatedLetters(text: string): string {
  return text.replace(/([a-z])\1+/g, '$1');
}
