import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { hasChromium, siteInBrowser } from '../helpers/browser';

describe.skipIf(!hasChromium)('the search box, by keyboard', () => {
  const site = siteInBrowser();
  let page: Page;
  let requested: string[];

  beforeEach(async () => {
    page = await site.browser.newPage();
    requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  });

  it('loads no search code until the visitor starts to search', async () => {
    let scriptBytes = 0;
    page.on('response', async (response) => {
      if (response.url().endsWith('.js')) scriptBytes += (await response.body()).length;
    });
    await page.goto(`${site.server.url}lv/principi/`, { waitUntil: 'networkidle' });
    expect(
      requested.some((path) =>
        /pagefind|search-box|search-dom|search-page|search\.json/.test(path),
      ),
    ).toBe(false);
    // Only the shortcut keys' listener (and Vite's loader for what comes later) is on the page.
    expect(scriptBytes).toBeGreaterThan(0);
    expect(scriptBytes).toBeLessThan(3 * 1024);
    await page.keyboard.press('/');
    await page.keyboard.type('dati');
    await page.locator('#search-header-list [role="option"]').first().waitFor();
    expect(requested.some((path) => path.startsWith('/pagefind/'))).toBe(true);
  });

  it('focuses from anywhere with / or Ctrl+K, moves with the arrows, opens with Enter', async () => {
    await page.goto(`${site.server.url}lv/kas-ir-ogp/`);
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-header');
    await page.keyboard.type('trauksmes celšana');
    const input = page.locator('#search-header');
    await page.locator('#search-header-list [role="option"]').first().waitFor();
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.site-header [aria-live="polite"]').textContent()).toMatch(/Atrast/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    expect(active).toBe('search-header-list-1');
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    const target = await page
      .locator(`#${active}`)
      .evaluate((option) => new URL((option as HTMLElement).dataset.href!, location.href).pathname);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === target);
    expect(target.startsWith('/lv/')).toBe(true);
  });

  it('closes the list with Esc and sends plain Enter to the results page', async () => {
    await page.goto(`${site.server.url}lv/`);
    await page.keyboard.press('/');
    await page.keyboard.type('apņemšanās');
    await page.locator('#search-header-list [role="option"]').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await page.locator('#search-header').getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#search-header-list').isHidden()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/lv\/meklet\/\?q=/);
    await page.locator('[data-search-results] li').first().waitFor();
  });

  it('offers the same search in the other language when nothing is found', async () => {
    await page.goto(`${site.server.url}lv/meklet/?q=summits`);
    const offer = page.locator('[data-search-elsewhere] a');
    await offer.waitFor();
    expect(await offer.getAttribute('hreflang')).toBe('en');
    await offer.click();
    await page.waitForURL(/\/en\/search\/\?q=summits/);
    await page.locator('[data-search-results] li').first().waitFor();
  });

  it('filters results by kind and keeps the filter in the address', async () => {
    await page.goto(`${site.server.url}lv/meklet/?q=atvērtie%20dati`);
    await page.locator('[data-search-results] li').first().waitFor();
    await page.locator('input[name="kind"][value="commitment"]').check();
    await page.waitForURL(/kind=commitment/);
    await page.waitForFunction(() => {
      const kinds = [...document.querySelectorAll('.search-results__kind')];
      return kinds.length > 0 && kinds.every((el) => el.textContent === 'Apņemšanās');
    });
    const hrefs = await page
      .locator('.search-results__title')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith('/lv/apnemsanas/'))).toBe(true);
    await page.reload();
    await page.locator('[data-search-results] li').first().waitFor();
    expect(await page.locator('input[name="kind"][value="commitment"]').isChecked()).toBe(true);
  });

  it('lets a visitor turn off the single-key / shortcut, while Ctrl+K keeps working', async () => {
    await page.goto(`${site.server.url}lv/meklet/`);
    const toggle = page.locator('input[name="slash-shortcut"]');
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await page.goto(`${site.server.url}lv/kas-ir-ogp/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('search-header');
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-header');
  });

  it('finds pages of either kind when two kinds are ticked, and keeps the focus on the box', async () => {
    await page.goto(`${site.server.url}lv/meklet/?q=dati`);
    await page.locator('[data-search-results] li').first().waitFor();
    await page.locator('input[name="kind"][value="commitment"]').focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/kind=commitment/);
    await page.waitForFunction(
      () => (document.activeElement as HTMLInputElement | null)?.value === 'commitment',
    );
    await page.locator('input[name="kind"][value="plan"]').check();
    await page.waitForURL(/kind=commitment&kind=plan/);
    await page.waitForFunction(() => {
      const kinds = new Set(
        [...document.querySelectorAll('.search-results__kind')].map((el) => el.textContent),
      );
      return kinds.has('Apņemšanās') && kinds.has('Rīcības plāns') && kinds.size === 2;
    });
  });

  it('does not reopen the list when results arrive after the visitor has left the field', async () => {
    // A slow first load: the index arrives after the focus has moved on.
    await page.route('**/pagefind/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await page.goto(`${site.server.url}lv/kas-ir-ogp/`);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('dati');
    await page.waitForTimeout(300);
    await page.keyboard.press('Tab');
    await page.waitForFunction(
      () => document.querySelectorAll('#search-header-list [role="option"]').length > 0,
      undefined,
      { timeout: 30_000 },
    );
    const input = page.locator('#search-header');
    expect(await page.locator('#search-header-list').isHidden()).toBe(true);
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    // Back in the field, the results are there at once.
    await input.focus();
    expect(await page.locator('#search-header-list').isVisible()).toBe(true);
    expect(await input.getAttribute('aria-expanded')).toBe('true');
  });

  it('shows every result a batch at a time: “show more” takes the focus to the first new one, until the announced total', async () => {
    await page.goto(`${site.server.url}lv/meklet/?q=apņemšanās`);
    const results = page.locator('[data-search-results] > li');
    const status = page.locator('[data-search-status]');
    const more = page.locator('[data-search-more]');
    await results.first().waitFor();
    // The first results are drawn before the rest of the batch: wait for the whole first batch.
    await page.waitForFunction(
      () => document.querySelectorAll('[data-search-results] > li').length >= 30,
    );
    const total = Number(/\d+/.exec((await status.textContent()) ?? '')?.[0]);
    expect(total).toBeGreaterThan(30);
    expect(await results.count()).toBe(30);
    let shown = 30;
    while (shown < total) {
      expect(await more.isVisible()).toBe(true);
      await more.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-search-results] > li').length > n,
        shown,
      );
      const focused = await page.evaluate(() => {
        const link = document.activeElement;
        const items = [...document.querySelectorAll('[data-search-results] > li')];
        return link?.classList.contains('search-results__title')
          ? items.indexOf(link.closest('li')!)
          : -1;
      });
      expect(focused).toBe(shown);
      const now = await results.count();
      expect(await status.textContent()).toMatch(
        new RegExp(
          `^Atrast[si] ${total} rezultāt[si]\\. Parādīt[si] vēl ${now - shown} rezultāt[si]\\.$`,
        ),
      );
      shown = now;
    }
    expect(shown).toBe(total);
    expect(await more.isHidden()).toBe(true);
  });

  it('offers the same filter values with a filter ticked as without one', async () => {
    await page.goto(`${site.server.url}lv/meklet/?q=dati`);
    await page.locator('[data-search-results] li').first().waitFor();
    // The first results are drawn before the filters: wait for the filters themselves.
    await page.locator('[data-search-filters] input').first().waitFor();
    const values = () =>
      page
        .locator('[data-search-filters] input')
        .evaluateAll((boxes) =>
          boxes.map((b) => `${(b as HTMLInputElement).name}=${(b as HTMLInputElement).value}`),
        );
    const unfiltered = await values();
    expect(unfiltered.length).toBeGreaterThan(3);
    await page.locator('input[name="kind"][value="commitment"]').check();
    await page.waitForURL(/kind=commitment/);
    await page.waitForFunction(() => {
      const kinds = [...document.querySelectorAll('.search-results__kind')];
      return kinds.length > 0 && kinds.every((el) => el.textContent === 'Apņemšanās');
    });
    expect(await values()).toEqual(unfiltered);
  });

  it('names the missing part in one console error when the search page’s markup lacks it, and leaves the page as rendered', async () => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route(
      (url) => url.pathname === '/lv/meklet/',
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({
          response,
          body: (await response.text()).replace(' data-search-status>', '>'),
        });
      },
    );
    const logged = page.waitForEvent('console', (message) => message.type() === 'error');
    await page.goto(`${site.server.url}lv/meklet/?q=dati`);
    await logged;
    await page.waitForLoadState('networkidle');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^<search-panel>: .*status \(\[data-search-status\]\)/);
    expect(await page.locator('[data-search-nojs]').isVisible()).toBe(true);
  });

  it('passes axe with the result list open', async () => {
    await page.goto(`${site.server.url}en/`);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('open data');
    await page.locator('#search-header-list [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.evaluate(
      readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf-8'),
    );
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string }[] }> } }
      ).axe;
      return (
        await axe.run({
          runOnly: {
            type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
          },
        })
      ).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });
});
