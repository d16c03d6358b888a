import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { hasChromium, launchBrowser } from '../helpers/browser';
import { fileOf, htmlFiles, page } from '../helpers/dist';
import { run } from '../helpers/run';

const BASE = '/ogp/';
const OUT = 'tests/.tmp/subpath/dist';

// A real build for a sub-path, as an operator makes it with BASE_PATH, served from that path.
describe('the site built for a sub-path', () => {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let tab: Page;

  beforeAll(async () => {
    const result = await run('npm', ['run', 'build'], {
      env: { BASE_PATH: BASE, OGP_OUT_DIR: OUT, OGP_CACHE_DIR: 'tests/.tmp/subpath/cache' },
    });
    if (result.code !== 0)
      throw new Error(`The sub-path build failed:\n${result.output.slice(-3000)}`);
    server = await serveStatic(OUT, BASE);
    if (hasChromium) {
      browser = await launchBrowser();
      tab = await browser.newPage();
    }
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has every internal link, asset and anchor under the sub-path, and each resolves', () => {
    const problems: string[] = [];
    for (const file of htmlFiles(OUT)) {
      const $ = page(file, OUT);
      const refs = $('a[href], link[href], script[src], img[src]')
        .toArray()
        .map((el) => $(el).attr('href') ?? $(el).attr('src')!)
        .filter((ref) => ref.startsWith('/'));
      for (const ref of refs) {
        if (!ref.startsWith(BASE)) {
          problems.push(`${file}: ${ref} is outside ${BASE}`);
          continue;
        }
        const url = new URL(ref, 'http://site');
        const target = fileOf(url.pathname.slice(BASE.length - 1));
        if (!existsSync(join(OUT, target))) problems.push(`${file}: ${ref} leads nowhere`);
        else if (
          url.hash &&
          target.endsWith('.html') &&
          page(target, OUT)(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).length === 0
        )
          problems.push(`${file}: ${ref} has no anchor`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.skipIf(!hasChromium)(
    'leads from the sub-path’s root to Latvian, switches language and searches, all under the sub-path',
    async () => {
      await tab.goto(server.url);
      await tab.waitForURL(`${server.url}lv/`);
      await tab.locator('.language-switch a').click();
      await tab.waitForURL(`${server.url}en/`);
      await tab.keyboard.press('/');
      await tab.keyboard.type('whistleblower');
      const first = tab.locator('#search-header-list [role="option"]').first();
      await first.waitFor();
      const href = await first.evaluate(
        (option) => new URL((option as HTMLElement).dataset.href!, location.href).pathname,
      );
      expect(href.startsWith(`${BASE}en/`)).toBe(true);
      await first.click();
      await tab.waitForURL((url) => url.pathname === href);
      await tab.goto(`${server.url}lv/meklet/?q=trauksmes&kind=commitment`);
      await tab.locator('.search-results__title').first().waitFor();
      const results = await tab
        .locator('.search-results__title')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      expect(results.every((path) => path.startsWith(`${BASE}lv/apnemsanas/`))).toBe(true);
    },
  );
});
