// Draws the add-in icons (assets/icon-N.png and assets/icon.svg) from one geometry, with Node
// built-ins only, so the icons can be regenerated anywhere without an image tool or a package.
// Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

// 32 and 64: IconUrl and HighResolutionIconUrl of a task-pane add-in; 16, 32, 80: ribbon buttons.
const SIZES = [16, 32, 64, 80];
const BLUE = [0x0f, 0x6c, 0xbd]; // Fluent "brand" blue
const WHITE = [0xff, 0xff, 0xff];

// Geometry in unit coordinates (0..1, y down): a rounded tile with a white rising line and arrow.
const CORNER = 0.2;
const STROKE = 0.1;
const LINE = [
  [0.18, 0.74],
  [0.4, 0.5],
  [0.55, 0.62],
  [0.72, 0.42],
];
const HEAD_LENGTH = 0.24;
const HEAD_WIDTH = 0.3;

const arrowHead = (() => {
  const [x1, y1] = LINE[LINE.length - 2];
  const [x2, y2] = LINE[LINE.length - 1];
  const len = Math.hypot(x2 - x1, y2 - y1);
  const [dx, dy] = [(x2 - x1) / len, (y2 - y1) / len];
  // The line ends inside the head, so the joint never shows a notch.
  const tip = [x2 + dx * HEAD_LENGTH * 0.6, y2 + dy * HEAD_LENGTH * 0.6];
  const base = [x2 - dx * HEAD_LENGTH * 0.4, y2 - dy * HEAD_LENGTH * 0.4];
  const half = HEAD_WIDTH / 2;
  return [
    tip,
    [base[0] - dy * half, base[1] + dx * half],
    [base[0] + dy * half, base[1] - dx * half],
  ];
})();

function insideRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, CORNER), 1 - CORNER);
  const cy = Math.min(Math.max(y, CORNER), 1 - CORNER);
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 && Math.hypot(x - cx, y - cy) <= CORNER;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const [vx, vy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
}

function insideTriangle(px, py, [a, b, c]) {
  const side = (p, q) => (q[0] - p[0]) * (py - p[1]) - (q[1] - p[1]) * (px - p[0]);
  const [s1, s2, s3] = [side(a, b), side(b, c), side(c, a)];
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

function insideGlyph(x, y) {
  for (let i = 1; i < LINE.length; i++) {
    if (distanceToSegment(x, y, LINE[i - 1], LINE[i]) <= STROKE / 2) return true;
  }
  return insideTriangle(x, y, arrowHead);
}

/** RGBA pixels; each pixel averages a grid of samples so edges are anti-aliased. */
function render(size) {
  const samples = size <= 32 ? 8 : 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      const sum = [0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!insideRoundedSquare(x, y)) continue;
          const color = insideGlyph(x, y) ? WHITE : BLUE;
          covered++;
          for (let k = 0; k < 3; k++) sum[k] += color[k];
        }
      }
      const o = (py * size + px) * 4;
      // PNG alpha is straight (not premultiplied): colour is the mean over covered samples.
      for (let k = 0; k < 3; k++) rgba[o + k] = covered ? Math.round(sum[k] / covered) : 0;
      rgba[o + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method extras, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    // Each scanline starts with filter type 0 (none); deflate does the compressing.
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function svg() {
  const s = (v) => +(v * 128).toFixed(2);
  const points = (list) => list.map(([x, y]) => `${s(x)},${s(y)}`).join(" ");
  const hex = `#${BLUE.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">`,
    `  <rect width="128" height="128" rx="${s(CORNER)}" fill="${hex}"/>`,
    `  <polyline points="${points(LINE)}" fill="none" stroke="#fff" stroke-width="${s(STROKE)}" stroke-linecap="round" stroke-linejoin="round"/>`,
    `  <polygon points="${points(arrowHead)}" fill="#fff"/>`,
    `</svg>`,
    ``,
  ].join("\n");
}

function main() {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    writeFileSync(path.join(dir, `icon-${size}.png`), encodePng(size, render(size)));
  }
  writeFileSync(path.join(dir, "icon.svg"), svg());
  console.log(`Wrote ${SIZES.map((n) => `icon-${n}.png`).join(", ")} and icon.svg to ${dir}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
