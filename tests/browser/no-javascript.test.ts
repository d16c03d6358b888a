import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { hasChromium, siteInBrowser } from '../helpers/browser';
import { htmlFiles } from '../helpers/dist';

const paths = htmlFiles()
  .filter((file) => localeCodes.some((code) => file.startsWith(`${code}/`)))
  .map((file) => file.replace(/index\.html$/, ''));

describe.skipIf(!hasChromium)('the site without JavaScript', () => {
  const site = siteInBrowser();
  let page: Page;

  beforeAll(async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
  });

  it('shows every page’s content, navigation and language switch', async () => {
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(`${site.server.url}${path}`);
      const text = (await page.locator('main').innerText()).trim();
      if (text.length < 40) problems.push(`/${path}: main has almost no text`);
      if ((await page.locator('.main-nav a').count()) < 5)
        problems.push(`/${path}: navigation missing`);
      if ((await page.locator('.language-switch a[hreflang]').count()) !== 1)
        problems.push(`/${path}: language switch missing`);
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('switches language by plain link and keeps the page', async () => {
    await page.goto(`${site.server.url}lv/principi/lidzdaliba/`);
    await page.locator('.language-switch a').click();
    await page.waitForURL(`${site.server.url}en/principles/participation/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('on the search page says search needs JavaScript and leads to the list of all pages', async () => {
    await page.goto(`${site.server.url}en/search/?q=open`);
    const notice = page.locator('[data-search-nojs]');
    expect(await notice.isVisible()).toBe(true);
    await notice.locator('a').click();
    await page.waitForURL(`${site.server.url}en/all-pages/`);
    expect(await page.locator('.all-pages a').count()).toBeGreaterThan(90);
  });
});
