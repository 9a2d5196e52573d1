// Largest Contentful Paint of the products page, from Chromium's own Performance API
// (PerformanceObserver, type 'largest-contentful-paint'), in Debian's chromium with a fresh profile
// and an empty cache. Start the shop first (./run.sh), then:
//   node web/scripts/products-lcp.mjs [url] [runs]     (default http://localhost:8080/products, 5 runs)
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';

const url = process.argv[2] ?? 'http://localhost:8080/products';
const runs = Number(process.argv[3] ?? 5);
const executablePath = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const samples = [];
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const lcp = await page.evaluate(
      () =>
        new Promise((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            const last = entries[entries.length - 1];
            resolve({ ms: last.startTime, element: last.element?.tagName ?? '', url: last.url ?? '' });
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
    samples.push(lcp.ms);
    console.log(`run ${run + 1}: LCP ${lcp.ms.toFixed(0)} ms (${lcp.element}${lcp.url ? ' ' + lcp.url.split('?')[0] : ''})`);
    await context.close();
  }
} finally {
  await browser.close();
}
samples.sort((a, b) => a - b);
console.log(`products page LCP: median ${samples[Math.floor(samples.length / 2)].toFixed(0)} ms, worst ${samples[samples.length - 1].toFixed(0)} ms over ${runs} cold loads (goal <= 1000 ms)`);
