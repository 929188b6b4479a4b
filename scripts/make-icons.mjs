#!/usr/bin/env node
// Draws the toolbar/store icons (public/icons/icon-N.png): a red rounded square holding three
// white bars indented like an outline (一、 → （一） → 1.). Run once after changing the design;
// the PNGs are committed so the build needs no image tooling.
import { deflateSync, crc32 } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 48, 128];
const RED = [184, 50, 42];
const WHITE = [255, 255, 255];
const SUPERSAMPLE = 4;

// Shapes in a 0..1 box: the tile, then the bars (x, y, width, height), drawn white on red.
const TILE_RADIUS = 0.22;
const BARS = [
  [0.2, 0.24, 0.6, 0.12],
  [0.32, 0.44, 0.48, 0.12],
  [0.32, 0.64, 0.36, 0.12],
];

function insideRoundedBox(x, y, left, top, width, height, radius) {
  const right = left + width, bottom = top + height;
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** RGBA pixels of one icon size, anti-aliased by supersampling. */
function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0, bar = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRoundedBox(x, y, 0, 0, 1, 1, TILE_RADIUS)) continue;
          tile++;
          if (BARS.some(([l, t, w, h]) => insideRoundedBox(x, y, l, t, w, h, h / 2))) bar++;
        }
      }
      const i = (py * size + px) * 4;
      const share = tile ? bar / tile : 0;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(RED[c] * (1 - share) + WHITE[c] * share);
      pixels[i + 3] = Math.round((255 * tile) / samples);
    }
  }
  return pixels;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, drawIcon(size)));
  console.log(file);
}
