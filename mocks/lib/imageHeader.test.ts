// @vitest-environment node
import { imageSize, sniffContentType } from './imageHeader';
import { encodePng } from './png';

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));
const bytes = (...parts: (number | number[])[]) => new Uint8Array(parts.flat());
const le16 = (value: number) => [value & 0xff, value >> 8];
const le24 = (value: number) => [value & 0xff, (value >> 8) & 0xff, value >> 16];

/** The start of a baseline JPEG: SOI, an APP0 segment, then SOF0 with height and width. */
const jpegHeader = (width: number, height: number) =>
  bytes(
    [0xff, 0xd8],
    [0xff, 0xe0, 0x00, 0x10, ...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0],
    [0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3],
    new Array<number>(15).fill(0),
  );

const riff = (chunk: string, payload: number[]) =>
  bytes(
    ascii('RIFF'),
    [0, 0, 0, 0],
    ascii('WEBP'),
    ascii(chunk),
    [0, 0, 0, 0],
    payload,
    new Array<number>(8).fill(0),
  );

const webpLossy = (width: number, height: number) =>
  riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...le16(width), ...le16(height)]);
const webpExtended = (width: number, height: number) =>
  riff('VP8X', [0, 0, 0, 0, ...le24(width - 1), ...le24(height - 1)]);
function webpLossless(width: number, height: number) {
  const bits = (width - 1) | ((height - 1) << 14);
  return riff('VP8L', [0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, (bits >>> 24) & 0xff]);
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('reading what a file is', () => {
  it('knows PNG, JPEG, WebP and PDF by their first bytes, whatever they were called', () => {
    expect(sniffContentType(encodePng({ width: 1, height: 1, palette: [[0, 0, 0]], pixel: () => 0 }))).toBe(
      'image/png',
    );
    expect(sniffContentType(jpegHeader(10, 10))).toBe('image/jpeg');
    expect(sniffContentType(webpLossy(10, 10))).toBe('image/webp');
    expect(sniffContentType(bytes(ascii('%PDF-1.7\n')))).toBe('application/pdf');
    expect(sniffContentType(bytes(ascii('hello, world')))).toBeNull();
    expect(sniffContentType(new Uint8Array())).toBeNull();
  });

  it('reads the pixel size from PNG, JPEG and all three WebP headers', () => {
    const png = encodePng({ width: 640, height: 480, palette: [[255, 255, 255]], pixel: () => 0 });
    expect(imageSize(png, 'image/png')).toEqual({ width: 640, height: 480 });
    expect(imageSize(jpegHeader(1200, 800), 'image/jpeg')).toEqual({ width: 1200, height: 800 });
    expect(imageSize(webpLossy(600, 601), 'image/webp')).toEqual({ width: 600, height: 601 });
    expect(imageSize(webpLossless(2000, 1000), 'image/webp')).toEqual({ width: 2000, height: 1000 });
    expect(imageSize(webpExtended(4000, 3000), 'image/webp')).toEqual({ width: 4000, height: 3000 });
  });

  it('answers null for a header that is cut short or damaged', () => {
    const png = encodePng({ width: 8, height: 8, palette: [[0, 0, 0]], pixel: () => 0 });
    expect(imageSize(png.slice(0, 20), 'image/png')).toBeNull();
    expect(imageSize(jpegHeader(10, 10).slice(0, 12), 'image/jpeg')).toBeNull();
    expect(imageSize(bytes([0xff, 0xd8, 0x00, 0x00, 0x00, 0x00]), 'image/jpeg')).toBeNull();
    expect(imageSize(riff('VP8 ', [0, 0, 0, 1, 2, 3, 0, 0, 0, 0]), 'image/webp')).toBeNull();
    expect(imageSize(bytes(ascii('%PDF-')), 'application/pdf')).toBeNull();
  });
});

describe('the PNG encoder', () => {
  it('writes pixel data a standard inflater reads back row by row', async () => {
    const palette = [
      [255, 255, 255],
      [200, 30, 60],
    ] as const;
    const pixel = (x: number, y: number) => ((x * x + y * y) % 7 === 0 ? 1 : 0);
    const png = encodePng({ width: 37, height: 23, palette, pixel });
    // Chunks after the signature: IHDR (13 bytes), PLTE (2 colours), then IDAT.
    const idatStart = 8 + (12 + 13) + (12 + 6);
    const view = new DataView(png.buffer);
    expect(String.fromCharCode(...png.subarray(idatStart + 4, idatStart + 8))).toBe('IDAT');
    const idat = png.subarray(idatStart + 8, idatStart + 8 + view.getUint32(idatStart));
    const raw = await inflate(idat);
    expect(raw).toHaveLength(23 * 38);
    for (let y = 0; y < 23; y++) {
      expect(raw[y * 38]).toBe(0);
      for (let x = 0; x < 37; x++) expect(raw[y * 38 + 1 + x]).toBe(pixel(x, y));
    }
  });

  it('keeps flat artwork small', () => {
    const png = encodePng({ width: 960, height: 320, palette: [[0, 0, 0]], pixel: () => 0 });
    expect(png.length).toBeLessThan(4096);
  });
});
