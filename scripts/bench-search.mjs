// @ts-check
// Search benchmarks in Chromium on the built site: time from the first keystroke to visible
// results in the header box (cold: first search after the page loads, empty cache; warm: the
// next ones), at CPU ×1 and ×4 (Chromium's CPU throttling), bytes a first search loads, index
// size per language, Pagefind's default UI on the same build for comparison, and recall at the
// top 5 and mean reciprocal rank of plain Pagefind against the site's search. Prints; asserts
// nothing. Before typing, the visitor shows intent as a person does: the pointer goes over the
// field and it is focused, BENCH_INTENT_MS (default 300) before the first key.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './chromium.mjs';
import { plainPagefind, recall, searchCases, searchPaths, siteSearch } from './search-recall.mjs';
import { serveStatic } from './serve.mjs';

const dist = process.env.OGP_OUT_DIR ?? 'dist';
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const intentMs = Number(process.env.BENCH_INTENT_MS ?? 300);
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
 * Opens a page in a fresh browser context (empty cache) with the CPU slowed `cpu` times,
 * points at and focuses the field, types `queries` one after another, and measures each from
 * the first key to the moment results show.
 * @param {string} path @param {string} input @param {string} results @param {string[]} queries @param {number} cpu
 */
async function timeQueries(path, input, results, queries, cpu) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  let bytes = 0;
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    bytes += body.length;
  });
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  const before = bytes;
  await page.locator(input).hover();
  await page.locator(input).focus();
  await page.waitForTimeout(intentMs);
  /** @type {number[]} */
  const times = [];
  let firstBytes = 0;
  for (const [i, query] of queries.entries()) {
    if (i > 0) {
      await page.locator(input).fill('');
      await page.waitForTimeout(300);
    }
    // Timed in the page: from the input event to the frame where the first result is visible.
    const elapsed = page.evaluate(
      ({ input, results }) =>
        new Promise((resolve) => {
          const field = /** @type {HTMLInputElement} */ (document.querySelector(input));
          field.addEventListener(
            'input',
            () => {
              const start = performance.now();
              const check = () => {
                const first = document.querySelector(results);
                if (first && /** @type {HTMLElement} */ (first).checkVisibility())
                  resolve(performance.now() - start);
                else requestAnimationFrame(check);
              };
              check();
            },
            { once: true },
          );
        }),
      { input, results },
    );
    await page.locator(input).fill(query);
    times.push(Math.round(/** @type {number} */ (await elapsed)));
    if (i === 0) {
      await page.waitForLoadState('networkidle');
      firstBytes = bytes - before;
    }
  }
  await context.close();
  return { cold: times[0] ?? NaN, warm: times.slice(1), firstBytes };
}

const queries = ['trauksmes', 'atvērtie dati', 'memoranda padome', 'līdzdalība', 'budžets'];
const targets = {
  ours: ['lv/', '#search-header', '#search-header-list [role="option"]'],
  ui: ['_bench/pagefind-ui-lv.html', '.pagefind-ui__search-input', '.pagefind-ui__result'],
};
console.log(
  `## Search speed and weight (Chromium, loopback, median of ${rounds} runs, intent ${intentMs} ms before the first key)`,
);
console.log(
  '| | CPU | first search (cold) | later search (warm) | bytes loaded by the first search |',
);
console.log('|---|---|---|---|---|');
for (const cpu of [1, 4]) {
  for (const [name, target] of Object.entries(targets)) {
    const [path = '', input = '', shown = ''] = target;
    /** @type {number[]} */
    const cold = [];
    /** @type {number[]} */
    const warm = [];
    let bytes = 0;
    for (let i = 0; i < rounds; i++) {
      const run = await timeQueries(path, input, shown, queries, cpu);
      cold.push(run.cold);
      warm.push(...run.warm);
      bytes = run.firstBytes;
    }
    const label = name === 'ours' ? "this site's search box" : 'Pagefind default UI';
    console.log(`| ${label} | ×${cpu} | ${median(cold)} ms | ${median(warm)} ms | ${kb(bytes)} |`);
  }
}

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

console.log('\n## Recall at top 5 and mean reciprocal rank (tests/fixtures/search-queries.json)');
console.log('| language | queries | plain Pagefind recall@5 | MRR | this site recall@5 | MRR |');
console.log('|---|---|---|---|---|---|');
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
  const pct = (/** @type {number} */ x) => `${(x * 100).toFixed(1)} %`;
  console.log(
    `| ${lang} | ${cases.length} | ${pct(before.recall)} | ${before.mrr.toFixed(3)} | ${pct(after.recall)} | ${after.mrr.toFixed(3)} |`,
  );
  if (process.env.BENCH_VERBOSE) for (const miss of after.misses) console.log(`  missed: ${miss}`);
  // Back to a page of the language before plain Pagefind runs again.
  await page.goto(`${server.url}${searchPaths[lang]}`);
}

await browser.close();
await server.close();
rmSync(uiDir, { recursive: true, force: true });
