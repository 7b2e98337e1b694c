import { encodePng } from './png';

/**
 * Flat placeholder artwork for the seed's logos, banners and scanned documents: real PNGs of the sizes
 * the upload rules ask for, a few hundred bytes each, so the demo shows pictures and not broken links.
 */
export type Rgb = readonly [number, number, number];

const WHITE: Rgb = [255, 255, 255];
const PAPER: Rgb = [250, 249, 245];
const INK: Rgb = [150, 150, 150];
const STAMP: Rgb = [200, 40, 40];

const within = (x: number, y: number, cx: number, cy: number, radius: number) =>
  (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;

/** A square logo (240 px, inside the logo rule): a ring in the accent colour on the brand colour. */
export const logoPng = (colour: Rgb, accent: Rgb = WHITE) =>
  encodePng({
    width: 240,
    height: 240,
    palette: [colour, accent],
    pixel: (x, y) => (within(x, y, 120, 120, 84) && !within(x, y, 120, 120, 60) ? 1 : 0),
  });

/** A 960 × 320 banner: the brand colour with a lighter band and a disc on the right. */
export const bannerPng = (colour: Rgb, light: Rgb) =>
  encodePng({
    width: 960,
    height: 320,
    palette: [colour, light, WHITE],
    pixel: (x, y) => {
      if (within(x, y, 780, 160, 96)) return 2;
      return y > 200 && y < 240 ? 1 : 0;
    },
  });

/** A scanned page: grey lines of text in a frame and a red seal, like a licence or certificate. */
export const documentPng = () =>
  encodePng({
    width: 240,
    height: 320,
    palette: [PAPER, INK, STAMP],
    pixel: (x, y) => {
      const inside = x >= 12 && x <= 227 && y >= 12 && y <= 307;
      const frame = inside && (x === 12 || x === 227 || y === 12 || y === 307);
      if (frame) return 1;
      if (within(x, y, 180, 262, 30) && !within(x, y, 180, 262, 26)) return 2;
      const textLine = y >= 56 && y <= 220 && y % 18 < 4;
      // Every third line ends short, as paragraphs do.
      const lineEnd = Math.floor(y / 18) % 3 === 2 ? 150 : 210;
      return textLine && x >= 30 && x <= lineEnd ? 1 : 0;
    },
  });

/** A plain image of any size, for tests of the upload rules. */
export const plainPng = (width: number, height: number, colour: Rgb = [200, 200, 200]) =>
  encodePng({ width, height, palette: [colour], pixel: () => 0 });
