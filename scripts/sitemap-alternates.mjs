// @ts-check
// For @astrojs/sitemap: each page's language alternates, read from the built page's own
// <link rel="alternate" hreflang> tags, because our twins have different addresses in each
// language and the integration's own i18n option assumes equal ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} outDir the build's output folder
 * @param {string} base the deployment base, e.g. `/` or `/ogp/`
 * @returns {(item: import('@astrojs/sitemap').SitemapItem) => import('@astrojs/sitemap').SitemapItem}
 */
export function alternatesFromHtml(outDir, base) {
  return (item) => {
    const path = new URL(item.url).pathname.slice(base.length);
    const html = readFileSync(join(outDir, path, 'index.html'), 'utf-8');
    const links = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, url]) => ({ lang: lang ?? '', url: url ?? '' }));
    return { ...item, links };
  };
}
