// Lighthouse's default mobile audit (simulated slow 4G, 4x CPU slowdown, a phone's viewport) of the
// storefront's three landing pages, each run N times in Debian's chromium with a fresh profile, and
// the median of every figure. Start the shop first (./run.sh), then:
//   npm ci --prefix tools/lighthouse
//   node tools/lighthouse/storefront.mjs [base-url] [runs]     (default http://localhost:8080, 3 runs)
// Reports land in .local/lighthouse/ (one JSON per run) for a closer look at any figure.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const base = (process.argv[2] ?? 'http://localhost:8080').replace(/\/$/, '');
const runs = Number(process.argv[3] ?? 3);
const only = process.argv[4];
const pages = [
  ['home', '/'],
  ['product list', '/products'],
  ['product page', '/products/P001'],
];
const goals = { lcp: 2500, tbt: 200, cls: 0.1, category: 0.9 };
const chromeFlags = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
].join(' ');
const chromePath = process.env.CHROME_PATH ?? execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
const out = join(here, '..', '..', '.local', 'lighthouse');
mkdirSync(out, { recursive: true });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function audit(url, file) {
  execFileSync(process.execPath, [
    join(here, 'node_modules', 'lighthouse', 'cli', 'index.js'), url,
    '--output=json', `--output-path=${file}`, `--chrome-flags=${chromeFlags}`, '--quiet',
  ], { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'inherit'] });
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.runtimeError) throw new Error(`${url}: ${report.runtimeError.message}`);
  const category = (id) => report.categories[id].score;
  const audits = report.audits;
  return {
    performance: category('performance'),
    accessibility: category('accessibility'),
    bestPractices: category('best-practices'),
    seo: category('seo'),
    fcp: audits['first-contentful-paint'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    si: audits['speed-index'].numericValue,
    benchmarkIndex: report.environment.benchmarkIndex,
  };
}

const rows = [];
for (const [name, path] of pages.filter(([, path]) => !only || path === only)) {
  const samples = [];
  for (let run = 1; run <= runs; run++) {
    const file = join(out, `${name.replace(/ /g, '-')}-${run}.json`);
    const sample = audit(base + path, file);
    samples.push(sample);
    console.error(`${name} run ${run}: performance ${sample.performance}, LCP ${Math.round(sample.lcp)} ms, TBT ${Math.round(sample.tbt)} ms, CLS ${sample.cls.toFixed(3)}, benchmark index ${Math.round(sample.benchmarkIndex)}`);
  }
  const m = (key) => median(samples.map((sample) => sample[key]));
  const performances = samples.map((sample) => sample.performance);
  rows.push({
    name, path,
    performance: `${m('performance').toFixed(2)} (${Math.min(...performances).toFixed(2)}–${Math.max(...performances).toFixed(2)})`,
    fcp: m('fcp'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls'), si: m('si'),
    accessibility: m('accessibility'), bestPractices: m('bestPractices'), seo: m('seo'),
    met: m('lcp') <= goals.lcp && m('tbt') <= goals.tbt && m('cls') <= goals.cls
      && ['performance', 'accessibility', 'bestPractices', 'seo'].every((key) => m(key) >= goals.category),
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`Lighthouse 12.2.3, mobile (simulated slow 4G, 4x CPU), ${base}, median of ${runs} runs a page`);
console.log('| page | performance (min–max) | FCP | LCP | TBT | CLS | Speed Index | accessibility | best practices | SEO | goal met |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) {
  console.log(`| ${row.name} (\`${row.path}\`) | ${row.performance} | ${seconds(row.fcp)} | ${seconds(row.lcp)} | ${Math.round(row.tbt)} ms | ${row.cls.toFixed(3)} | ${seconds(row.si)} | ${row.accessibility.toFixed(2)} | ${row.bestPractices.toFixed(2)} | ${row.seo.toFixed(2)} | ${row.met ? 'yes' : 'no'} |`);
}
