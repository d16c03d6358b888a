import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { recall, searchCases, searchPaths, siteSearch } from '../../scripts/search-recall.mjs';
import { hasChromium, siteInBrowser } from '../helpers/browser';

describe.skipIf(!hasChromium)('search quality', () => {
  const site = siteInBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await site.browser.newPage();
  });

  for (const lang of ['lv', 'en'] as const) {
    it(`finds the expected page in the top 5 for at least 95 % of the ${lang} queries`, async () => {
      const cases = searchCases[lang];
      expect(cases.length).toBeGreaterThanOrEqual(lang === 'lv' ? 60 : 50);
      const found: string[][] = [];
      for (const c of cases)
        found.push(await siteSearch(page, site.server.url, searchPaths[lang], c.q));
      const result = recall(lang, cases, found);
      console.log(
        `search recall@5 (${lang}): ${(result.recall * 100).toFixed(1)} % of ${cases.length}, MRR ${result.mrr.toFixed(3)}${result.misses.map((m) => `\n  missed: ${m}`).join('')}`,
      );
      expect(result.recall).toBeGreaterThanOrEqual(0.95);
    }, 180_000);
  }
});
