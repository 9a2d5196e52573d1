// Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the production build, at
// the highest levels: done once here, a server only picks the copy a browser accepts (the API's
// StorefrontFiles) instead of compressing on every request. Fonts (woff2) and pictures in raster
// formats are compressed already and are left alone.
//   node web/scripts/precompress.mjs [dir]      (default web/dist/storefront/browser; npm run build runs it)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'storefront', 'browser');
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.txt', '.xml', '.webmanifest']);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (compressible.has(extname(name))) yield path;
  }
}

let raw = 0;
let brotli = 0;
let gzip = 0;
for (const path of files(root)) {
  const bytes = readFileSync(path);
  const br = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  const gz = gzipSync(bytes, { level: 9 });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gz);
  raw += bytes.length;
  brotli += br.length;
  gzip += gz.length;
}
console.log(`precompressed ${root}: ${(raw / 1000).toFixed(1)} kB -> brotli ${(brotli / 1000).toFixed(1)} kB, gzip ${(gzip / 1000).toFixed(1)} kB`);
