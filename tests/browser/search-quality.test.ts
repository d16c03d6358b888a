import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recall, searchCases, searchPaths, siteSearch } from '../../scripts/search-recall.mjs';
import { serveStatic } from '../../scripts/serve.mjs';
import { hasChromium, launchBrowser } from '../helpers/browser';
import { DIST } from '../helpers/dist';

describe.skipIf(!hasChromium)('search quality', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let page: Page;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(DIST)]);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const lang of ['lv', 'en'] as const) {
    it(`finds the expected page in the top 5 for at least 90 % of the ${lang} queries`, async () => {
      const cases = searchCases[lang];
      expect(cases.length).toBeGreaterThanOrEqual(lang === 'lv' ? 60 : 20);
      const found: string[][] = [];
      for (const c of cases) found.push(await siteSearch(page, server.url, searchPaths[lang], c.q));
      const result = recall(lang, cases, found);
      console.log(`search recall@5 (${lang}): ${(result.recall * 100).toFixed(1)} % of ${cases.length}${result.misses.map((m) => `\n  missed: ${m}`).join('')}`);
      expect(result.recall).toBeGreaterThanOrEqual(0.9);
    }, 180_000);
  }
});
