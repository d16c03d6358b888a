import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { hasChromium, siteInBrowser } from '../helpers/browser';

// What an attacker would slip into a page if escaping ever failed: an inline script and an event handler.
const INJECTED =
  '<script>window.__injected = "script"</script><img src="/favicon.svg" alt="" onload="window.__injected = \'handler\'">';

type Window_ = Window & { __injected?: string; __violations: string[] };

// The test server (scripts/serve.mjs) sends no headers of its own: a page is protected by its <meta> alone.
describe.skipIf(!hasChromium)('a page served without any headers, in Chromium', () => {
  const site = siteInBrowser();
  let page: Page;

  beforeEach(async () => {
    page = await site.browser.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as Window_;
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations.push(e.violatedDirective),
      );
    });
    // Every HTML page arrives with the injection in its body, and with the server's own headers.
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const type = response.headers()['content-type'] ?? '';
      if (!type.startsWith('text/html')) return route.fulfill({ response });
      const body = (await response.text()).replace('<main', `${INJECTED}<main`);
      return route.fulfill({ response, body });
    });
  });

  it('is sent with no Content-Security-Policy header', async () => {
    const response = await fetch(`${site.server.url}lv/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(await response.text()).toContain('http-equiv="content-security-policy"');
  });

  it('refuses an injected inline script and an injected event handler', async () => {
    await page.goto(`${site.server.url}en/about/`, { waitUntil: 'load' });
    expect(await page.locator('img[onload]').count()).toBe(1);
    const { injected, violations } = await page.evaluate(() => {
      const w = window as unknown as Window_;
      return { injected: w.__injected, violations: w.__violations };
    });
    expect(injected).toBeUndefined();
    expect(violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
  });

  it('still runs the search box on such a page', async () => {
    await page.goto(`${site.server.url}lv/kas-ir-ogp/`);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('dati');
    await page.locator('#search-header-list [role="option"]').first().waitFor();
    expect(await page.locator('#search-header-list [role="option"]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as Window_).__injected)).toBeUndefined();
  });

  it('still filters the commitment register on such a page', async () => {
    await page.goto(`${site.server.url}lv/apnemsanas/`);
    const rows = page.locator('.register__table tbody tr');
    const all = await rows.count();
    await page.selectOption('select[name="plan"]', '2');
    await page.waitForURL(/plan=2/);
    const shown = await page.locator('.register__table tbody tr:not([hidden])').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    expect(await page.evaluate(() => (window as unknown as Window_).__violations)).toEqual(
      expect.not.arrayContaining(['script-src', 'worker-src', 'style-src-elem']),
    );
  });
});
