/**
 * A tiny PNG encoder, so the seed and the tests can make real images (the platform reads their headers,
 * the console shows them) without shipping binary files. Palette images only; the pixel data is
 * compressed with fixed-Huffman deflate using back-references to the previous pixel and the previous
 * row, which is all the flat artwork here needs to stay a few hundred bytes.
 */
export interface PngDrawing {
  width: number;
  height: number;
  /** Up to 256 colours as [r, g, b]. */
  palette: readonly (readonly [number, number, number])[];
  /** Index into the palette of the pixel at (x, y). */
  pixel: (x: number, y: number) => number;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const uint32 = (value: number) => [
  (value >>> 24) & 0xff,
  (value >>> 16) & 0xff,
  (value >>> 8) & 0xff,
  value & 0xff,
];

/** Deflate writes bits least significant first, but Huffman codes most significant first. */
class BitWriter {
  readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      this.current |= ((value >>> i) & 1) << this.used;
      if (++this.used === 8) this.flush();
    }
  }

  code(code: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bits((code >>> i) & 1, 1);
  }

  flush(): void {
    if (this.used === 0) return;
    this.bytes.push(this.current);
    this.current = 0;
    this.used = 0;
  }
}

// prettier-ignore
const lengthBases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
// prettier-ignore
const lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
// prettier-ignore
const distanceBases = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
// prettier-ignore
const distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

const bucketOf = (bases: readonly number[], value: number) => bases.findLastIndex((base) => base <= value);

/** The fixed literal/length code of RFC 1951, 3.2.6. */
function writeSymbol(out: BitWriter, symbol: number): void {
  if (symbol < 144) out.code(0x30 + symbol, 8);
  else if (symbol < 256) out.code(0x190 + symbol - 144, 9);
  else if (symbol < 280) out.code(symbol - 256, 7);
  else out.code(0xc0 + symbol - 280, 8);
}

function writeMatch(out: BitWriter, length: number, distance: number): void {
  const l = bucketOf(lengthBases, length);
  writeSymbol(out, 257 + l);
  out.bits(length - lengthBases[l], lengthExtra[l]);
  const d = bucketOf(distanceBases, distance);
  out.code(d, 5);
  out.bits(distance - distanceBases[d], distanceExtra[d]);
}

function matchLength(data: Uint8Array, at: number, distance: number): number {
  if (distance > at || distance > 32768) return 0;
  let length = 0;
  while (length < 258 && at + length < data.length && data[at + length] === data[at + length - distance])
    length++;
  return length;
}

/** zlib stream (RFC 1950) of one fixed-Huffman deflate block. */
function zlib(data: Uint8Array, rowLength: number): Uint8Array {
  const out = new BitWriter();
  out.bits(1, 1); // last block
  out.bits(1, 2); // fixed Huffman codes
  let at = 0;
  while (at < data.length) {
    const [length, distance] = [1, rowLength]
      .map((d) => [matchLength(data, at, d), d] as const)
      .reduce((best, candidate) => (candidate[0] > best[0] ? candidate : best));
    if (length >= 3) {
      writeMatch(out, length, distance);
      at += length;
    } else writeSymbol(out, data[at++]);
  }
  writeSymbol(out, 256);
  out.flush();
  return new Uint8Array([0x78, 0x01, ...out.bytes, ...uint32(adler32(data))]);
}

function chunk(type: string, data: Uint8Array): number[] {
  const typed = new Uint8Array([...Array.from(type, (c) => c.charCodeAt(0)), ...data]);
  return [...uint32(data.length), ...typed, ...uint32(crc32(typed))];
}

export function encodePng({ width, height, palette, pixel }: PngDrawing): Uint8Array {
  const rowLength = width + 1;
  const raw = new Uint8Array(rowLength * height);
  for (let y = 0; y < height; y++) {
    // Each row starts with its filter type: 0, none.
    for (let x = 0; x < width; x++) raw[y * rowLength + 1 + x] = pixel(x, y);
  }
  const header = new Uint8Array([...uint32(width), ...uint32(height), 8, 3, 0, 0, 0]);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return new Uint8Array([
    ...signature,
    ...chunk('IHDR', header),
    ...chunk('PLTE', new Uint8Array(palette.flat())),
    ...chunk('IDAT', zlib(raw, rowLength)),
    ...chunk('IEND', new Uint8Array()),
  ]);
}
