import { decodeEntityAt } from './entities';

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

// Through the prototype: text.indexOf is a property load that sees every kind of string V8 has (literals,
// concatenations, slices) and turns megamorphic, a slow lookup on every call.
const { indexOf } = String.prototype;

interface ShownAttribute {
  value: string;
  offset: number;
}

/**
 * Where the visible text goes: a builder that copies it (for the markdown pass) or the UnitWriter, which
 * normalises the plain runs straight from the string without an intermediate copy.
 */
export interface VisibleSink {
  appendString(text: string, from: number, to: number): void;
  appendUnit(unit: number, start: number, end: number): void;
}

/** Writes the visible text into `sink`; false, writing nothing, when the text has no markup at all. */
export function extractVisibleHtml(text: string, sink: VisibleSink): boolean {
  if (indexOf.call(text, '<') < 0 && indexOf.call(text, '&') < 0) return false;
  const attributes: ShownAttribute[] = [];
  const next = new NextMarkup(text);
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
        if (BLOCK_TAGS.has(name)) sink.appendUnit(10, i, tagEnd);
        if (!tag[1]) collectAttributes(tag[3], i + 1 + tag[2].length, attributes);
        i = tagEnd;
        if (!tag[1] && HIDDEN_CONTENT.has(name)) {
          const close = text.toLowerCase().indexOf(`</${name}`, i);
          i = close < 0 ? text.length : close;
        }
        continue;
      }
    }
    if (c === '<' || c === '&') {
      i = pushCharOrEntity(text, i, sink);
    } else {
      // the plain run up to the next '<' or '&', in one piece
      const to = next.from(i);
      sink.appendString(text, i, to);
      i = to;
    }
  }
  for (const attribute of attributes) {
    sink.appendUnit(10, attribute.offset, attribute.offset);
    let k = 0;
    while (k < attribute.value.length)
      k = pushCharOrEntity(attribute.value, k, sink, attribute.offset) - attribute.offset;
  }
  return true;
}

/** The next '<' or '&' at or after an index: native searches, each resumed only once the walk passed its hit. */
class NextMarkup {
  private lt = -1;
  private amp = -1;

  constructor(private readonly text: string) {}

  from(i: number): number {
    if (this.lt < i) this.lt = this.find('<', i);
    if (this.amp < i) this.amp = this.find('&', i);
    return Math.min(this.lt, this.amp);
  }

  /** The index of `char` at or after i, or the text's length (never below a later i). */
  private find(char: string, i: number): number {
    const at = indexOf.call(this.text, char, i);
    return at < 0 ? this.text.length : at;
  }
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
function pushCharOrEntity(text: string, i: number, sink: VisibleSink, base = 0): number {
  if (text[i] === '&') {
    const entity = decodeEntityAt(text, i);
    if (entity) {
      for (let k = 0; k < entity.chars.length; k++)
        sink.appendUnit(entity.chars.charCodeAt(k), base + i, base + i + entity.length);
      return base + i + entity.length;
    }
  }
  sink.appendUnit(text.charCodeAt(i), base + i, base + i + 1);
  return base + i + 1;
}
