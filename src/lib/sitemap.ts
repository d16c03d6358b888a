import { defaultLocale, locales } from '../i18n/locales';
import { claimsAddress } from './page-meta';
import type { Site } from './site';

/** One address in the sitemap, with the same page in every language (`x-default` last). */
export interface SitemapEntry {
  loc: string;
  alternates: { hreflang: string; href: string }[];
}

/** Sitemap files hold at most this many addresses (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

/**
 * Every page that has an address of its own, with its twins as alternates, from the route
 * model: the same relation the pages' `<link rel="alternate">` tags are made from.
 */
export function sitemapEntries(site: Site, absolute: (sitePath: string) => string): SitemapEntry[] {
  return site.routes
    .filter(claimsAddress)
    .map((route) => {
      const twins = site.twins(route.key);
      const fallback = twins.find((twin) => twin.lang === defaultLocale);
      return {
        loc: absolute(route.href),
        alternates: [
          ...twins.map((twin) => ({
            hreflang: locales[twin.lang].lang,
            href: absolute(twin.href),
          })),
          ...(fallback ? [{ hreflang: 'x-default', href: absolute(fallback.href) }] : []),
        ],
      };
    })
    .sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
}

/** The sitemap's entries split into files of at most SITEMAP_LIMIT; always at least one file. */
export function sitemapFiles(entries: SitemapEntry[]): SitemapEntry[][] {
  const files: SitemapEntry[][] = [];
  for (let start = 0; start === 0 || start < entries.length; start += SITEMAP_LIMIT)
    files.push(entries.slice(start, start + SITEMAP_LIMIT));
  return files;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A `<urlset>` with xhtml alternates. */
export function urlsetXml(entries: SitemapEntry[]): string {
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escape(entry.loc)}</loc>${entry.alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${escape(a.hreflang)}" href="${escape(a.href)}"/>`).join('')}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join('')}</urlset>\n`;
}

/** A `<sitemapindex>` naming each sitemap file. */
export function sitemapIndexXml(locs: string[]): string {
  const items = locs.map((loc) => `<sitemap><loc>${escape(loc)}</loc></sitemap>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${items}</sitemapindex>\n`;
}
