import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, hasChromium, launchBrowser } from '../../scripts/chromium.mjs';
import { serveStatic } from '../../scripts/serve.mjs';
import { DIST } from './dist';

if (!hasChromium) {
  console.warn(
    `Browser tests skipped: no Chromium at ${CHROMIUM}. Install it with \`apt-get install chromium\` or set CHROMIUM_PATH.`,
  );
}

export { hasChromium, launchBrowser };

/** The browser and the server of a test file, filled in before its tests run. */
export interface SiteInBrowser {
  browser: Browser;
  server: Awaited<ReturnType<typeof serveStatic>>;
}

/**
 * Starts Chromium and serves a built site for the tests of one file, and stops both after them.
 * @example const site = siteInBrowser(); it('…', async () => { const page = await site.browser.newPage(); await page.goto(site.server.url); });
 */
export function siteInBrowser(
  options: { root?: string; base?: string; headers?: Record<string, string> } = {},
): SiteInBrowser {
  const site = {} as SiteInBrowser;
  beforeAll(async () => {
    [site.browser, site.server] = await Promise.all([
      launchBrowser(),
      serveStatic(options.root ?? DIST, options.base ?? '/', options.headers ?? {}),
    ]);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
