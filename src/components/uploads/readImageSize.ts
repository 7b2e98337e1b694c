export interface ImageSize {
  width: number;
  height: number;
}

/**
 * Reads an image's pixel size before it is sent. Answers null when this browser can't decode images at all
 * (jsdom in tests, very old browsers): the pixel checks are then left to the platform, which reads the header.
 * Throws when the browser can decode images but not this one (a damaged or mislabelled file).
 */
export type PixelReader = (file: Blob) => Promise<ImageSize | null>;

export const readImageSize: PixelReader = async (file) => {
  if (typeof createImageBitmap !== 'function') return null;
  const bitmap = await createImageBitmap(file);
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
};
