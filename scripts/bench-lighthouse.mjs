// @ts-check
// Lighthouse (mobile, the default) on one page of each type, with Debian's Chromium, against
// dist/ served on loopback. Prints the four category scores; asserts nothing.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from './chromium.mjs';
import { pageTypes } from './page-types.mjs';
import { serveStatic } from './serve.mjs';

const pages = pageTypes;

const server = await serveStatic(process.env.OGP_OUT_DIR ?? 'dist');
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

console.log('## Lighthouse, mobile (performance / accessibility / best practices / SEO)');
console.log('| page type | performance | accessibility | best practices | SEO |');
console.log('|---|---|---|---|---|');
try {
  for (const [name, path] of Object.entries(pages)) {
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
    });
    const categories = result?.lhr.categories ?? {};
    const score = (/** @type {string} */ id) => Math.round((categories[id]?.score ?? 0) * 100);
    console.log(
      `| ${name} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`,
    );
  }
} finally {
  chrome.kill();
  await server.close();
}
