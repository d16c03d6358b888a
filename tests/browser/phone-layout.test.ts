import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { hasChromium, siteInBrowser } from '../helpers/browser';
import { htmlFiles } from '../helpers/dist';

// Every page type of every language: each folder's pages, up to three of its records (a plan,
// a commitment, an institution page), as the browser asks for them.
const paths = Object.values(
  Object.groupBy(
    htmlFiles()
      .filter((file) => localeCodes.some((code) => file.startsWith(`${code}/`)))
      .map((file) => file.replace(/index\.html$/, '')),
    (path) => path.split('/').slice(0, 2).join('/'),
  ),
).flatMap((group) => (group ?? []).slice(0, 4));

/** A phone-sized page, with or without JavaScript. */
async function phone(browser: Browser, width: number, javaScriptEnabled = true) {
  const context = await browser.newContext({
    viewport: { width, height: 844 },
    javaScriptEnabled,
  });
  return { context, page: await context.newPage() };
}

describe.skipIf(!hasChromium)('the site on a phone, in Chromium', () => {
  const site = siteInBrowser();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await phone(site.browser, 390));
  });
  afterAll(async () => {
    await context?.close();
  });

  it(`is never wider than the screen at 320 px and 390 px (${paths.length} pages)`, async () => {
    const problems: string[] = [];
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 844 });
      for (const path of paths) {
        await page.goto(`${site.server.url}${path}`);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        if (wide > width) problems.push(`/${path} at ${width} px: ${wide} px wide`);
      }
    }
    expect(paths.length).toBeGreaterThan(30);
    expect(problems).toEqual([]);
  }, 300_000);

  it('shows the register and the plans table as stacked cards, status first, each value under its label', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${site.server.url}lv/plani/`);
    const card = page.locator('.table-scroll--stack tbody tr').first();
    const cells = await card.locator('th, td').evaluateAll((cells) =>
      cells
        .map((cell) => ({
          top: cell.getBoundingClientRect().top,
          label: cell.getAttribute('data-label'),
          before: getComputedStyle(cell, '::before').content,
        }))
        .sort((a, b) => a.top - b.top),
    );
    // The plan's name, then its status, then the rest, one below the other.
    expect(cells[0]!.label).toBeNull();
    expect(cells[1]!.label).toBe('Statuss');
    expect(cells[1]!.before).toBe('"Statuss"');
    expect(new Set(cells.map((c) => c.top)).size).toBe(cells.length);
    const { width: cardWidth } = (await card.boundingBox())!;
    expect(cardWidth).toBeLessThanOrEqual(390);

    await page.goto(`${site.server.url}en/commitments/`);
    const rows = page.locator('.register__table tbody tr');
    const first = (await rows.nth(0).boundingBox())!;
    const second = (await rows.nth(1).boundingBox())!;
    expect(second.y).toBeGreaterThanOrEqual(first.y + first.height);
    expect(first.x + first.width).toBeLessThanOrEqual(390);
    // A filter still hides the cards it leaves out.
    await page.goto(`${site.server.url}en/commitments/?plan=5`);
    await page.waitForSelector('[data-register-filters]:not([hidden])');
    const visible = await rows.evaluateAll(
      (all) => all.filter((r) => r.getBoundingClientRect().height > 0).length,
    );
    expect(visible).toBe(await page.locator('.register__table tbody tr:not([hidden])').count());
    expect(visible).toBeLessThan(await rows.count());
    // The column headers are out of sight but still there for screen readers.
    expect(await page.locator('.register__table thead').boundingBox()).toMatchObject({
      width: 1,
      height: 1,
    });
  });

  it('keeps wide tables in a scroll frame with a shadow at the edge there is more to see', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${site.server.url}lv/plani/salidzinajums/`);
    const frame = page.locator('.table-scroll').first();
    const { scrollWidth, clientWidth, background } = await frame.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
      background: getComputedStyle(el).backgroundImage,
    }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    expect(background).toMatch(/radial-gradient/);
    expect(await frame.getAttribute('tabindex')).toBe('0');
  });

  it('has a header no taller than 80 px at 390 px, with the name, the language, search and the menu in it', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['lv/', 'en/', 'lv/apnemsanas/lv0025/', 'en/take-part/']) {
      await page.goto(`${site.server.url}${path}`);
      const bar = (await page.locator('.site-header__bar').boundingBox())!;
      expect(bar.height, path).toBeLessThanOrEqual(80);
      for (const part of [
        '.site-name',
        '.language-switch a',
        '.site-header__search-link',
        'summary',
      ])
        expect(await page.locator(`.site-header ${part}`).isVisible(), `${path} ${part}`).toBe(
          true,
        );
      expect(await page.locator('.main-nav').isVisible(), path).toBe(false);
    }
  });

  it('opens and closes the menu without JavaScript, and leads to a section from it', async () => {
    const noJs = await phone(site.browser, 390, false);
    await noJs.page.goto(`${site.server.url}lv/`);
    const link = noJs.page.locator('.main-nav a', { hasText: 'Rīcības plāni' });
    expect(await link.isVisible()).toBe(false);
    await noJs.page.locator('.site-menu summary').click();
    expect(await link.isVisible()).toBe(true);
    expect(await noJs.page.locator('#search-header').isVisible()).toBe(true);
    await link.click();
    await noJs.page.waitForURL(`${site.server.url}lv/plani/`);
    await noJs.page.locator('.site-menu summary').press('Enter');
    expect(await noJs.page.locator('.main-nav a[aria-current]').isVisible()).toBe(true);
    await noJs.page.locator('.site-menu summary').press('Enter');
    expect(await noJs.page.locator('.main-nav').isVisible()).toBe(false);
    await noJs.context.close();
  });

  it('shows the navigation and the search field on a wide screen without opening anything', async () => {
    const wide = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await wide.goto(`${site.server.url}en/`);
    expect(await wide.locator('.site-menu summary').isVisible()).toBe(false);
    expect(await wide.locator('.main-nav a').count()).toBeGreaterThanOrEqual(5);
    for (const a of await wide.locator('.main-nav a').all()) expect(await a.isVisible()).toBe(true);
    expect(await wide.locator('#search-header').isVisible()).toBe(true);
    expect(await wide.locator('.site-header__search-link').isVisible()).toBe(false);
    await wide.close();
  });

  it('says under the header that the site is independent and unofficial, and when it was last checked', async () => {
    await page.goto(`${site.server.url}lv/plani/`);
    const strip = await page.locator('.site-header .trust-strip').innerText();
    expect(strip).toMatch(
      /^Neatkarīga, neoficiāla vietne · Avoti katrā satura lapā · Pēdējā pārbaude: \S/,
    );
    const { height } = (await page.locator('.trust-strip').boundingBox())!;
    expect(height).toBeLessThanOrEqual(60);
  });
});
