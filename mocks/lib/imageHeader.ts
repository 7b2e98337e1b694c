/**
 * What an uploaded file really is, read from its first bytes rather than taken from the name or the
 * type the browser declared, and the pixel size of images from their headers (no decoding).
 */
export type SniffedType = 'image/png' | 'image/jpeg' | 'image/webp' | 'application/pdf';

export interface PixelSize {
  width: number;
  height: number;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

export function sniffContentType(bytes: Uint8Array): SniffedType | null {
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

const uint16be = (bytes: Uint8Array, at: number) => (bytes[at] << 8) | bytes[at + 1];
const uint16le = (bytes: Uint8Array, at: number) => bytes[at] | (bytes[at + 1] << 8);
const uint24le = (bytes: Uint8Array, at: number) => uint16le(bytes, at) | (bytes[at + 2] << 16);
const uint32be = (bytes: Uint8Array, at: number) =>
  ((uint16be(bytes, at) << 16) | uint16be(bytes, at + 2)) >>> 0;

/** A size only counts when the header held one: zero or missing bytes mean a damaged file. */
const sized = (width: number, height: number): PixelSize | null =>
  Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0 ? { width, height } : null;

function pngSize(bytes: Uint8Array): PixelSize | null {
  // The first chunk must be IHDR: width and height are its first two 32-bit fields.
  if (bytes.length < 24 || !startsWith(bytes, ascii('IHDR'), 12)) return null;
  return sized(uint32be(bytes, 16), uint32be(bytes, 20));
}

// Start-of-frame markers carry the size; C4 (Huffman tables), C8 and CC (arithmetic coding) do not.
const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
// Markers without a length field: TEM, RST0–7, SOI, EOI.
const isStandalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9);

function jpegSize(bytes: Uint8Array): PixelSize | null {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (isStandalone(marker)) {
      at += 2;
      continue;
    }
    if (isStartOfFrame(marker))
      return at + 9 <= bytes.length ? sized(uint16be(bytes, at + 7), uint16be(bytes, at + 5)) : null;
    at += 2 + uint16be(bytes, at + 2);
  }
  return null;
}

function webpSize(bytes: Uint8Array): PixelSize | null {
  if (bytes.length < 30) return null;
  if (startsWith(bytes, ascii('VP8X'), 12)) return sized(uint24le(bytes, 24) + 1, uint24le(bytes, 27) + 1);
  if (startsWith(bytes, ascii('VP8L'), 12)) {
    if (bytes[20] !== 0x2f) return null;
    const bits = bytes[21] | (bytes[22] << 8) | (bytes[23] << 16) | (bytes[24] << 24);
    return sized((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (startsWith(bytes, ascii('VP8 '), 12)) {
    // Lossy: a key frame's start code, then 14-bit width and height (the top two bits are scaling).
    if (!startsWith(bytes, [0x9d, 0x01, 0x2a], 23)) return null;
    return sized(uint16le(bytes, 26) & 0x3fff, uint16le(bytes, 28) & 0x3fff);
  }
  return null;
}

/** Pixel size from the header of a PNG, JPEG or WebP; null when the header cannot be read. */
export function imageSize(bytes: Uint8Array, type: SniffedType): PixelSize | null {
  if (type === 'image/png') return pngSize(bytes);
  if (type === 'image/jpeg') return jpegSize(bytes);
  if (type === 'image/webp') return webpSize(bytes);
  return null;
}
