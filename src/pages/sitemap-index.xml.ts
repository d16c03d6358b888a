import type { APIRoute } from 'astro';
import { sitemapEntries, sitemapFiles, sitemapIndexXml } from '../lib/sitemap';

/** /sitemap-index.xml: the sitemap files, which robots.txt names. */
export const GET: APIRoute = ({ site: origin, locals: { site, url } }) => {
  const absolute = (path: string) => new URL(url(path), origin).href;
  const files = sitemapFiles(sitemapEntries(site, absolute));
  return new Response(sitemapIndexXml(files.map((_, n) => absolute(`/sitemap-${n}.xml`))), {
    headers: { 'content-type': 'application/xml' },
  });
};
