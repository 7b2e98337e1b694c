import { MappedTextBuilder, viewString, type MappedText, type ScratchSlot } from './mappedText';

/**
 * N0 for markdown: link text and image alt stay, URLs and emphasis markers go, `#`+space headings and
 * bullets lose their marker. `#1月` keeps its `#` because a heading needs the space.
 */
const LINK_LOOKAHEAD = 300;
// Only these shapes are markdown worth undoing; plain text skips the pass entirely.
const MARKDOWN_HINT = /\*\*|__|~~|`|\]\(|(?:^|\n)[ \t]*(?:#{1,6} |[-*+] )/;

// Called through the prototype: text.includes is a property load that sees every kind of string V8 has
// (literals, concatenations, slices) and turns megamorphic, a slow lookup on every call.
const { includes, indexOf, charCodeAt } = String.prototype;

/**
 * Same answer as MARKDOWN_HINT.test, without the regex: a few native substring searches, then a look at the
 * start of each line. Most copy has no markdown and this runs for every text.
 */
export function hasMarkdown(text: string): boolean {
  if (
    includes.call(text, '**') ||
    includes.call(text, '__') ||
    includes.call(text, '~~') ||
    includes.call(text, '`') ||
    includes.call(text, '](')
  )
    return true;
  if (lineHasMarker(text, 0)) return true;
  for (let nl = indexOf.call(text, '\n'); nl >= 0; nl = indexOf.call(text, '\n', nl + 1))
    if (lineHasMarker(text, nl + 1)) return true;
  return false;
}

/** `[ \t]*(?:#{1,6} |[-*+] )` at `at`: the heading or bullet part of MARKDOWN_HINT. */
export function lineHasMarker(text: string, at: number): boolean {
  let k = at;
  while (charCodeAt.call(text, k) === 0x20 || charCodeAt.call(text, k) === 0x09) k++;
  const c = charCodeAt.call(text, k);
  if (c === 0x2d || c === 0x2a || c === 0x2b) return charCodeAt.call(text, k + 1) === 0x20;
  let hashes = 0;
  while (charCodeAt.call(text, k + hashes) === 0x23) hashes++;
  return hashes >= 1 && hashes <= 6 && charCodeAt.call(text, k + hashes) === 0x20;
}

export function stripMarkdown(input: MappedText, slot?: ScratchSlot): MappedText {
  const text = viewString(input);
  if (!MARKDOWN_HINT.test(text)) return input;
  const out = new MappedTextBuilder(text.length, slot);
  let lineStart = true;
  let linkClose = -1;
  let linkEnd = -1;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (lineStart) {
      const marker = /^[ \t]*(?:#{1,6} |[-*+] )/.exec(text.slice(i, i + 10));
      lineStart = false;
      if (marker) {
        i = i + marker[0].length;
        continue;
      }
    }
    if (c === '\n') lineStart = true;
    if (i === linkClose) {
      i = linkEnd;
      linkClose = -1;
      continue;
    }
    if ((c === '[' || (c === '!' && text[i + 1] === '[')) && linkClose < 0) {
      const open = c === '!' ? i + 1 : i;
      const link = findLinkEnd(text, open);
      if (link) {
        [linkClose, linkEnd] = link;
        i = open + 1;
        continue;
      }
    }
    const pair = text.slice(i, i + 2);
    if (pair === '**' || pair === '__' || pair === '~~') {
      i = i + 2;
      continue;
    }
    if (c === '`') {
      i = i + 1;
      continue;
    }
    out.push(input.units[i], input.starts[i], input.ends[i]);
    i++;
  }
  return out.build();
}

/** For `[text](url)` starting at `open`, returns [index of ']', index after ')'], or null. */
function findLinkEnd(text: string, open: number): [number, number] | null {
  const limit = Math.min(text.length, open + LINK_LOOKAHEAD);
  let close = -1;
  for (let k = open + 1; k < limit; k++) {
    const c = text[k];
    if (c === '\n' || c === '[') return null;
    if (c === ']') {
      close = k;
      break;
    }
  }
  if (close < 0 || text[close + 1] !== '(') return null;
  for (let k = close + 2; k < limit + LINK_LOOKAHEAD && k < text.length; k++) {
    const c = text[k];
    if (c === '\n' || c === ' ') return null;
    if (c === ')') return [close, k + 1];
  }
  return null;
}
