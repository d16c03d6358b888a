import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, siteInBrowser } from '../helpers/browser';
import { DIST } from '../helpers/dist';

type Commitment = {
  id: string;
  plan: number;
  principles: string[];
  lead: string[] | null;
  irmStarred: boolean | null;
  url: Record<string, string>;
};
const commitments = JSON.parse(
  readFileSync(`${DIST}/data/commitments.json`, 'utf-8'),
) as Commitment[];

describe.skipIf(!hasChromium)('the commitment register in Chromium', () => {
  const site = siteInBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await site.browser.newPage();
  });

  const shownRows = () =>
    page
      .locator('.register__table tbody tr:not([hidden])')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.id!).sort());
  const linkedOn = async (path: string, selector: string) => {
    await page.goto(`${site.server.url}${path}`);
    const hrefs = await page
      .locator(`${selector} a`)
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    return [
      ...new Set(
        hrefs
          .map((h) => /\/(lv\d{4})\/$/.exec(h)?.[1])
          .filter((id): id is string => id !== undefined),
      ),
    ].sort();
  };

  it('filtered in place by plan shows the same commitments as each plan’s page', async () => {
    for (const plan of [2, 3, 4, 5]) {
      await page.goto(`${site.server.url}lv/apnemsanas/`);
      await page.selectOption('select[name="plan"]', String(plan));
      await page.waitForURL(new RegExp(`plan=${plan}`));
      const inPlace = await shownRows();
      expect(inPlace, `plan ${plan}`).toEqual(
        await linkedOn(`lv/plani/${plan}/`, '.commitment-list'),
      );
    }
  });

  it('filtered by principle shows the same commitments as the principle’s page', async () => {
    await page.goto(`${site.server.url}en/commitments/?principle=accountability`);
    await page.waitForSelector('[data-register-filters]:not([hidden])');
    const inPlace = await shownRows();
    expect(inPlace.length).toBeGreaterThan(0);
    expect(inPlace).toEqual(
      await linkedOn(
        'en/principles/accountability-and-integrity/',
        'main section .commitment-list',
      ),
    );
  });

  it('filtered by lead institution and IRM mark shows exactly the matching commitments, and the address can be shared', async () => {
    await page.goto(`${site.server.url}lv/apnemsanas/`);
    await page.selectOption('select[name="lead"]', 'state-chancellery');
    await page.selectOption('select[name="irm"]', 'starred');
    const url = page.url();
    expect(url).toContain('lead=state-chancellery');
    expect(url).toContain('irm=starred');
    const inPlace = await shownRows();
    const expected = commitments
      .filter((c) => c.lead?.includes('state-chancellery') && c.irmStarred === true)
      .map((c) => c.id);
    expect(inPlace.length).toBeGreaterThan(0);
    expect(inPlace).toEqual(expected.sort());
    await page.goto(url);
    expect(await shownRows()).toEqual(inPlace);
    expect(await page.locator('[data-register-count]').textContent()).toContain(
      String(inPlace.length),
    );
  });

  it('says in its caption how many of all the commitments a filter shows, and names the whole table again when reset', async () => {
    await page.goto(`${site.server.url}lv/apnemsanas/`);
    const caption = page.locator('.register__table caption');
    expect(await caption.textContent()).toBe(`Visas apņemšanās (${commitments.length})`);
    await page.selectOption('select[name="area"]', 'whistleblowing');
    const shown = (await shownRows()).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(commitments.length);
    expect(await caption.textContent()).toBe(
      `Atlasītās apņemšanās: ${shown} no ${commitments.length}`,
    );
    // The scroll region is named by the caption, so its name follows.
    expect(
      await page
        .locator('section[aria-labelledby="register-caption"]')
        .getAttribute('aria-labelledby'),
    ).toBe('register-caption');
    await page.locator('button[type="reset"]').click();
    await page.waitForFunction(() => !location.search.includes('area='));
    expect(await caption.textContent()).toBe(`Visas apņemšanās (${commitments.length})`);
  });

  it('names the missing part in one console error when its markup lacks it, and keeps the full table', async () => {
    const broken = await site.browser.newPage();
    const errors: string[] = [];
    broken.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    broken.on('pageerror', (error) => errors.push(error.message));
    await broken.route(
      (url) => url.pathname === '/lv/apnemsanas/',
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({
          response,
          body: (await response.text()).replace('<select name="lead">', '<select name="leader">'),
        });
      },
    );
    const logged = broken.waitForEvent('console', (message) => message.type() === 'error');
    await broken.goto(`${site.server.url}lv/apnemsanas/?plan=3`);
    await logged;
    await broken.waitForLoadState('networkidle');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^<commitment-register>: .*lead \(select\[name="lead"\]\)/);
    expect(await broken.locator('.register__table tbody tr:not([hidden])').count()).toBe(
      commitments.length,
    );
    expect(await broken.locator('[data-register-filters]').isHidden()).toBe(true);
    await broken.close();
  });

  it('shows every commitment and links to the static filter pages without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site.server.url}lv/apnemsanas/?plan=3`);
    expect(await noJs.locator('.register__table tbody tr').count()).toBe(commitments.length);
    expect(await noJs.locator('[data-register-filters]').isHidden()).toBe(true);
    await noJs.locator('.register__browse a', { hasText: '3. plāns' }).click();
    await noJs.waitForURL(/\/lv\/plani\/3\/$/);
    await context.close();
  });
});
