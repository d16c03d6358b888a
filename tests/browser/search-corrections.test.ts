import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { hasChromium, siteInBrowser } from '../helpers/browser';

describe.skipIf(!hasChromium)('search that starts early and corrects mistyped words', () => {
  const site = siteInBrowser();
  let page: Page;
  let requested: string[];

  beforeEach(async () => {
    page = await site.browser.newPage();
    requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  });

  const status = () => page.locator('[data-search-status]');
  const settled = () =>
    page.waitForFunction(() => {
      const text = document.querySelector('[data-search-status]')?.textContent ?? '';
      return text !== '' && !text.endsWith('…');
    });

  it('starts loading Pagefind, its index metadata and the vocabulary when the pointer is over the field', async () => {
    await page.goto(`${site.server.url}lv/principi/`, { waitUntil: 'networkidle' });
    expect(requested.some((path) => path.startsWith('/pagefind/'))).toBe(false);
    const meta = page.waitForRequest((r) =>
      /\/pagefind\/pagefind\.lv_[0-9a-f]+\.pf_meta$/.test(r.url()),
    );
    const vocabulary = page.waitForRequest((r) => r.url().endsWith('/pagefind/vocabulary-lv.json'));
    await page.locator('#search-header').hover();
    await Promise.all([meta, vocabulary]);
    expect(requested).toContain('/pagefind/pagefind.js');
    expect(
      requested.some((path) => /^\/pagefind\/pagefind\.lv_[0-9a-f]+\.pf_meta$/.test(path)),
    ).toBe(true);
    expect(requested).toContain('/pagefind/vocabulary-lv.json');
    expect(requested).toContain('/lv/search.json');
    // Nothing is searched yet: no index chunk or page fragment is loaded before a key is pressed.
    expect(requested.some((path) => /\/pagefind\/(index|fragment)\//.test(path))).toBe(false);
  });

  it('shows results for the nearest English word, says so, and links to the word as typed', async () => {
    await page.goto(`${site.server.url}en/search/?q=coruption`);
    await settled();
    expect(await status().textContent()).toMatch(
      /^Showing results for “corruption”\. \d+ results found\.$/,
    );
    const first = page.locator('[data-search-results] .search-results__title').first();
    expect(await first.evaluate((a) => (a as HTMLAnchorElement).pathname)).toBe(
      '/en/commitments/lv0045/',
    );
    const exact = page.locator('[data-search-corrected] a');
    expect(await exact.textContent()).toBe('Search for exactly “coruption”');
    await exact.click();
    await page.waitForURL((url) => url.searchParams.get('exact') === '1');
    await page.waitForFunction(
      () => !document.querySelector('[data-search-status]')?.textContent?.startsWith('Showing'),
    );
    await settled();
    expect(await status().textContent()).not.toMatch(/Showing results for/);
    expect(await page.locator('[data-search-corrected]').isHidden()).toBe(true);
  });

  it('corrects a Latvian word typed with a letter too many', async () => {
    await page.goto(`${site.server.url}lv/meklet/?q=l%C4%ABdzdal%C4%ABiba`);
    await settled();
    expect(await status().textContent()).toMatch(/^Rādīti rezultāti vārdam „līdzdalība”\./);
    expect(await page.locator('[data-search-corrected] a').textContent()).toBe(
      'Meklēt tieši „līdzdalīiba”',
    );
  });

  it('does not correct words the pages have, however they are inflected or accented', async () => {
    for (const q of ['pašvaldībās', 'pasvaldibas', 'iestāžu']) {
      await page.goto(`${site.server.url}lv/meklet/?q=${encodeURIComponent(q)}`);
      await settled();
      expect(await status().textContent()).not.toMatch(/Rādīti rezultāti vārdam/);
    }
  });

  it('searches a synonym the pages use instead: “municipalities” finds the local government commitments', async () => {
    await page.goto(`${site.server.url}en/search/?q=municipalities`);
    await settled();
    const top = await page
      .locator('[data-search-results] .search-results__title')
      .evaluateAll((links) => links.slice(0, 5).map((a) => (a as HTMLAnchorElement).pathname));
    expect(top).toContain('/en/commitments/lv0043/');
    expect(top).toContain('/en/commitments/lv0051/');
  });

  it('tells in the header box that it shows results for a corrected word', async () => {
    await page.goto(`${site.server.url}en/`);
    await page.keyboard.press('/');
    await page.keyboard.type('wistleblower');
    // Each keystroke may show results for what was typed so far; wait for the whole word's.
    const live = page.locator('.site-header [aria-live="polite"]');
    await page.waitForFunction(() =>
      /whistleblower/.test(
        document.querySelector('.site-header [aria-live="polite"]')?.textContent ?? '',
      ),
    );
    expect(await live.textContent()).toMatch(
      /^Showing results for “whistleblower”\. \d+ results found\.$/,
    );
    const last = page.locator('#search-header-list [role="option"]').last();
    expect(await last.textContent()).toMatch(/Showing results for “whistleblower”\./);
  });
});
