// @ts-check
// Search benchmarks in Chromium on the built site: time to the first results in the header
// box (cold: first search after the page loads; warm: the next one), bytes a first search
// loads, index size per language, Pagefind's default UI on the same build for comparison,
// and recall at the top 5 of plain Pagefind against the site's search. Prints; asserts nothing.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './chromium.mjs';
import { plainPagefind, recall, searchCases, searchPaths, siteSearch } from './search-recall.mjs';
import { serveStatic } from './serve.mjs';

const dist = process.env.OGP_OUT_DIR ?? 'dist';
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KiB`;
const median = (/** @type {number[]} */ xs) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

// Pagefind's default UI on a page of its own, per language, for comparison.
const uiDir = join(dist, '_bench');
mkdirSync(uiDir, { recursive: true });
for (const lang of ['lv', 'en']) {
  writeFileSync(
    join(uiDir, `pagefind-ui-${lang}.html`),
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Pagefind UI</title><link rel="stylesheet" href="/pagefind/pagefind-ui.css"><script src="/pagefind/pagefind-ui.js"></script></head><body><div id="search"></div><script type="module">new PagefindUI({ element: '#search' });</script></body></html>`,
  );
}

const server = await serveStatic(dist);
const browser = await launchBrowser();

/**
 * Opens a page in a fresh browser context, types `queries` one after another, and measures
 * each from the first key to the moment results show.
 * @param {string} path @param {string} input @param {string} results @param {string[]} queries
 */
async function timeQueries(path, input, results, queries) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    bytes += body.length;
  });
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  const before = bytes;
  /** @type {number[]} */
  const times = [];
  let firstBytes = 0;
  for (const [i, query] of queries.entries()) {
    await page.locator(input).fill('');
    await page.waitForTimeout(300);
    const start = Date.now();
    await page.locator(input).fill(query);
    await page.locator(results).first().waitFor({ state: 'visible' });
    times.push(Date.now() - start);
    if (i === 0) {
      await page.waitForLoadState('networkidle');
      firstBytes = bytes - before;
    }
  }
  await context.close();
  return { cold: times[0] ?? NaN, warm: times.slice(1), firstBytes };
}

const results = {
  ours: { cold: /** @type {number[]} */ ([]), warm: /** @type {number[]} */ ([]), bytes: 0 },
  ui: { cold: /** @type {number[]} */ ([]), warm: /** @type {number[]} */ ([]), bytes: 0 },
};
for (let i = 0; i < rounds; i++) {
  const ours = await timeQueries('lv/', '#search-header', '#search-header-list [role="option"]', [
    'trauksmes',
    'atvērtie dati',
    'memoranda padome',
  ]);
  results.ours.cold.push(ours.cold);
  results.ours.warm.push(...ours.warm);
  results.ours.bytes = ours.firstBytes;
  const ui = await timeQueries(
    '_bench/pagefind-ui-lv.html',
    '.pagefind-ui__search-input',
    '.pagefind-ui__result',
    ['trauksmes', 'atvērtie dati', 'memoranda padome'],
  );
  results.ui.cold.push(ui.cold);
  results.ui.warm.push(...ui.warm);
  results.ui.bytes = ui.firstBytes;
}

console.log('## Search speed and weight (Chromium, loopback, median of runs)');
console.log('| | first search (cold) | later search (warm) | bytes loaded by the first search |');
console.log('|---|---|---|---|');
console.log(
  `| this site's search box | ${median(results.ours.cold)} ms | ${median(results.ours.warm)} ms | ${kb(results.ours.bytes)} |`,
);
console.log(
  `| Pagefind default UI | ${median(results.ui.cold)} ms | ${median(results.ui.warm)} ms | ${kb(results.ui.bytes)} |`,
);

console.log('\n## Index size per language');
const files = readdirSync(join(dist, 'pagefind'), { recursive: true, encoding: 'utf-8' })
  .map((f) => join(dist, 'pagefind', f))
  .filter((f) => statSync(f).isFile());
for (const lang of ['lv', 'en']) {
  const own = files.filter(
    (f) => (f.split('/').at(-1) ?? '').startsWith(`${lang}_`) || f.includes(`pagefind.${lang}_`),
  );
  console.log(
    `${lang}: ${kb(own.reduce((sum, f) => sum + statSync(f).size, 0))} (index chunks, fragments, metadata)`,
  );
}

console.log('\n## Recall at top 5 (tests/fixtures/search-queries.json)');
console.log('| language | queries | plain Pagefind | this site |');
console.log('|---|---|---|---|');
const page = await browser.newPage();
for (const lang of /** @type {const} */ (['lv', 'en'])) {
  const cases = searchCases[lang];
  await page.goto(`${server.url}${searchPaths[lang]}`);
  /** @type {string[][]} */
  const plain = [];
  for (const c of cases) plain.push(await plainPagefind(page, c.q));
  /** @type {string[][]} */
  const ours = [];
  for (const c of cases) ours.push(await siteSearch(page, server.url, searchPaths[lang], c.q));
  const before = recall(lang, cases, plain);
  const after = recall(lang, cases, ours);
  console.log(
    `| ${lang} | ${cases.length} | ${(before.recall * 100).toFixed(1)} % | ${(after.recall * 100).toFixed(1)} % |`,
  );
  if (process.env.BENCH_VERBOSE) for (const miss of after.misses) console.log(`  missed: ${miss}`);
  // Back to a page of the language before plain Pagefind runs again.
  await page.goto(`${server.url}${searchPaths[lang]}`);
}

await browser.close();
await server.close();
rmSync(uiDir, { recursive: true, force: true });
