#!/usr/bin/env node
/**
 * Generates the demo images in database/seed/images (committed; rerun only to change them):
 * flat-colour product shots and banners drawn with simple shapes, encoded as PNG with node's zlib.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'images');

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(width, height, pixel) {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y);
      const o = y * (width * 3 + 1) + 1 + x * 3;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hsl = (h, s, l) => {
  const a = s * Math.min(l, 1 - l);
  const f = (n) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
};

for (let i = 1; i <= 31; i++) {
  const hue = (i * 47) % 360;
  const bg = hsl(hue, 0.45, 0.92);
  const fg = hsl(hue, 0.6, 0.55);
  const shape = i % 3;
  const img = png(480, 480, (x, y) => {
    const dx = x - 240;
    const dy = y - 240;
    const inside = shape === 0 ? dx * dx + dy * dy < 150 * 150 : shape === 1 ? Math.abs(dx) < 130 && Math.abs(dy) < 130 : Math.abs(dx) + Math.abs(dy) < 170;
    return inside ? fg : bg;
  });
  writeFileSync(path.join(dir, `good-${String(i).padStart(2, '0')}.png`), img);
}
for (let i = 1; i <= 3; i++) {
  const a = hsl(i * 110, 0.7, 0.5);
  const b = hsl(i * 110 + 40, 0.7, 0.65);
  const img = png(750, 300, (x) => {
    const t = x / 750;
    return a.map((v, k) => Math.round(v * (1 - t) + b[k] * t));
  });
  writeFileSync(path.join(dir, `banner-${i}.png`), img);
}
console.log(`images written to ${dir}`);
