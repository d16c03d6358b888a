import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { hasChromium, siteInBrowser } from '../helpers/browser';

describe.skipIf(!hasChromium)('a visitor in Chromium', () => {
  const site = siteInBrowser();
  let page: Page;

  beforeEach(async () => {
    page = await site.browser.newPage();
  });

  it('switches language on a deep page and lands on the same page in English', async () => {
    await page.goto(`${site.server.url}lv/apnemsanas/lv0029/`);
    const latvianTitle = await page.locator('h1').textContent();
    await page.locator('.language-switch a[hreflang="en"]').click();
    await page.waitForURL(`${site.server.url}en/commitments/lv0029/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const englishTitle = await page.locator('h1').textContent();
    expect(englishTitle).not.toBe(latvianTitle);
    await page.goto(`${site.server.url}en/commitments/lv0029/#irm`);
    await page.locator('.language-switch a[hreflang="lv"]').click();
    await page.waitForURL(`${site.server.url}lv/apnemsanas/lv0029/#irm`);
    expect(await page.locator('h1').textContent()).toBe(latvianTitle);
  });

  it('finds Latvian pages for a Latvian query and opens the first result', async () => {
    await page.goto(`${site.server.url}lv/`);
    await page.locator('#search-header').fill('trauksmes celšana');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/lv\/meklet\/\?q=/);
    const results = page.locator('[data-search-results] li a');
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((links) =>
      links.map((a) => (a as HTMLAnchorElement).pathname),
    );
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith('/lv/'))).toBe(true);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/Atrast/);
    await results.first().click();
    await page.waitForURL((url) => url.pathname === hrefs[0]);
    expect(await page.locator('html').getAttribute('lang')).toBe('lv');
    expect((await page.locator('main').textContent())?.toLowerCase()).toContain('trauksm');
  });

  it('finds English pages only for an English query on an English page', async () => {
    await page.goto(`${site.server.url}en/search/?q=whistleblowing`);
    const results = page.locator('[data-search-results] li a');
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((links) =>
      links.map((a) => (a as HTMLAnchorElement).pathname),
    );
    expect(hrefs.every((href) => href.startsWith('/en/'))).toBe(true);
  });

  it('can be used by keyboard: the skip link first, then the menu, the language switch and search', async () => {
    await page.goto(`${site.server.url}lv/principi/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.goto(`${site.server.url}lv/principi/`);
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return `${el.tagName.toLowerCase()}:${el.getAttribute('hreflang') ?? el.getAttribute('name') ?? el.textContent?.trim()}`;
        }),
      );
    }
    expect(reached).toContain('a:en');
    // Focus is visible wherever it lands: an outline or a focus shadow.
    await page.keyboard.press('Shift+Tab');
    const focusStyle = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return {
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        shadow: style.boxShadow,
      };
    });
    expect(focusStyle.outline !== 'none' && focusStyle.width >= 2).toBe(true);
    await page.keyboard.press('Tab');
    expect(reached).toContain('input:q');
    expect(reached).toContain('a:Rīcības plāni');
    while ((await page.evaluate(() => document.activeElement?.getAttribute('name'))) !== 'q')
      await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('atvērtie dati');
    await page.keyboard.press('Enter');
    await page.locator('[data-search-results] li a').first().waitFor();
    expect(page.url()).toContain('/lv/meklet/?q=');
  });
});
