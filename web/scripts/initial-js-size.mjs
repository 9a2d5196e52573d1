// Initial JavaScript of the production build as a browser receives it: every script and
// modulepreload that web/dist/storefront/browser/index.html names, gzipped (level 6, as servers do).
//   node web/scripts/initial-js-size.mjs            (after ng build)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'storefront', 'browser');
const index = readFileSync(join(root, 'index.html'), 'utf8');
const files = [...index.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]);
let raw = 0;
let gzipped = 0;
for (const file of new Set(files)) {
  const bytes = readFileSync(join(root, file));
  const size = gzipSync(bytes, { level: 6 }).length;
  raw += bytes.length;
  gzipped += size;
  console.log(`${file.padEnd(28)} ${(bytes.length / 1000).toFixed(1).padStart(7)} kB raw ${(size / 1000).toFixed(1).padStart(7)} kB gzip`);
}
console.log(`initial JavaScript: ${files.length} files, ${(raw / 1000).toFixed(1)} kB raw, ${(gzipped / 1000).toFixed(1)} kB gzip (goal <= 250 kB)`);
