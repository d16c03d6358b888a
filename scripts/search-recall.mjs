// @ts-check
// Search quality on the built site: runs the query sets of tests/fixtures/search-queries.json
// through the search page (what a visitor gets) or through Pagefind alone, and scores recall.
import { readFileSync } from 'node:fs';

/** @typedef {{ q: string, expect: string[] }} SearchCase */
/** @typedef {import('playwright-core').Page} Page */

/** @type {Record<'lv' | 'en', SearchCase[]>} */
export const searchCases = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf-8'));

/** Each language's search page, inside the site. */
export const searchPaths = { lv: 'lv/meklet/', en: 'en/search/' };

/**
 * The site paths the search page lists first for a query, as a visitor sees them.
 * @param {Page} page @param {string} siteUrl @param {string} searchPath @param {string} query @param {number} [top]
 * @returns {Promise<string[]>}
 */
export async function siteSearch(page, siteUrl, searchPath, query, top = 5) {
  await page.goto(`${siteUrl}${searchPath}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return status !== '' && !status.endsWith('…');
  });
  const hrefs = await page
    .locator('[data-search-results] .search-results__title')
    .evaluateAll((links) => links.map((a) => /** @type {HTMLAnchorElement} */ (a).pathname));
  return hrefs.slice(0, top);
}

/**
 * The same with Pagefind alone: the query as typed, no stemming, no abbreviations.
 * The page must be one of the site's pages in the query's language.
 * @param {Page} page @param {string} query @param {number} [top]
 * @returns {Promise<string[]>}
 */
export function plainPagefind(page, query, top = 5) {
  return page.evaluate(
    async ({ query, top }) => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      const { results } = await pagefind.search(query);
      const data = await Promise.all(
        results
          .slice(0, top)
          .map((/** @type {{ data(): Promise<{ url: string }> }} */ r) => r.data()),
      );
      return data.map((d) => new URL(d.url, location.origin).pathname);
    },
    { query, top },
  );
}

/**
 * Share of cases whose expected page is among the results (recall), the mean reciprocal rank
 * of the first expected page (1 at the top, ½ second …, 0 when missing), and the cases that missed.
 * @param {string} lang @param {SearchCase[]} cases @param {string[][]} found
 */
export function recall(lang, cases, found) {
  /** @type {string[]} */
  const misses = [];
  let reciprocal = 0;
  cases.forEach((c, i) => {
    const wanted = c.expect.map((p) => `/${lang}/${p}/`);
    const got = found[i] ?? [];
    const rank = got.findIndex((path) => wanted.includes(path));
    if (rank >= 0) reciprocal += 1 / (rank + 1);
    else misses.push(`${c.q} → wanted ${c.expect.join(' | ')}, got ${got.join(', ') || 'nothing'}`);
  });
  return {
    recall: (cases.length - misses.length) / cases.length,
    mrr: reciprocal / cases.length,
    misses,
  };
}
