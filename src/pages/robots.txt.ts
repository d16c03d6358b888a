import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls';

/** robots.txt with the absolute address of the sitemap, which depends on where the site is published. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site!.href, import.meta.env.BASE_URL)}\n`,
    {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    },
  );
