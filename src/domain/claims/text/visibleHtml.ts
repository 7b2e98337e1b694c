import { decodeEntityAt } from './entities';
import { MappedTextBuilder, type MappedText, type ScratchSlot } from './mappedText';

/**
 * N0 for HTML: keep rendered text plus alt/title, drop markup (C9). Inline tags vanish without a space so
 * `<b>最</b>佳` stays 最佳; block tags become a newline so list items do not run together.
 */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'li',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'td',
  'th',
  'ul',
  'ol',
  'section',
  'article',
  'header',
  'footer',
  'table',
  'tbody',
  'thead',
  'blockquote',
  'hr',
  'dl',
  'dt',
  'dd',
  'pre',
  'figure',
  'figcaption',
  'nav',
  'aside',
  'main',
  'img',
]);
const HIDDEN_CONTENT = new Set(['script', 'style', 'template']);
// Bounded so a stray '<' in plain text never makes the scan quadratic.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]{0,2000})>/y;
const SHOWN_ATTRIBUTE = /\b(alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

interface ShownAttribute {
  value: string;
  offset: number;
}

/** Returns null when the text has no markup at all, so the caller can read the string as it is. */
export function extractVisibleHtml(text: string, slot?: ScratchSlot): MappedText | null {
  if (text.indexOf('<') < 0 && text.indexOf('&') < 0) return null;
  const out = new MappedTextBuilder(text.length, slot);
  const attributes: ShownAttribute[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '<') {
      if (text.startsWith('<!--', i)) {
        const close = text.indexOf('-->', i + 4);
        i = close < 0 ? text.length : close + 3;
        continue;
      }
      TAG.lastIndex = i;
      const tag = TAG.exec(text);
      if (tag) {
        const name = tag[2].toLowerCase();
        const tagEnd = i + tag[0].length;
        if (BLOCK_TAGS.has(name)) out.push(10, i, tagEnd);
        if (!tag[1]) collectAttributes(tag[3], i + 1 + tag[2].length, attributes);
        i = tagEnd;
        if (!tag[1] && HIDDEN_CONTENT.has(name)) {
          const close = text.toLowerCase().indexOf(`</${name}`, i);
          i = close < 0 ? text.length : close;
        }
        continue;
      }
    }
    i = c === '<' || c === '&' ? pushCharOrEntity(text, i, out) : pushPlainRun(text, i, out);
  }
  for (const attribute of attributes) {
    out.push(10, attribute.offset, attribute.offset);
    let k = 0;
    while (k < attribute.value.length)
      k = pushCharOrEntity(attribute.value, k, out, attribute.offset) - attribute.offset;
  }
  return out.build();
}

/** Copies the run of ordinary characters from `from` up to the next '<' or '&' straight into the arrays. */
function pushPlainRun(text: string, from: number, out: MappedTextBuilder): number {
  let to = from;
  while (to < text.length) {
    const code = text.charCodeAt(to);
    if (code === 0x3c || code === 0x26) break;
    to++;
  }
  while (out.length + (to - from) > out.units.length) out.grow();
  const { units, starts, ends } = out;
  let w = out.length;
  for (let k = from; k < to; k++, w++) {
    units[w] = text.charCodeAt(k);
    starts[w] = k;
    ends[w] = k + 1;
  }
  out.length = w;
  return to;
}

function collectAttributes(source: string, offset: number, into: ShownAttribute[]): void {
  SHOWN_ATTRIBUTE.lastIndex = 0;
  for (let m = SHOWN_ATTRIBUTE.exec(source); m; m = SHOWN_ATTRIBUTE.exec(source)) {
    const value = m[2] ?? m[3] ?? '';
    const valueOffset = offset + m.index + m[0].length - 1 - value.length;
    into.push({ value, offset: valueOffset });
  }
}

/** Pushes one char (or a decoded entity) and returns the next index, in `base`-shifted coordinates. */
function pushCharOrEntity(text: string, i: number, out: MappedTextBuilder, base = 0): number {
  if (text[i] === '&') {
    const entity = decodeEntityAt(text, i);
    if (entity) {
      out.pushString(entity.chars, base + i, base + i + entity.length);
      return base + i + entity.length;
    }
  }
  out.push(text.charCodeAt(i), base + i, base + i + 1);
  return base + i + 1;
}
