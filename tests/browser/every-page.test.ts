import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { hasChromium, launchBrowser } from '../helpers/browser';
import { CONTENT_SECURITY_POLICY } from '../helpers/csp';
import { DIST, htmlFiles } from '../helpers/dist';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf-8',
);
// WCAG 2.0–2.2 A and AA, and axe's best practices (heading order, landmarks, one <h1>…).
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
// The root page moves on to /lv/ at once; the pages it leads to are checked instead.
const paths = htmlFiles()
  .filter((file) => file !== 'index.html')
  .map((file) => file.replace(/index\.html$/, ''));

interface PageReport {
  violations: string[];
  foreign: string[];
  csp: string[];
}

/** Opens a page with the policy in force, and runs axe in both colour schemes. */
async function inspect(page: Page, url: string, hosts: Set<string>): Promise<PageReport> {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const host = new URL(request.url()).host;
    if (
      !hosts.has(host) &&
      !request.url().startsWith('data:') &&
      !request.url().startsWith('blob:')
    )
      foreign.push(request.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  const violations: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.evaluate(axeSource);
    const result = await page.evaluate(
      (tags) =>
        (
          window as unknown as {
            axe: {
              run(
                c: Document,
                o: object,
              ): Promise<{
                passes: unknown[];
                violations: { id: string; nodes: { target: unknown }[] }[];
              }>;
            };
          }
        ).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
        }),
      WCAG_TAGS,
    );
    // A page where no rule passed was not really checked.
    if (result.passes.length === 0) violations.push(`${colorScheme}: axe checked nothing`);
    for (const v of result.violations)
      violations.push(
        `${colorScheme}: ${v.id} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
      );
  }
  const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return { violations, foreign, csp };
}

describe.skipIf(!hasChromium)('every page of the built site, in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    [browser, server] = await Promise.all([
      launchBrowser(),
      serveStatic(DIST, '/', { 'content-security-policy': CONTENT_SECURITY_POLICY }),
    ]);
    context = await browser.newContext();
    await context.addInitScript(() => {
      const log: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = log;
      document.addEventListener('securitypolicyviolation', (e) =>
        log.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(`passes axe (WCAG 2.0–2.2 A and AA, and best practices) in light and dark, asks no other host, and breaks no CSP rule (${paths.length} pages)`, async () => {
    const hosts = new Set([new URL(server.url).host]);
    const problems: string[] = [];
    const queue = [...paths];
    const worker = async () => {
      const page = await context.newPage();
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const report = await inspect(page, `${server.url}${path}`, hosts);
        problems.push(
          ...report.violations.map((v) => `/${path}: ${v}`),
          ...report.foreign.map((f) => `/${path}: requested ${f}`),
          ...report.csp.map((c) => `/${path}: CSP ${c}`),
        );
        page.removeAllListeners('request');
      }
      await page.close();
    };
    await Promise.all([worker(), worker(), worker()]);
    expect(paths.length).toBeGreaterThan(150);
    expect(problems).toEqual([]);
  }, 600_000);

  it('searches under the Content Security Policy without a violation', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}lv/`);
    await page.keyboard.press('/');
    await page.keyboard.type('līdzdalība');
    await page.locator('#search-header-list [role="option"]').first().waitFor();
    await page.goto(`${server.url}en/search/?q=participation&kind=commitment`);
    await page.locator('[data-search-results] li').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await page.close();
  });
});
