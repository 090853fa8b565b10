/**
 * Generates the add-in icons (assets/icon-<size>.png): a teal tile with a white estimate table (header band
 * and ruled rows) and a gold coin — drawn as vector shapes in unit coordinates, supersampled 4×4 per pixel.
 * Run: node packages/cli/bin/run-ts.js packages/excel-addin/scripts/gen-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from './png.ts';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = [number, number, number, number];
const TEAL: Rgba = [15, 110, 90, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const INK: Rgba = [15, 110, 90, 255];
const BAND: Rgba = [196, 226, 218, 255];
const GOLD: Rgba = [240, 180, 41, 255];
const GOLD_DARK: Rgba = [176, 120, 12, 255];

function inRoundRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Colour of the icon at unit coordinates (0..1), or null for transparent. */
function shade(x: number, y: number): Rgba | null {
  const coin = (x - 0.74) ** 2 + (y - 0.74) ** 2;
  if (coin <= 0.2 ** 2) {
    if (coin >= 0.165 ** 2) return GOLD_DARK;
    // a vertical bar: the đồng mark reduced to its stem, readable at 16 px
    if (Math.abs(x - 0.74) < 0.035 && Math.abs(y - 0.74) < 0.11) return GOLD_DARK;
    return GOLD;
  }
  if (!inRoundRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.16)) return null;
  // the sheet
  if (x >= 0.17 && x <= 0.71 && y >= 0.15 && y <= 0.85) {
    const line = 0.045;
    if (y <= 0.29) return y > 0.29 - line ? INK : BAND; // header band
    for (const ry of [0.43, 0.57, 0.71]) if (Math.abs(y - ry) < line / 2) return INK;
    if (Math.abs(x - 0.33) < line / 2) return INK; // STT column rule
    return WHITE;
  }
  return TEAL;
}

export function renderIcon(size: number): Uint8Array {
  const ss = 4;
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          const w = c[3] / 255;
          r += c[0] * w; g += c[1] * w; b += c[2] * w; a += w;
        }
      }
      const o = (py * size + px) * 4;
      const n = ss * ss;
      out[o] = a ? Math.round(r / a) : 0;
      out[o + 1] = a ? Math.round(g / a) : 0;
      out[o + 2] = a ? Math.round(b / a) : 0;
      out[o + 3] = Math.round((a / n) * 255);
    }
  }
  return out;
}

export function writeIcons(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return ICON_SIZES.map((s) => {
    const file = join(dir, `icon-${s}.png`);
    writeFileSync(file, encodePng(s, s, renderIcon(s)));
    return file;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  for (const f of writeIcons(dir)) console.log(f);
}
