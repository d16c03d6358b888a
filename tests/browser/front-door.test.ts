import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { hasChromium, siteInBrowser } from '../helpers/browser';

/** The tallest header the chrome may have on a phone (issue 10); the page's own content is measured below it. */
const HEADER_BUDGET = 80;

/** How far down the page the bottom of `selector` is, counting the header as if it were at most HEADER_BUDGET tall. */
async function bottomOf(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    ([sel, budget]) => {
      const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
      const bottom = document.querySelector(sel)!.getBoundingClientRect().bottom;
      return bottom - Math.max(0, header - budget);
    },
    [selector, HEADER_BUDGET] as const,
  );
}

describe.skipIf(!hasChromium)('the front door', () => {
  const site = siteInBrowser();
  let page: Page;
  afterEach(async () => page?.close());

  it('puts the open-now panel and search in the first phone screen of the home page, in both languages', async () => {
    for (const path of ['lv/', 'en/']) {
      page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`${site.server.url}${path}`);
      expect(await bottomOf(page, '#open-now'), path).toBeLessThanOrEqual(844);
      expect(await bottomOf(page, '.search-form--page'), path).toBeLessThanOrEqual(844);
      await page.close();
    }
  });

  it('fits everything through the top tasks above 900 px on a desktop', async () => {
    for (const path of ['lv/', 'en/']) {
      page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${site.server.url}${path}`);
      expect(await bottomOf(page, '.home-tasks'), path).toBeLessThanOrEqual(900);
      expect(await page.locator('.home-tasks > li').count()).toBe(6);
      await page.close();
    }
  });

  it('shows the plans on the home page with a status tag each, newest first', async () => {
    page = await site.browser.newPage();
    await page.goto(`${site.server.url}lv/`);
    const rows = await page.locator('.home-plans li').allInnerTexts();
    expect(rows.length).toBeGreaterThanOrEqual(6);
    const numbers = await page
      .locator('.home-plans li > a')
      .evaluateAll((as) =>
        as.map((a) => Number(/\/(\d+)\/$/.exec((a as HTMLAnchorElement).pathname)?.[1])),
      );
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    for (const row of rows) expect(row).toMatch(/izstrādē|spēkā|noslēdzies/);
  });

  it('leads the participation page with open-now and a contents list whose links reach their sections', async () => {
    page = await site.browser.newPage({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    });
    await page.goto(`${site.server.url}lv/iesaisties/`);
    const order = await page.evaluate(() =>
      ['.lead', '#open-now', '.contents'].map(
        (s) => document.querySelector(s)!.getBoundingClientRect().top,
      ),
    );
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const targets = await page
      .locator('.contents a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
    expect(targets.length).toBeGreaterThanOrEqual(8);
    for (const id of targets) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    expect(await page.locator('details.sources-fold summary').innerText()).toMatch(
      /^Avoti \(\d+\)$/,
    );
  });

  it('lists upcoming events first with a plain empty state, then past events grouped by year, newest first', async () => {
    page = await site.browser.newPage();
    await page.goto(`${site.server.url}en/calendar/`);
    const headings = await page.locator('main h2, main h3').allInnerTexts();
    expect(headings.indexOf('Upcoming events')).toBeLessThan(headings.indexOf('Past events'));
    const upcoming = await page.locator('section[aria-labelledby="upcoming-heading"]').innerText();
    expect(upcoming).toMatch(/knows of no upcoming events|·/);
    const years = (await page.locator('.past-events h3').allInnerTexts()).map(Number);
    expect(years.length).toBeGreaterThan(3);
    expect([...years].sort((a, b) => b - a)).toEqual(years);
  });
});
