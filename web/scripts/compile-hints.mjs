// Asks the browser to compile the first page's scripts eagerly, while they download, instead of
// function by function on the main thread as the app's bootstrap first calls each one: V8's
// explicit compile hint, a first-line comment (Chrome 136+; other browsers read a comment). On home
// under Lighthouse's 4x slowdown Angular's bootstrap task went from about 450 to about 220 ms
// (docs/performance.md). Only the scripts index.html loads: every function in them runs at start;
// the lazy routes' chunks keep V8's own choice.
//   node web/scripts/compile-hints.mjs [dir]      (default web/dist/storefront/browser; npm run build runs it)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const hint = '//# allFunctionsCalledOnLoad\n';
const root = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'storefront', 'browser');
const index = readFileSync(join(root, 'index.html'), 'utf8');
const initial = new Set([...index.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]));

for (const file of initial) {
  const path = join(root, file);
  const code = readFileSync(path, 'utf8');
  if (code.startsWith(hint)) continue;
  writeFileSync(path, hint + code);
  // A source map (ng build --source-map) maps generated lines in order: one empty line in front.
  if (existsSync(`${path}.map`)) {
    const map = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
    map.mappings = `;${map.mappings}`;
    writeFileSync(`${path}.map`, JSON.stringify(map));
  }
}
console.log(`compile hints: ${[...initial].join(', ')}`);
