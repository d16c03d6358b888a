// @ts-check
// Measures the site: build time for the real content and for generated content of growing
// size, the size of dist/ and the search index, and what a first visit to each page type
// loads (in Chromium). Prints tables; asserts nothing. `npm run bench` also runs the search and
// Lighthouse benchmarks.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './chromium.mjs';
import { pageTypes } from './page-types.mjs';
import { serveStatic } from './serve.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const sizes = (process.env.BENCH_SIZES ?? '50,500,2000')
  .split(',')
  .map(Number)
  .filter((s) => s > 0);
const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KiB`;
const median = (/** @type {number[]} */ xs) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
/** @param {string} dir */
const files = (dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
const size = (/** @type {string[]} */ list) => list.reduce((sum, f) => sum + statSync(f).size, 0);

/** Builds with the given environment and returns the wall time in seconds. */
function timedBuild(/** @type {Record<string, string>} */ env = {}) {
  const start = performance.now();
  const result = spawnSync('npm', ['run', 'build'], {
    stdio: 'ignore',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`npm run build failed (${JSON.stringify(env)})`);
  return (performance.now() - start) / 1000;
}

console.log('## Build time (astro build + 404 pages + search index)');
console.log('| content | pages per language | build, median | ');
console.log('|---|---|---|');
const real = Array.from({ length: runs }, () => timedBuild());
const html = files('dist').filter((f) => f.endsWith('.html'));
const perLang = html.filter((f) => f.startsWith('dist/lv/')).length;
console.log(`| real content | ${perLang} | ${median(real).toFixed(1)} s (of ${runs}) |`);
for (const n of sizes) {
  const dir = `bench-results/generated-${n}`;
  spawnSync('node', ['scripts/generate-content.mjs', String(n), dir], { stdio: 'ignore' });
  const seconds = timedBuild({
    OGP_CONTENT_DIR: dir,
    OGP_OUT_DIR: `${dir}-dist`,
    OGP_CACHE_DIR: `${dir}-cache`,
  });
  const pages = files(`${dir}-dist/lv`).filter((f) => f.endsWith('.html')).length;
  console.log(`| real + ${n} generated | ${pages} | ${seconds.toFixed(1)} s |`);
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}-dist`, { recursive: true, force: true });
  rmSync(`${dir}-cache`, { recursive: true, force: true });
}

const all = files('dist');
const byDir = (/** @type {string} */ d) => all.filter((f) => f.startsWith(`dist/${d}/`));
console.log('\n## dist/');
console.log(
  `${all.length} files, ${kb(size(all))}: HTML ${kb(size(html))}, search index ${kb(size(byDir('pagefind')))}, share images ${kb(size(byDir('og')))}, open data ${kb(size(byDir('data')))}`,
);

console.log(
  '\n## First visit per page type, in Chromium (everything the page loads before any interaction)',
);
console.log('| page type | HTML | CSS | JS | fonts | images | total | total gzip |');
console.log('|---|---|---|---|---|---|---|---|');
const samples = pageTypes;
const server = await serveStatic('dist');
const browser = await launchBrowser();
for (const [name, path] of Object.entries(samples)) {
  const page = await browser.newPage();
  /** @type {Record<string, { raw: number, gzip: number }>} */
  const totals = {
    document: { raw: 0, gzip: 0 },
    stylesheet: { raw: 0, gzip: 0 },
    script: { raw: 0, gzip: 0 },
    font: { raw: 0, gzip: 0 },
    image: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
  };
  /** @type {Promise<void>[]} */
  const pending = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const type = response.request().resourceType();
          const bucket = totals[type in totals ? type : 'other'];
          if (!bucket) return;
          bucket.raw += body.length;
          bucket.gzip += gzipSync(body).length;
        },
        () => {},
      ),
    );
  });
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  const t = totals;
  const sum = Object.values(t).reduce((s, b) => ({ raw: s.raw + b.raw, gzip: s.gzip + b.gzip }), {
    raw: 0,
    gzip: 0,
  });
  console.log(
    `| ${name} | ${kb(t.document?.raw ?? 0)} | ${kb(t.stylesheet?.raw ?? 0)} | ${kb(t.script?.raw ?? 0)} | ${kb(t.font?.raw ?? 0)} | ${kb(t.image?.raw ?? 0)} | ${kb(sum.raw)} | ${kb(sum.gzip)} |`,
  );
  await page.close();
}
await browser.close();
await server.close();
console.log(
  '\n(search: the page runs a search on load, so its JS and other columns include the search code, Pagefind and its index.)',
);
