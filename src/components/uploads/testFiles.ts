// For tests: files the mock platform accepts, since it reads the real bytes (type and pixel size).

/** A PNG of the given pixel size: the signature and an IHDR chunk, which is all a header reader needs. */
export function pngFile(name: string, width = 1, height = 1): File {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer);
  view.setUint32(8, 13);
  bytes.set([0x49, 0x48, 0x44, 0x52], 12); // IHDR
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 2, 0, 0, 0], 24); // 8-bit RGB, no interlace; the CRC stays zero
  return new File([bytes], name, { type: 'image/png' });
}
