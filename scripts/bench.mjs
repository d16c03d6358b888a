// @ts-check
// Measures the site: build time, size of dist/ and of the search index, pages per language,
// and what a first visit to each page type loads. Prints a table; asserts nothing.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const runs = Number(process.env.BENCH_RUNS ?? 3);

/** @param {string} dir */
const files = (dir) => readdirSync(dir, { recursive: true, encoding: 'utf-8' }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
/** @param {number} n */
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

const times = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
  if (result.status !== 0) throw new Error('npm run build failed');
  times.push((performance.now() - start) / 1000);
}
times.sort((a, b) => a - b);

const all = files(dist);
const size = (/** @type {string[]} */ list) => list.reduce((sum, f) => sum + statSync(f).size, 0);
const gz = (/** @type {string[]} */ list) => list.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
const pagefind = all.filter((f) => f.includes(`${dist}/pagefind/`));
const html = all.filter((f) => f.endsWith('.html'));

console.log('## Build');
console.log(`build (astro + 404s + pagefind), median of ${runs}: ${times[Math.floor(runs / 2)]?.toFixed(2)} s (min ${times[0]?.toFixed(2)} s)`);
for (const lang of ['lv', 'en']) console.log(`pages in ${lang}: ${html.filter((f) => f.startsWith(`${dist}/${lang}/`)).length}`);
console.log(`dist/: ${all.length} files, ${kb(size(all))}`);
console.log(`search index (dist/pagefind): ${kb(size(pagefind))}`);
const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf-8'));
for (const [lang, info] of Object.entries(entry.languages)) {
  // The language's own files: its index chunks, page fragments and metadata (the shared JS and WASM are not counted).
  const own = pagefind.filter((f) => /\/(index|fragment)\//.test(f) ? f.split('/').at(-1)?.startsWith(`${lang}_`) : f.includes(info.hash));
  console.log(`  ${lang}: ${info.page_count} pages indexed, ${kb(size(own))} of index, fragments and metadata`);
}

console.log('\n## First visit per page type (HTML + CSS + JS it references)');
console.log('| page | HTML | CSS | JS | total | total gzip |');
console.log('|---|---|---|---|---|---|');
const samples = {
  home: 'lv/index.html',
  prose: 'lv/kas-ir-ogp/index.html',
  plan: 'lv/plani/3/index.html',
  commitment: 'lv/apnemsanas/lv0029/index.html',
  'plans table': 'lv/plani/index.html',
  search: 'lv/meklet/index.html',
};
for (const [name, file] of Object.entries(samples)) {
  const path = join(dist, file);
  const text = readFileSync(path, 'utf-8');
  const refs = [...text.matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)].map((m) => join(dist, m[1] ?? ''));
  const css = refs.filter((f) => f.endsWith('.css'));
  const js = refs.filter((f) => f.endsWith('.js'));
  const total = [path, ...css, ...js];
  console.log(`| ${name} | ${kb(size([path]))} | ${kb(size(css))} | ${kb(size(js))} | ${kb(size(total))} | ${kb(gz(total))} |`);
}
