/**
 * UTF-16 code units in typed arrays, each remembering which range of the ORIGINAL input it came from.
 * Every normalised view is a MappedText, so a hit in any view maps straight back to what the user typed.
 * Typed arrays keep the per-character work allocation-free, which is most of the checker's speed.
 */
export interface MappedText {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length: number;
  /** viewString's answer, once asked; set to undefined at creation so every view has the same shape. */
  text?: string;
}

/**
 * Reusable storage for one pipeline stage. checkClaims is synchronous and keeps no view after it returns,
 * so each stage can write into the same arrays on every call instead of allocating new ones.
 */
export class ScratchSlot {
  units: Uint16Array = new Uint16Array(256);
  starts: Int32Array = new Int32Array(256);
  ends: Int32Array = new Int32Array(256);
}

export class MappedTextBuilder {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(
    capacity: number,
    private readonly slot?: ScratchSlot,
  ) {
    const size = Math.max(16, capacity);
    if (slot && slot.units.length >= size) {
      this.units = slot.units;
      this.starts = slot.starts;
      this.ends = slot.ends;
    } else {
      this.units = new Uint16Array(size);
      this.starts = new Int32Array(size);
      this.ends = new Int32Array(size);
    }
  }

  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** text[from, to) as it is, each unit mapped to its own index (a sink for extractVisibleHtml). */
  appendString(text: string, from: number, to: number): void {
    for (let i = from; i < to; i++) this.push(text.charCodeAt(i), i, i + 1);
  }

  appendUnit(unit: number, start: number, end: number): void {
    this.push(unit, start, end);
  }

  /** Makes room for at least one more unit; hot loops call it only when their local index hits capacity. */
  grow(): void {
    const size = this.units.length * 2;
    const units = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    units.set(this.units);
    starts.set(this.starts);
    ends.set(this.ends);
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }

  build(): MappedText {
    if (this.slot) {
      this.slot.units = this.units;
      this.slot.starts = this.starts;
      this.slot.ends = this.ends;
    }
    return { units: this.units, starts: this.starts, ends: this.ends, length: this.length, text: undefined };
  }
}

const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true }); // typed arrays are little-endian on every platform we run on

/** The view as a string, for the context rules that look around a hit; built once per view, on demand. */
export function viewString(view: MappedText): string {
  // Cached on the view itself: a WeakMap lookup per call cost more than the decoding of a short view.
  let text = view.text;
  if (text === undefined) {
    const bytes = new Uint8Array(view.units.buffer, view.units.byteOffset, view.length * 2);
    text = utf16.decode(bytes);
    view.text = text;
  }
  return text;
}
