/**
 * Draws the Claimlens icon (a lens over two highlighted lines, on a rounded square) and writes
 * public/icon/{16,32,48,96,128}.png, the sizes Chrome and Firefox ask for; WXT finds them there
 * and lists them in the manifest. Pure JS: shapes as distance functions, 4x4 supersampling for
 * antialiasing, and a minimal PNG encoder over node:zlib (no image package needed).
 *
 *   npx tsx scripts/make-icons.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

type RGBA = [number, number, number, number];

const SIZES = [16, 32, 48, 96, 128];
const OUT = path.resolve(import.meta.dirname, '../public/icon');

// Colours: the highlight tints of assets/highlight.css on a deep blue tile.
const TILE: RGBA = [30, 58, 138, 255];
const MONEY: RGBA = [74, 222, 128, 255];
const COMPANY: RGBA = [147, 197, 253, 255];
const LENS: RGBA = [255, 255, 255, 255];

/** Distance from (x, y) to a segment a-b. */
function segDist(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

/** The colour at a point of the unit square [0,1]², or undefined for transparent. */
function shade(x: number, y: number): RGBA | undefined {
  // Rounded-square tile.
  const r = 0.2;
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const qy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  if (Math.hypot(qx, qy) > r) return undefined;
  const cx = 0.42;
  const cy = 0.42;
  const ring = Math.hypot(x - cx, y - cy);
  // Handle, then the ring of the lens.
  if (segDist(x, y, 0.6, 0.6, 0.82, 0.82) < 0.065) return LENS;
  if (ring > 0.2 && ring < 0.275) return LENS;
  // Two highlighted lines seen through the lens.
  if (ring <= 0.2) {
    if (Math.abs(y - 0.35) < 0.055 && x > 0.26 && x < 0.58) return MONEY;
    if (Math.abs(y - 0.5) < 0.055 && x > 0.26 && x < 0.5) return COMPANY;
  }
  return TILE;
}

/** Renders a size×size RGBA buffer, averaging 4×4 samples per pixel. */
function render(size: number): Buffer {
  const px = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = shade((x + (sx + 0.5) / n) / size, (y + (sy + 0.5) / n) / size);
          if (!c) continue;
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const i = (y * size + x) * 4;
      px[i] = a ? Math.round(r / a) : 0;
      px[i + 1] = a ? Math.round(g / a) : 0;
      px[i + 2] = a ? Math.round(b / a) : 0;
      px[i + 3] = Math.round(a / (n * n));
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Encodes an RGBA buffer as a PNG (8-bit RGBA, filter 0 on every row). */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  const file = path.join(OUT, `${size}.png`);
  fs.writeFileSync(file, encodePng(size, size, render(size)));
  console.log(`${path.relative(process.cwd(), file)}  ${fs.statSync(file).size} B`);
}
